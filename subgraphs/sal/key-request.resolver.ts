import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { recordAttention } from '../../shared/attention/monthly-store';
import { Access } from '../../shared/auth/access';
import { requireEmail, requireText } from '../../shared/contact';
import { insertReceivedDocuments } from '../../shared/documents/document-signature';
import { badUserInput, conflict, notFound } from '../../shared/errors';
import { requireValidCedula, requireValidRuc } from '../../shared/identifiers';
import { enqueueMail } from '../../shared/outbox/outbox';
import { addWorkingDays, ecuadorToday, isValidDay } from '../../shared/working-days';
import type { SalContext } from './context';
import { SalDeactivationReason, SalInstitutionStatus, SalKeyRequestKind, SalKeyRequestStatus, SalReviewDecision } from './enums';
import { SalInstitution } from './institution';
import { deactivateKeys, issueKey, keysInForce } from './key-issuance';
import { SalKeyRequest } from './key-request';
import { SalKeyRequestEvent } from './key-request-event';
import { ReviewSalKeyRequestInput, SubmitSalKeyRequestInput, type SalPersonInput } from './key-request.inputs';
import { assertTransition } from './key-request-state';
import { closingMail } from './mail';
import { SalDocumentSignature, SalRequestDocument } from './request-document';
import { receiveRequestDocuments } from './required-documents';

/** §6.1: the request must reach the Ministry at least three días término before access is needed. */
export const LEAD_WORKING_DAYS = 3;

function person(field: string, input: SalPersonInput) {
  return {
    cedula: requireValidCedula(input.cedula, `${field}.cedula`).cedula,
    names: requireText(`${field}.names`, input.names, 'los nombres'),
    email: requireEmail(`${field}.email`, input.email, { institutional: true }),
  };
}

async function recordEvent(manager: EntityManager, requestId: string, actor: string, from: SalKeyRequestStatus | null, to: SalKeyRequestStatus, note: string | null) {
  await manager.getRepository(SalKeyRequestEvent).insert({ ownerId: requestId, actor, fromStatus: from, toStatus: to, note });
}

@Resolver(_of => SalKeyRequest)
export class SalKeyRequestResolver {
  @Access({ scope: 'sal:write' })
  @Mutation(_returns => SalKeyRequest, { description: 'Records a key creation or deactivation request with its documents (one transaction; nothing is written on a bad input).' })
  async submitSalKeyRequest(@Arg('input') input: SubmitSalKeyRequestInput, @Ctx() ctx: SalContext): Promise<SalKeyRequest> {
    const ruc = requireValidRuc(input.institutionRuc, 'institutionRuc').ruc;
    const requester = person('requester', input.requester);
    const holder = person('holder', input.holder);
    const creation = input.kind === SalKeyRequestKind.CREATION;
    let accessDate: string | null = null;
    if (creation) {
      if (!input.requestedAccessDate || !isValidDay(input.requestedAccessDate)) {
        throw badUserInput('requestedAccessDate', 'Indique la fecha de acceso requerida en formato AAAA-MM-DD.');
      }
      const earliest = addWorkingDays(ecuadorToday(), LEAD_WORKING_DAYS);
      if (input.requestedAccessDate < earliest) {
        throw badUserInput('requestedAccessDate', `La solicitud debe enviarse al menos ${LEAD_WORKING_DAYS} días término antes del acceso: la fecha más próxima posible es ${earliest}.`, {
          reason: 'LEAD_TIME',
          earliest,
        });
      }
      accessDate = input.requestedAccessDate;
      if (input.deactivationReason) throw badUserInput('deactivationReason', 'Una solicitud de creación no lleva motivo de desactivación.');
    } else {
      if (!input.deactivationReason || input.deactivationReason === SalDeactivationReason.INSTITUTION_DEACTIVATED) {
        throw badUserInput('deactivationReason', 'Indique el motivo de la desactivación (§6.6): cambio de cargo o funciones, ausencia temporal, cambio de responsable, o pérdida/robo/riesgo.');
      }
      if (input.requestedAccessDate) throw badUserInput('requestedAccessDate', 'Una solicitud de desactivación no lleva fecha de acceso.');
    }
    const documents = await receiveRequestDocuments(input.kind, input.uathAppointment, input.documents);

    return ctx.dataSource.transaction(async manager => {
      const institution = await manager.getRepository(SalInstitution).findOne({ where: { ruc }, lock: { mode: 'pessimistic_write' } });
      if (!institution) throw notFound('institutionRuc', `La institución ${ruc} no está registrada en el SAL: regístrela primero.`);
      if (institution.status !== SalInstitutionStatus.ACTIVE) throw conflict('institutionRuc', `La institución ${ruc} está desactivada en el SAL: no recibe solicitudes de claves.`);
      if (!creation && (await keysInForce(manager, ruc, holder.cedula)).length === 0) {
        throw conflict('holder.cedula', `El servidor ${holder.cedula} no tiene una clave vigente en la institución ${ruc}: no hay nada que desactivar.`);
      }
      const pending = await manager.getRepository(SalKeyRequest).countBy({ institutionRuc: ruc, kind: input.kind, holderCedula: holder.cedula, status: SalKeyRequestStatus.SUBMITTED });
      if (pending > 0) throw conflict('holder.cedula', `Ya hay una solicitud de ${creation ? 'creación' : 'desactivación'} en trámite para ${holder.cedula} en esta institución.`);

      const request = manager.getRepository(SalKeyRequest).create({
        institutionRuc: ruc,
        kind: input.kind,
        status: SalKeyRequestStatus.SUBMITTED,
        requesterCedula: requester.cedula,
        requesterNames: requester.names,
        requesterEmail: requester.email,
        holderCedula: holder.cedula,
        holderNames: holder.names,
        holderEmail: holder.email,
        uathAppointment: input.uathAppointment,
        requestedAccessDate: accessDate,
        deactivationReason: creation ? null : input.deactivationReason!,
        submittedAt: new Date(),
        submittedBy: ctx.identity.subject,
      });
      await manager.getRepository(SalKeyRequest).insert(request);
      await insertReceivedDocuments(manager, { document: SalRequestDocument, signature: SalDocumentSignature }, request.id, documents);
      await recordEvent(manager, request.id, ctx.identity.subject, null, SalKeyRequestStatus.SUBMITTED, null);
      await recordAttention(manager, request.submittedAt);
      return request;
    });
  }

