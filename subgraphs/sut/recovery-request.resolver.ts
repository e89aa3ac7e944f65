import { createHash, randomBytes } from 'node:crypto';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { IsNull, MoreThan, type EntityManager } from 'typeorm';
import { recordAttention } from '../../shared/attention/monthly-store';
import { Access } from '../../shared/auth/access';
import { requireEmail, requireText } from '../../shared/contact';
import { receiveDocument, type DocumentRule } from '../../shared/documents/document';
import { badUserInput } from '../../shared/errors';
import { transition } from '../../shared/transition';
import { requireValidRuc } from '../../shared/identifiers';
import { enqueueMail } from '../../shared/outbox/outbox';
import { AttentionPoint } from './attention-point';
import type { SutContext } from './context';
import { SystemKeyRecoveryChannel, SystemKeyRecoveryDocumentKind, SystemKeyRecoveryStatus } from './enums';
import { recoveryLinkMail, rejectionMail } from './mail';
import { SystemKeyRecoveryDocument, SystemKeyRecoveryEvent, SystemKeyRecoveryToken } from './recovery-records';
import { recoveryStates } from './recovery-state';
import { SubmitSystemKeyRecoveryInput } from './system-key-recovery.inputs';
import { SystemKeyRecovery } from './system-key-recovery';

/** Quipux numbers: institution and unit codes, year, sequence and document type, e.g. MDT-DSG-2026-0412-E. */
export const QUIPUX_NUMBER = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-(19|20)\d{2}-\d{1,6}-[A-Z]{1,4}$/;
export const TOKEN_HOURS = 24;

const DOCUMENTS: Record<SystemKeyRecoveryDocumentKind, DocumentRule> = {
  RUC_CERTIFICATE: { label: 'el certificado del RUC vigente', accepted: ['PDF', 'JPEG', 'PNG'] },
  SIGNED_REQUEST: { label: 'la solicitud de recuperación firmada', accepted: ['PDF', 'JPEG', 'PNG'] },
};

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const RECOVERY = {
  entity: SystemKeyRecovery,
  history: SystemKeyRecoveryEvent,
  states: recoveryStates,
  field: 'id',
  notFoundMessage: (id: string) => `No existe la solicitud de recuperación ${id}.`,
};

function decide(manager: EntityManager, id: string, to: SystemKeyRecoveryStatus, actor: string, note: string | null): Promise<SystemKeyRecovery> {
  const rejectionReason = to === SystemKeyRecoveryStatus.REJECTED ? note : null;
  return transition(manager, RECOVERY, { id, to, actor, note, changes: { resolvedAt: new Date(), decidedBy: actor, rejectionReason } });
}

@Resolver(_of => SystemKeyRecovery)
export class RecoveryRequestResolver {
  @Access({ scope: 'sut:write' })
  @Mutation(_returns => SystemKeyRecovery, { description: 'Records a SUT / Salarios en Línea key-recovery request with its two documents; counts as an attention.' })
  async submitSystemKeyRecovery(@Arg('input') input: SubmitSystemKeyRecoveryInput, @Ctx() ctx: SutContext): Promise<SystemKeyRecovery> {
    const ruc = requireValidRuc(input.requesterRuc, 'requesterRuc').ruc;
    const email = requireEmail('contactEmail', input.contactEmail);
    const presencial = input.channel === SystemKeyRecoveryChannel.PRESENCIAL;
    if (presencial && !input.attentionPointCode) throw badUserInput('attentionPointCode', 'Indique la regional o delegación donde se presenta la solicitud.');
    if (!presencial && input.attentionPointCode) throw badUserInput('attentionPointCode', 'Una solicitud por Quipux no lleva oficina de atención.');
    const quipux = input.quipuxDocumentNumber?.trim().toUpperCase() ?? null;
    if (!presencial && (!quipux || !QUIPUX_NUMBER.test(quipux))) {
      throw badUserInput('quipuxDocumentNumber', `El número de documento Quipux "${input.quipuxDocumentNumber ?? ''}" no tiene el formato INSTITUCIÓN-UNIDAD-AÑO-NÚMERO-TIPO (por ejemplo MDT-DSG-2026-0412-E).`);
    }
    if (presencial && quipux) throw badUserInput('quipuxDocumentNumber', 'Una solicitud presencial no lleva número de Quipux.');
    const kinds = input.documents.map(d => d.kind);
    const missing = Object.values(SystemKeyRecoveryDocumentKind).filter(kind => !kinds.includes(kind));
    if (missing.length || kinds.length !== 2) {
      throw badUserInput('documents', `Se requieren ${DOCUMENTS.RUC_CERTIFICATE.label} y ${DOCUMENTS.SIGNED_REQUEST.label}, una vez cada uno${missing.length ? `; falta ${missing.map(k => DOCUMENTS[k].label).join(' y ')}` : ''}.`, {
        reason: 'DOCUMENTS_MISSING',
        missing,
      });
    }
    const documents = input.documents.map((d, i) => ({ kind: d.kind, ...receiveDocument(`documents[${i}]`, d.fileName, d.contentBase64, DOCUMENTS[d.kind]) }));

    return ctx.dataSource.transaction(async manager => {
      if (presencial && !(await manager.getRepository(AttentionPoint).existsBy({ code: input.attentionPointCode! }))) {
        throw badUserInput('attentionPointCode', `No existe la oficina "${input.attentionPointCode}": use una de las regionales o delegaciones de attentionPoints.`, { reason: 'UNKNOWN_OFFICE' });
      }
      const recovery = manager.getRepository(SystemKeyRecovery).create({
        requesterRuc: ruc,
        system: input.system,
        channel: input.channel,
        attentionPointCode: presencial ? input.attentionPointCode! : null,
        quipuxDocumentNumber: presencial ? null : quipux,
        contactEmail: email,
        status: SystemKeyRecoveryStatus.RECEIVED,
        receivedAt: new Date(),
        recordedBy: ctx.identity.subject,
      });
      await manager.getRepository(SystemKeyRecovery).insert(recovery);
      await manager.getRepository(SystemKeyRecoveryDocument).insert(
        documents.map(d => ({ ownerId: recovery.id, kind: d.kind, fileName: d.fileName, mediaType: d.mediaType, sizeBytes: d.sizeBytes, sha256: d.sha256, content: d.content })),
      );
      await manager.getRepository(SystemKeyRecoveryEvent).insert({ ownerId: recovery.id, actor: ctx.identity.subject, fromStatus: null, toStatus: SystemKeyRecoveryStatus.RECEIVED, note: null });
      await recordAttention(manager, recovery.receivedAt);
      return recovery;
    });
  }

