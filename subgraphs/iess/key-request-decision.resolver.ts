import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Access } from '../../shared/auth/access';
import { requireText } from '../../shared/contact';
import { badUserInput } from '../../shared/errors';
import { requireRecordId } from '../../shared/identifiers/record-id';
import { enqueueMail } from '../../shared/outbox/outbox';
import { hashSecret, temporaryPassword } from '../../shared/passwords';
import type { IessContext } from './context';
import { IessEmployer } from './employer';
import { enumLabelInSentence } from '../../shared/enum-labels';
import { IessKeyPickupBy, IessKeyRequestChannel, IessKeyRequestStatus as S } from './enums';
import { keyMailRecipient, personAtWindow, requireKeyPickup } from './key-pickup';
import { IessEmployerKeyRequest } from './key-request';
import { receiveKeyRequestDocuments, storeKeyRequestDocuments } from './key-request-documents';
import { assertApprovable, assertPowerOfAttorneyPending, lockKeyRequest, moveKeyRequest } from './key-request-state';
import { DeliverIessEmployerKeyInput, IessDocumentInput } from './key-request.inputs';
import { employerKeyMail, keyHandedOverMail, observedMail, rejectedMail } from './mail';
import { windowKeyNotice } from './window-key-notice';
import { requireRegisteredEmployer } from './registered-employer';

/** The IESS decides (seed 002): the power of attorney validated, the request observed, corrected, approved or rejected, the key delivered. */
@Resolver()
export class IessKeyRequestDecisionResolver {
  @Access({ scope: 'iess:decide' })
  @Mutation(_returns => IessEmployerKeyRequest, { description: "The legal area of the Dirección Provincial validates and seals the notarised power of attorney; until then it does not count." })
  validateIessPowerOfAttorney(@Arg('requestId') requestId: string, @Arg('seal') sealInput: string, @Ctx() ctx: IessContext): Promise<IessEmployerKeyRequest> {
    requireRecordId(requestId, 'requestId');
    const seal = requireText('seal', sealInput, 'el sello o número de validación', 80);
    return ctx.dataSource.transaction(async manager => {
      const request = await lockKeyRequest(manager, requestId);
      assertPowerOfAttorneyPending(request);
      await manager.getRepository(IessEmployerKeyRequest).update(request.id, { powerOfAttorneyValidatedBy: ctx.identity.subject, powerOfAttorneySeal: seal });
      return manager.getRepository(IessEmployerKeyRequest).findOneByOrFail({ id: request.id });
    });
  }

  @Access({ scope: 'iess:decide' })
  @Mutation(_returns => IessEmployerKeyRequest, { description: 'Observes the request (missing or wrong documents); it can be corrected.' })
  observeIessKeyRequest(@Arg('requestId') requestId: string, @Arg('observations') observationsInput: string, @Ctx() ctx: IessContext): Promise<IessEmployerKeyRequest> {
    requireRecordId(requestId, 'requestId');
    const observations = requireText('observations', observationsInput, 'las observaciones', 2000);
    return ctx.dataSource.transaction(async manager => {
      const request = await moveKeyRequest(manager, requestId, S.OBSERVED, ctx.identity.subject, observations, { observations, decidedBy: ctx.identity.subject });
      if (request.contactEmail) await enqueueMail(manager, observedMail(request.contactEmail, request.employerRuc, observations));
      return request;
    });
  }

  @Access({ scope: 'iess:write' })
  @Mutation(_returns => IessEmployerKeyRequest, { description: 'Corrects an observed request with replacement documents; it goes back to SUBMITTED.' })
  correctIessKeyRequest(@Arg('requestId') requestId: string, @Arg('documents', _type => [IessDocumentInput]) documents: IessDocumentInput[], @Ctx() ctx: IessContext): Promise<IessEmployerKeyRequest> {
    requireRecordId(requestId, 'requestId');
    if (!documents.length) throw badUserInput('documents', 'Adjunte los documentos corregidos.');
    return ctx.dataSource.transaction(async manager => {
      const current = await lockKeyRequest(manager, requestId);
      const employer = await requireRegisteredEmployer(manager, current.employerRuc);
      const received = await receiveKeyRequestDocuments(employer, documents, { electronic: current.channel === IessKeyRequestChannel.VIRTUAL, correction: true });
      const request = await moveKeyRequest(manager, requestId, S.SUBMITTED, ctx.identity.subject, 'Documentos corregidos', { observations: null });
      await storeKeyRequestDocuments(manager, request.id, received);
      return request;
    });
  }