  @Access({ scope: 'sal:decide' })
  @Mutation(_returns => SalKeyRequest, { description: 'A Ministry reviewer approves a request (issuing or deactivating the key) or closes it with observations.' })
  async reviewSalKeyRequest(@Arg('input') input: ReviewSalKeyRequestInput, @Ctx() ctx: SalContext): Promise<SalKeyRequest> {
    const closing = input.decision === SalReviewDecision.CLOSE_WITH_OBSERVATIONS;
    const observations = input.observations?.trim() || null;
    if (closing && !observations) throw badUserInput('observations', 'Para cerrar la solicitud escriba las observaciones del correo de cierre.');
    return ctx.dataSource.transaction(async manager => {
      const request = await manager.getRepository(SalKeyRequest).findOne({ where: { id: input.requestId }, lock: { mode: 'pessimistic_write' } }).catch(() => null);
      if (!request) throw notFound('requestId', `No existe la solicitud de clave ${input.requestId}.`);
      const to = closing ? SalKeyRequestStatus.CLOSED_WITH_OBSERVATIONS : SalKeyRequestStatus.APPROVED;
      assertTransition(request.status, to);
      const from = request.status;
      Object.assign(request, { status: to, decidedAt: new Date(), decidedBy: ctx.identity.subject, observations });
      if (closing) {
        await enqueueMail(manager, closingMail(request.requesterEmail, request.institutionRuc, observations!));
      } else if (request.kind === SalKeyRequestKind.CREATION) {
        const institution = await manager.getRepository(SalInstitution).findOneByOrFail({ ruc: request.institutionRuc });
        if (institution.status !== SalInstitutionStatus.ACTIVE) throw conflict('institutionRuc', `La institución ${request.institutionRuc} fue desactivada: no se emiten claves.`);
        request.issuedKeyId = (await issueKey(manager, request)).id;
      } else {
        await deactivateKeys(manager, await keysInForce(manager, request.institutionRuc, request.holderCedula), request.deactivationReason!);
      }
      await manager.getRepository(SalKeyRequest).save(request);
      await recordEvent(manager, request.id, ctx.identity.subject, from, to, observations);
      return request;
    });
  }

  @Access({ scope: 'sal:read' })
  @FieldResolver(_type => [SalRequestDocument], { description: 'Documents received: names, types, sizes and SHA-256, never the content.' })
  documents(@Root() request: SalKeyRequest, @Ctx() ctx: SalContext): Promise<SalRequestDocument[]> {
    return ctx.loaders.documentsByRequest.load(request.id);
  }

  @Access({ scope: 'sal:read' })
  @FieldResolver(_type => [SalKeyRequestEvent], { description: 'Who moved the request, when, from which status to which.' })
  history(@Root() request: SalKeyRequest, @Ctx() ctx: SalContext): Promise<SalKeyRequestEvent[]> {
    return ctx.loaders.eventsByRequest.load(request.id);
  }
}

