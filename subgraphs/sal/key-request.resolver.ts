import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { recordAttention } from '../../shared/attention/monthly-store';
import { Access } from '../../shared/auth/access';
import { insertReceivedDocuments } from '../../shared/documents/document-signature';
import { badUserInput, conflict, notFound } from '../../shared/errors';
import { requireRecordId } from '../../shared/identifiers/record-id';
import { requireValidRuc } from '../../shared/identifiers';
import { enqueueMail } from '../../shared/outbox/outbox';
import { transition } from '../../shared/transition';
import type { SalContext } from './context';
import { SalDocumentSignature } from './document-signature';
import { SalKeyRequestKind, SalKeyRequestStatus, SalReviewDecision } from './enums';
import { SalInstitution } from './institution';
import { assertReceivesRequests } from './institution-status';
import { carryOutApproval } from './key-issuance';
import { SalKeyRequest } from './key-request';
import { receiveKeyRequestDocuments } from './key-request-documents';
import { SalKeyRequestEvent } from './key-request-event';
import { requireKindDetails } from './key-request-kind';
import { requireReplacement } from './key-replacement';
import { assertNoRequestInProgress, KEY_REQUEST, recordSubmitted } from './key-request-state';
import { requirePerson, ReviewSalKeyRequestInput, SubmitSalKeyRequestInput } from './key-request.inputs';
import { closingMail } from './mail';
import { mailboxFor } from './mailboxes';
import { keysInForce } from './one-key-in-force';
import { SalRequestDocument } from './request-document';

@Resolver(_of => SalKeyRequest)
export class SalKeyRequestResolver {
  @Access({ scope: 'sal:write' })
  @Mutation(_returns => SalKeyRequest, { description: 'Records a key creation or deactivation request with its documents (one transaction; nothing is written on a bad input).' })
  async submitSalKeyRequest(@Arg('input') input: SubmitSalKeyRequestInput, @Ctx() ctx: SalContext): Promise<SalKeyRequest> {
    const ruc = requireValidRuc(input.institutionRuc, 'institutionRuc').ruc;
    const requester = requirePerson('requester', input.requester);
    const holder = requirePerson('holder', input.holder);
    const details = requireKindDetails(input);
    const documents = await receiveKeyRequestDocuments(input.kind, input.uathAppointment, input.documents);

    return ctx.dataSource.transaction(async manager => {
      const institution = await manager.getRepository(SalInstitution).findOne({ where: { ruc }, lock: { mode: 'pessimistic_write' } });
      if (!institution) throw notFound('institutionRuc', `La institución ${ruc} no está registrada en el SAL: regístrela primero.`);
      assertReceivesRequests(institution);
      const inForce = (await keysInForce(manager, ruc))[0] ?? null;
      if (input.kind === SalKeyRequestKind.DEACTIVATION && inForce?.holderCedula !== holder.cedula) {
        throw conflict('holder.cedula', `El servidor ${holder.cedula} no tiene una clave vigente en la institución ${ruc}: no hay nada que desactivar.`);
      }
      await assertNoRequestInProgress(manager, ruc, input.kind, holder.cedula);
      const replacement = requireReplacement(input.kind, inForce, input.replacedKey);

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
        ...details,
        ...replacement,
        submittedAt: new Date(),
        submittedBy: ctx.identity.subject,
      });
      await manager.getRepository(SalKeyRequest).insert(request);
      await insertReceivedDocuments(manager, { document: SalRequestDocument, signature: SalDocumentSignature }, request.id, documents);
      await recordSubmitted(manager, request, ctx.identity.subject);
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
    const id = requireRecordId(input.requestId, 'requestId');
    const actor = ctx.identity.subject;
    return ctx.dataSource.transaction(async manager => {
      const to = closing ? SalKeyRequestStatus.CLOSED_WITH_OBSERVATIONS : SalKeyRequestStatus.APPROVED;
      const request = await transition(manager, KEY_REQUEST, { id, to, actor, note: observations, changes: { decidedAt: new Date(), decidedBy: actor, observations } });
      if (closing) await enqueueMail(manager, closingMail(request.requesterEmail, request.institutionRuc, observations!, request.kind));
      else await carryOutApproval(manager, request, actor);
      return request;
    });
  }

  @Access({ scope: 'sal:read' })
  @FieldResolver(_type => String, { description: 'The mailbox the request was sent to and that answers it: creations clavesautorizacioneslaborales@, deactivations migracioneslaborales@ (§6.1, §6.4).' })
  mailbox(@Root() request: SalKeyRequest): string {
    return mailboxFor(request.kind);
  }

  @Access({ scope: 'sal:read' })
  @FieldResolver(_type => [SalRequestDocument], { description: 'Documents received: names, types, sizes and SHA-256; the content only for staff (contentBase64).' })
  documents(@Root() request: SalKeyRequest, @Ctx() ctx: SalContext): Promise<SalRequestDocument[]> {
    return ctx.loaders.documentsByRequest.load(request.id);
  }

  @Access({ scope: 'sal:read' })
  @FieldResolver(_type => [SalKeyRequestEvent], { description: 'Who moved the request, when, from which status to which.' })
  history(@Root() request: SalKeyRequest, @Ctx() ctx: SalContext): Promise<SalKeyRequestEvent[]> {
    return ctx.loaders.eventsByRequest.load(request.id);
  }
}