  @Access({ scope: 'iess:decide' })
  @Mutation(_returns => IessEmployerKeyRequest, { description: 'Approves the request (presencial: after the appointment was attended and any power of attorney validated).' })
  approveIessKeyRequest(@Arg('requestId') requestId: string, @Ctx() ctx: IessContext): Promise<IessEmployerKeyRequest> {
    requireRecordId(requestId, 'requestId');
    return ctx.dataSource.transaction(async manager => {
      assertApprovable(await lockKeyRequest(manager, requestId));
      return moveKeyRequest(manager, requestId, S.APPROVED, ctx.identity.subject, null, { decidedBy: ctx.identity.subject });
    });
  }

  @Access({ scope: 'iess:decide' })
  @Mutation(_returns => IessEmployerKeyRequest, { description: 'Rejects the request with a reason.' })
  rejectIessKeyRequest(@Arg('requestId') requestId: string, @Arg('reason') reasonInput: string, @Ctx() ctx: IessContext): Promise<IessEmployerKeyRequest> {
    requireRecordId(requestId, 'requestId');
    const reason = requireText('reason', reasonInput, 'el motivo del rechazo', 2000);
    return ctx.dataSource.transaction(async manager => {
      const request = await moveKeyRequest(manager, requestId, S.REJECTED, ctx.identity.subject, reason, { observations: reason, decidedBy: ctx.identity.subject });
      if (request.contactEmail) await enqueueMail(manager, rejectedMail(request.contactEmail, request.employerRuc, reason));
      return request;
    });
  }

  @Access({ scope: 'iess:write' })
  @Mutation(_returns => IessEmployerKeyRequest, {
    description: 'Delivers the clave patronal: generated, stored only as a hash; e-mailed through the outbox (virtual), or printed in a sealed notice with a one-time activation and handed over at the window to the legal representative, the authorised third party or the validated attorney (presencial), never e-mailed.',
  })
  deliverIessEmployerKey(@Arg('input') input: DeliverIessEmployerKeyInput, @Ctx() ctx: IessContext): Promise<IessEmployerKeyRequest> {
    requireRecordId(input.requestId, 'requestId');
    return ctx.dataSource.transaction(async manager => {
      const current = await lockKeyRequest(manager, input.requestId);
      const pickedUpBy = requireKeyPickup(current, input.pickedUpBy);
      const request = await moveKeyRequest(manager, input.requestId, S.KEY_DELIVERED, ctx.identity.subject, pickedUpBy ? `Entregada en ventanilla a: ${enumLabelInSentence(IessKeyPickupBy, pickedUpBy)}` : 'Entregada por correo', { keyPickedUpBy: pickedUpBy });
      const employer = await requireRegisteredEmployer(manager, request.employerRuc);
      const key = temporaryPassword();
      const now = new Date();
      const notice = pickedUpBy ? windowKeyNotice({ ruc: employer.ruc, pickedUpBy, personNames: personAtWindow(request, pickedUpBy, employer.legalRepresentativeNames), key, now }) : null;
      await manager.getRepository(IessEmployer).update(employer.ruc, { employerKeyHash: await hashSecret(key), employerKeyDeliveredAt: now, employerKeyActivateBefore: notice?.activateBefore ?? null });
      // At the window the key goes in the sealed notice to the person there; only the virtual channel e-mails it.
      await enqueueMail(manager, notice ? keyHandedOverMail(employer.email, employer.ruc, notice.handedTo) : employerKeyMail(keyMailRecipient(request, employer.email), employer.ruc, key));
      return Object.assign(request, { windowKeyNotice: notice });
    });
  }
}
