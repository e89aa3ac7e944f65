import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../../shared/auth/access';
import { requireEmail, requireText } from '../../shared/contact';
import { badUserInput, conflict, notFound } from '../../shared/errors';
import { requireValidRuc } from '../../shared/identifiers';
import type { IessContext } from './context';
import { IessEmployer } from './employer';
import { RegisterIessEmployerInput } from './employer-registration.inputs';
import { requireLegalRepresentativeId } from './identity-document';
import { requireNaturalPersonRepresentative } from './natural-person-representative';
import { IessRegistrationForm } from './registration-form';
import { registrationForms } from './registration-form-pdf';
import { IessSector } from './sector';

/** "Registro nuevo empleador" (seed 002): the employer, then the two forms to print and sign. */
@Resolver()
export class EmployerRegistrationResolver {
  @Access({ scope: 'iess:write' })
  @Mutation(_returns => IessEmployer, { description: 'Registers an employer with the IESS (the prerequisite of the clave patronal).' })
  async registerIessEmployer(@Arg('input') input: RegisterIessEmployerInput, @Ctx() ctx: IessContext): Promise<IessEmployer> {
    const rucCheck = requireValidRuc(input.ruc);
    const ruc = rucCheck.ruc;
    const businessName = requireText('businessName', input.businessName, 'la razón social');
    const names = requireText('legalRepresentative.names', input.legalRepresentative.names, 'los nombres del representante legal');
    const idType = input.legalRepresentative.idType;
    const idNumber = requireLegalRepresentativeId('legalRepresentative.idNumber', idType, input.legalRepresentative.idNumber);
    const email = requireEmail('email', input.email);
    const power = input.legalRepresentative.powerOfAttorneyNumber?.trim() ? requireText('legalRepresentative.powerOfAttorneyNumber', input.legalRepresentative.powerOfAttorneyNumber, 'el número del poder notarial', 80) : null;
    requireNaturalPersonRepresentative(rucCheck, idType, idNumber, power);
    return ctx.dataSource.transaction(async manager => {
      const sector = await manager.getRepository(IessSector).findOneBy({ code: input.sectorCode });
      if (!sector) throw badUserInput('sectorCode', `El sector "${input.sectorCode}" no existe: use uno de iessSectors.`);
      if (await manager.getRepository(IessEmployer).existsBy({ ruc })) throw conflict('ruc', `El empleador ${ruc} ya está registrado en el IESS.`);
      await manager.getRepository(IessEmployer).insert({
        ruc,
        businessName,
        sectorCode: sector.code,
        qualifiedArtisan: sector.code === 'ARTESANO',
        legalRepresentativeNames: names,
        legalRepresentativeIdType: idType,
        legalRepresentativeId: idNumber,
        email,
        representativePowerOfAttorney: power,
        registeredBy: ctx.identity.subject,
        registeredAt: new Date(),
      });
      return manager.getRepository(IessEmployer).findOneByOrFail({ ruc });
    });
  }

  @Access({ scope: 'iess:write' })
  @Query(_returns => [IessRegistrationForm], { description: 'The Solicitud de entrega de clave patronal and the Acuerdo de Responsabilidad, as PDFs with the employer data.' })
  async iessRegistrationForms(@Arg('ruc') rucInput: string, @Ctx() ctx: IessContext): Promise<IessRegistrationForm[]> {
    const ruc = requireValidRuc(rucInput).ruc;
    const employer = await ctx.dataSource.getRepository(IessEmployer).findOneBy({ ruc });
    if (!employer) throw notFound('ruc', `El empleador ${ruc} no está registrado en el IESS: regístrelo primero.`);
    const sector = await ctx.dataSource.getRepository(IessSector).findOneByOrFail({ code: employer.sectorCode });
    const forms = await registrationForms(employer, sector.name);
    return forms.map(f => ({ kind: f.kind, fileName: f.fileName, mediaType: 'application/pdf', sizeBytes: f.content.length, sha256: f.sha256, contentBase64: f.content.toString('base64') }));
  }
}
