import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { Access } from '../../shared/auth/access';
import { requireText } from '../../shared/contact';
import { badUserInput, conflict, notFound } from '../../shared/errors';
import { requireValidRuc } from '../../shared/identifiers';
import type { SalContext } from './context';
import { SalDeactivationReason, SalInstitutionStatus } from './enums';
import { SalInstitution } from './institution';
import { ChangeSalInstitutionStatusInput, RegisterSalInstitutionInput, UpdateSalInstitutionInput } from './institution.inputs';
import { assertMayBeUpdated, assertStatusMayChange } from './institution-status';
import { requirePublicInstitutionRuc } from './public-institution';
import { SalStatusChangeOficio } from './institution-status-oficio';
import { receiveOficio } from './status-change-oficio';
import { deactivateKeys } from './key-issuance';
import { keysInForce } from './one-key-in-force';

/** The registered institution (locked for the transaction when asked), or NOT_FOUND. */
async function existing(manager: EntityManager, ruc: string, lock = false): Promise<SalInstitution> {
  const institution = await manager.getRepository(SalInstitution).findOne({ where: { ruc }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!institution) throw notFound('ruc', `La institución ${ruc} no está registrada en el SAL.`);
  return institution;
}

@Resolver(_of => SalInstitution)
export class SalInstitutionResolver {
  @Access({ scope: 'sal:read' })
  @Query(_returns => SalInstitution, { nullable: true, description: 'A public institution registered in SAL, by RUC; null when not registered.' })
  salInstitution(@Arg('ruc') ruc: string, @Ctx() ctx: SalContext): Promise<SalInstitution | null> {
    return ctx.loaders.institutionByRuc.load(requireValidRuc(ruc).ruc);
  }

  @Access({ scope: 'sal:write' })
  @Mutation(_returns => SalInstitution, { description: 'Registers a public-service institution in SAL (§3).' })
  async registerSalInstitution(@Arg('input') input: RegisterSalInstitutionInput, @Ctx() ctx: SalContext): Promise<SalInstitution> {
    const ruc = requirePublicInstitutionRuc(input.ruc);
    const name = requireText('name', input.name, 'el nombre de la institución');
    const repository = ctx.dataSource.getRepository(SalInstitution);
    if (await repository.existsBy({ ruc })) throw conflict('ruc', `La institución ${ruc} ya está registrada en el SAL: use la actualización.`);
    await repository.insert({ ruc, name, governmentFunction: input.governmentFunction });
    return repository.findOneByOrFail({ ruc });
  }

  @Access({ scope: 'sal:write' })
  @Mutation(_returns => SalInstitution, { description: "Updates an institution's name or Función." })
  async updateSalInstitution(@Arg('input') input: UpdateSalInstitutionInput, @Ctx() ctx: SalContext): Promise<SalInstitution> {
    const ruc = requireValidRuc(input.ruc).ruc;
    const changes: Partial<SalInstitution> = {};
    if (input.name !== undefined && input.name !== null) changes.name = requireText('name', input.name, 'el nombre de la institución');
    if (input.governmentFunction) changes.governmentFunction = input.governmentFunction;
    if (Object.keys(changes).length === 0) throw badUserInput('input', 'Indique el nombre o la Función a actualizar.');
    return ctx.dataSource.transaction(async manager => {
      assertMayBeUpdated(await existing(manager, ruc, true));
      await manager.getRepository(SalInstitution).update({ ruc }, changes);
      return existing(manager, ruc);
    });
  }

  @Access({ scope: 'sal:decide' })
  @Mutation(_returns => SalInstitution, { description: 'Records how many labour-authorisation processes the institution still has open in SAL.' })
  async recordSalPendingAuthorizationProcesses(@Arg('ruc') rucInput: string, @Arg('count', _type => Int) count: number, @Ctx() ctx: SalContext): Promise<SalInstitution> {
    const ruc = requireValidRuc(rucInput).ruc;
    if (count < 0) throw badUserInput('count', 'El número de procesos pendientes no puede ser negativo.');
    await existing(ctx.dataSource.manager, ruc);
    await ctx.dataSource.getRepository(SalInstitution).update({ ruc }, { pendingAuthorizationProcesses: count });
    return existing(ctx.dataSource.manager, ruc);
  }

  @Access({ scope: 'sal:decide' })
  @Mutation(_returns => SalInstitution, {
    description: 'Deactivates the institution after fusión, absorción, escisión, supresión or eliminación; refused while it has pending labour-authorisation processes (§6.5).',
  })
  async changeSalInstitutionStatus(@Arg('input') input: ChangeSalInstitutionStatusInput, @Ctx() ctx: SalContext): Promise<SalInstitution> {
    const ruc = requireValidRuc(input.ruc).ruc;
    const oficio = requireText('oficioNumber', input.oficioNumber, 'el número de oficio');
    const requestedBy = requireText('requestedBy', input.requestedBy, 'el nombre de la Máxima Autoridad');
    const document = receiveOficio(input.oficio);
    return ctx.dataSource.transaction(async manager => {
      assertStatusMayChange(await existing(manager, ruc, true));
      await manager.getRepository(SalInstitution).update({ ruc }, { status: SalInstitutionStatus.DEACTIVATED, statusChangeReason: input.reason });
      await manager.query(
        `INSERT INTO institution_status_change (institution_ruc, reason, oficio_number, requested_by, recorded_by, oficio_file_name, oficio_media_type, oficio_size_bytes, oficio_sha256, oficio_content)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [ruc, input.reason, oficio, requestedBy, ctx.identity.subject, document.fileName, document.mediaType, document.sizeBytes, document.sha256, document.content],
      );
      await deactivateKeys(manager, await keysInForce(manager, ruc), SalDeactivationReason.INSTITUTION_DEACTIVATED);
      return manager.getRepository(SalInstitution).findOneByOrFail({ ruc });
    });
  }

  @Access({ scope: 'sal:read' })
  @FieldResolver(_type => SalStatusChangeOficio, { nullable: true, description: "The Máxima Autoridad's oficio that deactivated the institution (§6.5)." })
  statusChangeOficio(@Root() institution: SalInstitution, @Ctx() ctx: SalContext): Promise<SalStatusChangeOficio | null> {
    return ctx.loaders.statusChangeOficioByRuc.load(institution.ruc);
  }
}
