import { Arg, Ctx, Field, InputType, Int, ObjectType, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../../shared/auth/access';
import { requireEmail, requireText } from '../../shared/contact';
import { badUserInput, conflict, notFound } from '../../shared/errors';
import { requireValidCedula, requireValidRuc } from '../../shared/identifiers';
import type { IessContext } from './context';
import { IessEmployer } from './employer';
import { LegalRepresentativeIdType } from './enums';
import { IessAgency } from './agency';
import { registrationForms } from './registration-forms';
import { IessSector } from './sector';

@InputType()
class LegalRepresentativeInput {
  @Field()
  names!: string;

  @Field(_type => LegalRepresentativeIdType, { description: 'CEDULA; or, for foreigners without one, IESS_FOREIGNER_CODE, VISA or PASSPORT.' })
  idType!: LegalRepresentativeIdType;

  @Field()
  idNumber!: string;
}

@InputType({ description: '"Registro nuevo empleador" (seed 002): the prerequisite of the clave patronal.' })
class RegisterIessEmployerInput {
  @Field()
  ruc!: string;

  @Field()
  businessName!: string;

  @Field({ description: 'Code of an IESS sector (see iessSectors).' })
  sectorCode!: string;

  @Field(_type => LegalRepresentativeInput)
  legalRepresentative!: LegalRepresentativeInput;

  @Field({ description: 'Active e-mail of the employer or the legal representative.' })
  email!: string;
}

@ObjectType({ description: 'A form generated with the employer data, to print and sign.' })
class IessRegistrationForm {
  @Access({ scope: 'iess:write' })
  @Field({ description: 'SOLICITUD_ENTREGA_CLAVE or ACUERDO_RESPONSABILIDAD.' })
  kind!: string;

  @Access({ scope: 'iess:write', mask: 'fileName' })
  @Field()
  fileName!: string;

  @Access({ scope: 'iess:write' })
  @Field()
  mediaType!: string;

  @Access({ scope: 'iess:write' })
  @Field(_type => Int)
  sizeBytes!: number;

  @Access({ scope: 'iess:write' })
  @Field()
  sha256!: string;

  @Access({ scope: 'iess:write' })
  @Field({ description: 'The PDF, base64-encoded.' })
  contentBase64!: string;
}

const FOREIGN_ID = /^[A-Z0-9-]{5,20}$/i;

@Resolver()
export class EmployerRegistrationResolver {
  @Access({ public: true })
  @Query(_returns => [IessAgency], { description: 'IESS centres that give "Clave patronal" appointments, optionally of one province.' })
  iessAgencies(@Arg('province', _type => String, { nullable: true }) province: string | null, @Ctx() ctx: IessContext): Promise<IessAgency[]> {
    return ctx.dataSource.getRepository(IessAgency).find({ where: province ? { province } : {}, order: { province: 'ASC', name: 'ASC' } });
  }

  @Access({ scope: 'iess:write' })
  @Mutation(_returns => IessEmployer, { description: 'Registers an employer with the IESS (the prerequisite of the clave patronal).' })
  async registerIessEmployer(@Arg('input') input: RegisterIessEmployerInput, @Ctx() ctx: IessContext): Promise<IessEmployer> {
    const ruc = requireValidRuc(input.ruc).ruc;
    const businessName = requireText('businessName', input.businessName, 'la razón social');
    const names = requireText('legalRepresentative.names', input.legalRepresentative.names, 'los nombres del representante legal');
    const idType = input.legalRepresentative.idType;
    const idNumber =
      idType === LegalRepresentativeIdType.CEDULA
        ? requireValidCedula(input.legalRepresentative.idNumber, 'legalRepresentative.idNumber').cedula
        : input.legalRepresentative.idNumber.trim().toUpperCase();
    if (idType !== LegalRepresentativeIdType.CEDULA && !FOREIGN_ID.test(idNumber)) {
      throw badUserInput('legalRepresentative.idNumber', 'El código IESS, la visa o el pasaporte debe tener de 5 a 20 letras, dígitos o guiones.');
    }
    const email = requireEmail('email', input.email);
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