  @Access({ scope: 'sut:decide' })
  @Mutation(_returns => SystemKeyRecovery, { description: 'Resolves the request: e-mails a single-use recovery link (24 hours; only its SHA-256 is kept).' })
  resolveSystemKeyRecovery(@Arg('id') id: string, @Ctx() ctx: SutContext): Promise<SystemKeyRecovery> {
    return ctx.dataSource.transaction(async manager => {
      const recovery = await decide(manager, id, SystemKeyRecoveryStatus.RESOLVED, ctx.identity.subject, null);
      const token = randomBytes(32).toString('base64url');
      await manager.getRepository(SystemKeyRecoveryToken).insert({ recoveryId: id, tokenSha256: tokenHash(token), expiresAt: new Date(Date.now() + TOKEN_HOURS * 3_600_000) });
      await enqueueMail(manager, recoveryLinkMail(recovery.contactEmail, recovery.system, recovery.requesterRuc, token));
      return recovery;
    });
  }

  @Access({ scope: 'sut:decide' })
  @Mutation(_returns => SystemKeyRecovery, { description: 'Rejects the request with a reason (e.g. the RUC is not active per its certificate; a document is illegible).' })
  rejectSystemKeyRecovery(@Arg('id') id: string, @Arg('reason') reason: string, @Ctx() ctx: SutContext): Promise<SystemKeyRecovery> {
    const text = requireText('reason', reason, 'el motivo del rechazo', 1000);
    return ctx.dataSource.transaction(async manager => {
      const recovery = await decide(manager, id, SystemKeyRecoveryStatus.REJECTED, ctx.identity.subject, text);
      await enqueueMail(manager, rejectionMail(recovery.contactEmail, recovery.system, recovery.requesterRuc, text));
      return recovery;
    });
  }

  @Access({ scope: 'sut:write' })
  @Mutation(_returns => SystemKeyRecovery, { description: 'The SUT or Salarios en Línea redeems the link token when the user regenerates the key: once, within 24 hours.' })
  async redeemSystemKeyRecoveryToken(@Arg('token') token: string, @Ctx() ctx: SutContext): Promise<SystemKeyRecovery> {
    const repository = ctx.dataSource.getRepository(SystemKeyRecoveryToken);
    const claimed = await repository.update({ tokenSha256: tokenHash(token), usedAt: IsNull(), expiresAt: MoreThan(new Date()) }, { usedAt: new Date() });
    if (!claimed.affected) throw badUserInput('token', 'El enlace de recuperación no es válido, ya fue usado o venció (24 horas): solicite una nueva recuperación.', { reason: 'TOKEN_INVALID' });
    const row = await repository.findOneByOrFail({ tokenSha256: tokenHash(token) });
    return ctx.dataSource.getRepository(SystemKeyRecovery).findOneByOrFail({ id: row.recoveryId });
  }

  @Access({ scope: 'sut:read' })
  @FieldResolver(_type => [SystemKeyRecoveryDocument], { description: 'Documents received: names, types, sizes, SHA-256.' })
  documents(@Root() recovery: SystemKeyRecovery, @Ctx() ctx: SutContext): Promise<SystemKeyRecoveryDocument[]> {
    return ctx.loaders.documentsByRecovery.load(recovery.id);
  }

  @Access({ scope: 'sut:read' })
  @FieldResolver(_type => [SystemKeyRecoveryEvent], { description: 'Status history: who, when, from which status to which.' })
  history(@Root() recovery: SystemKeyRecovery, @Ctx() ctx: SutContext): Promise<SystemKeyRecoveryEvent[]> {
    return ctx.loaders.eventsByRecovery.load(recovery.id);
  }
}
