import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { In, IsNull, type EntityManager } from 'typeorm';
import { recordAttention } from '../../shared/attention/monthly-store';
import { Access } from '../../shared/auth/access';
import { mask } from '../../shared/auth/masking';
import { requireEmail, requireText } from '../../shared/contact';
import { insertReceivedDocuments, type ReceivedDocumentWithSignature } from '../../shared/documents/document-signature';
import { badUserInput, conflict, notFound } from '../../shared/errors';
import { requireValidCedula, requireValidRuc } from '../../shared/identifiers';
import { enqueueMail } from '../../shared/outbox/outbox';
import { transition } from '../../shared/transition';
import { confirmationCode, hashSecret, temporaryPassword, verifySecret } from '../../shared/passwords';
import { appointmentSlotProblem } from './appointment-slots';
import type { IessContext } from './context';
import { IessEmployer } from './employer';
import { IessEmployerKeyRequest } from './key-request';
import { IessIdDocumentType, IessKeyPickupBy, IessKeyRequestChannel, IessKeyRequestStatus as S, IessSignatureKind } from './enums';
import {
  AttendIessAppointmentInput,
  BookIessAppointmentInput,
  DeliverIessEmployerKeyInput,
  IessDocumentInput,
  RequestIessAppointmentCodeInput,
  SubmitIessVirtualKeyRequestInput,
} from './key-request.inputs';
import { IessAgency } from './agency';
import { IessAppointment } from './appointment';
import { IessAppointmentVerification } from './appointment-verification';
import { IessRequestDocument } from './key-request-document';
import { IessDocumentSignature } from './key-request-document-signature';
import { IessKeyRequestEvent } from './key-request-event';
import { iessKeyRequestStates } from './key-request-state';
import { appointmentCodeMail, appointmentConfirmedMail, employerKeyMail, observedMail, rejectedMail } from './mail';
import { receiveIessDocuments } from './request-documents';

export const VERIFICATION_MINUTES = 10;

@ObjectType({ description: 'Where the turnero verification code went and until when it is valid.' })
class IessAppointmentCodeSent {
  @Access({ scope: 'iess:write' })
  @Field()
  verificationId!: string;

  @Access({ scope: 'iess:write' })
  @Field()
  sentTo!: string;

  @Access({ scope: 'iess:write' })
  @Field()
  expiresAt!: Date;
}

async function employerOf(manager: EntityManager, ruc: string): Promise<IessEmployer> {
  const employer = await manager.getRepository(IessEmployer).findOneBy({ ruc });
  if (!employer) throw notFound('employerRuc', `El empleador ${ruc} no está registrado en el IESS: el registro de empleador es previo a la clave patronal.`);
  return employer;
}

/** Replaces the documents of the same kinds (a correction); a replaced document's signature record goes with it. */
async function storeDocuments(manager: EntityManager, requestId: string, documents: ReceivedDocumentWithSignature[]) {
  if (!documents.length) return;
  await manager.getRepository(IessRequestDocument).delete({ ownerId: requestId, kind: In(documents.map(d => d.kind)) });
  await insertReceivedDocuments(manager, { document: IessRequestDocument, signature: IessDocumentSignature }, requestId, documents);
}

const KEY_REQUEST = {
  entity: IessEmployerKeyRequest,
  history: IessKeyRequestEvent,
  states: iessKeyRequestStates,
  field: 'requestId',
  notFoundMessage: (id: string) => `No existe la solicitud de clave patronal ${id}.`,
};

function move(manager: EntityManager, id: string, to: S, actor: string, note: string | null, changes: Partial<IessEmployerKeyRequest> = {}) {
  return transition(manager, KEY_REQUEST, { id, to, actor, note, changes });
}

function identityDocument(field: string, type: IessIdDocumentType, number: string): string {
  if (type === IessIdDocumentType.CEDULA) return requireValidCedula(number, field).cedula;
  const value = number.trim().toUpperCase();
  if (!/^[A-Z0-9-]{5,20}$/.test(value)) throw badUserInput(field, 'El pasaporte o la visa debe tener de 5 a 20 letras, dígitos o guiones.');
  return value;
}

@Resolver(_of => IessEmployerKeyRequest)
export class IessKeyRequestResolver {
  @Access({ scope: 'iess:write' })
  @Mutation(_returns => IessEmployerKeyRequest, { description: 'Ventanilla virtual: the request with its scanned requirements; the solicitud must be electronically signed.' })
  async submitIessVirtualKeyRequest(@Arg('input') input: SubmitIessVirtualKeyRequestInput, @Ctx() ctx: IessContext): Promise<IessEmployerKeyRequest> {
    const ruc = requireValidRuc(input.employerRuc, 'employerRuc').ruc;
    const email = requireEmail('email', input.email);
    const province = requireText('province', input.province, 'la provincia', 60);
    return ctx.dataSource.transaction(async manager => {
      const employer = await employerOf(manager, ruc);
      const documents = await receiveIessDocuments(employer, input.documents, true);
      const request = manager.getRepository(IessEmployerKeyRequest).create({
        employerRuc: ruc,
        channel: IessKeyRequestChannel.VIRTUAL,
        province,
        status: S.SUBMITTED,
        contactEmail: email,
        signatureKind: IessSignatureKind.ELECTRONIC,
        submittedAt: new Date(),
        submittedBy: ctx.identity.subject,
      });
      await manager.getRepository(IessEmployerKeyRequest).insert(request);
      await storeDocuments(manager, request.id, documents);
      await manager.getRepository(IessKeyRequestEvent).insert({ ownerId: request.id, actor: ctx.identity.subject, fromStatus: null, toStatus: S.SUBMITTED, note: null });
      await recordAttention(manager, request.submittedAt);
      return request;
    });
  }

  @Access({ scope: 'iess:write' })
  @Mutation(_returns => IessAppointmentCodeSent, { description: 'Online turnero: e-mails a verification code (10 minutes, single use, stored hashed).' })
  async requestIessAppointmentCode(@Arg('input') input: RequestIessAppointmentCodeInput, @Ctx() ctx: IessContext): Promise<IessAppointmentCodeSent> {
    const cedula = requireValidCedula(input.cedula).cedula;
    const email = requireEmail('email', input.email);
    const mobile = input.mobile.replace(/[\s-]/g, '');
    if (!/^09\d{8}$/.test(mobile)) throw badUserInput('mobile', 'El número celular debe tener 10 dígitos y empezar con 09.');
    const code = confirmationCode();
    const expiresAt = new Date(Date.now() + VERIFICATION_MINUTES * 60_000);
    return ctx.dataSource.transaction(async manager => {
      const verification = manager.getRepository(IessAppointmentVerification).create({ cedula, email, mobile, codeHash: await hashSecret(code), expiresAt });
      await manager.getRepository(IessAppointmentVerification).insert(verification);
      await enqueueMail(manager, appointmentCodeMail(email, code));
      return { verificationId: verification.id, sentTo: String(mask('email', email)), expiresAt };
    });
  }

  @Access({ scope: 'iess:write' })
  @Mutation(_returns => IessEmployerKeyRequest, { description: 'Online turnero: verifies the code and books a free 30-minute slot (Monday–Friday 8:00–17:00) at an agency.' })
  async bookIessAppointment(@Arg('input') input: BookIessAppointmentInput, @Ctx() ctx: IessContext): Promise<IessEmployerKeyRequest> {
    const ruc = requireValidRuc(input.employerRuc, 'employerRuc').ruc;
    const slotProblem = appointmentSlotProblem(input.startsAt);
    if (slotProblem) throw badUserInput('startsAt', `El turno no es posible: ${slotProblem}.`, { reason: 'SLOT_OUTSIDE_HOURS' });
    const verification = await ctx.dataSource.getRepository(IessAppointmentVerification).findOneBy({ id: input.verificationId }).catch(() => null);
    if (!verification || verification.usedAt || verification.expiresAt <= new Date() || !(await verifySecret(input.code, verification.codeHash))) {
      throw badUserInput('code', 'El código de verificación no es válido, ya fue usado o venció (10 minutos): pida uno nuevo.', { reason: 'CODE_INVALID' });
    }
    return ctx.dataSource.transaction(async manager => {
      const claimed = await manager.getRepository(IessAppointmentVerification).update({ id: verification.id, usedAt: IsNull() }, { usedAt: new Date() });
      if (!claimed.affected) throw badUserInput('code', 'El código de verificación ya fue usado.', { reason: 'CODE_INVALID' });
      await employerOf(manager, ruc);
      const agency = await manager.getRepository(IessAgency).findOneBy({ code: input.agencyCode });
      if (!agency || agency.province !== input.province) {
        throw badUserInput('agencyCode', `No hay una agencia "${input.agencyCode}" para el trámite "Clave patronal" en ${input.province} (vea iessAgencies).`);
      }
      if (await manager.getRepository(IessAppointment).existsBy({ agencyCode: agency.code, startsAt: input.startsAt })) {
        throw conflict('startsAt', `El turno de ${input.startsAt.toISOString()} en ${agency.name} ya está tomado: elija otro horario.`);
      }
      const request = manager.getRepository(IessEmployerKeyRequest).create({
        employerRuc: ruc,
        channel: IessKeyRequestChannel.PRESENCIAL,
        province: agency.province,
        agency: agency.name,
        appointmentAt: input.startsAt,
        status: S.SUBMITTED,
        contactEmail: verification.email,
        submittedAt: new Date(),
        submittedBy: ctx.identity.subject,
      });
      await manager.getRepository(IessEmployerKeyRequest).insert(request);
      await manager.getRepository(IessAppointment).insert({ requestId: request.id, agencyCode: agency.code, startsAt: input.startsAt, cedula: verification.cedula, email: verification.email, mobile: verification.mobile });
      await manager.getRepository(IessKeyRequestEvent).insert({ ownerId: request.id, actor: ctx.identity.subject, fromStatus: null, toStatus: S.SUBMITTED, note: `Turno en ${agency.name}` });
      await enqueueMail(manager, appointmentConfirmedMail(verification.email, agency.name, input.startsAt));
      return request;
    }).catch(error => {
      if (String((error as Error).message).includes('appointment_slot_idx')) throw conflict('startsAt', 'Ese turno acaba de ser tomado: elija otro horario.');
      throw error;
    });
  }

  @Access({ scope: 'iess:write' })
  @Mutation(_returns => IessEmployerKeyRequest, { description: 'At the window: originals checked, handwritten signatures, optional third party or notarised power of attorney; counts as an attention.' })
  async attendIessAppointment(@Arg('input') input: AttendIessAppointmentInput, @Ctx() ctx: IessContext): Promise<IessEmployerKeyRequest> {
    if (!input.handwrittenSignatures) {
      throw badUserInput('handwrittenSignatures', 'En el trámite presencial la solicitud y el acuerdo deben estar firmados a mano por el representante legal (o su apoderado).');
    }
    const third = input.thirdParty;
    if (third && !third.authorisedInSolicitud) {
      throw badUserInput('thirdParty.authorisedInSolicitud', 'El tercero solo puede retirar la clave si la "Autorización de Retiro de Contraseña" consta en la solicitud firmada por el representante legal.');
    }
    const power = input.powerOfAttorney;
    return ctx.dataSource.transaction(async manager => {
      const request = await manager.getRepository(IessEmployerKeyRequest).findOne({ where: { id: input.requestId }, lock: { mode: 'pessimistic_write' } }).catch(() => null);
      if (!request) throw notFound('requestId', `No existe la solicitud de clave patronal ${input.requestId}.`);
      if (request.channel !== IessKeyRequestChannel.PRESENCIAL) throw conflict('requestId', 'Esta solicitud es de la ventanilla virtual: no tiene turno que atender.');
      if (request.attendedAt) throw conflict('requestId', 'Este turno ya fue atendido.');
      if (request.status !== S.SUBMITTED) throw conflict('requestId', 'Solo se atiende un turno de una solicitud presentada.');
      const employer = await employerOf(manager, request.employerRuc);
      const documents = await receiveIessDocuments(employer, input.documents, false);
      Object.assign(request, {
        attendedAt: new Date(),
        signatureKind: IessSignatureKind.HANDWRITTEN,
        thirdPartyNames: third ? requireText('thirdParty.names', third.names, 'los nombres del tercero') : null,
        thirdPartyIdType: third?.idType ?? null,
        thirdPartyIdNumber: third ? identityDocument('thirdParty.idNumber', third.idType, third.idNumber) : null,
        powerOfAttorneyNumber: power ? requireText('powerOfAttorney.notarialNumber', power.notarialNumber, 'el número del poder notarial', 80) : null,
        attorneyNames: power ? requireText('powerOfAttorney.attorneyNames', power.attorneyNames, 'los nombres del apoderado') : null,
        attorneyIdType: power?.attorneyIdType ?? null,
        attorneyIdNumber: power ? identityDocument('powerOfAttorney.attorneyIdNumber', power.attorneyIdType, power.attorneyIdNumber) : null,
      });
      await manager.getRepository(IessEmployerKeyRequest).save(request);
      await storeDocuments(manager, request.id, documents);
      await recordAttention(manager, request.attendedAt!);
      return request;
    });
  }

  @Access({ scope: 'iess:decide' })
  @Mutation(_returns => IessEmployerKeyRequest, { description: "The legal area of the Dirección Provincial validates and seals the notarised power of attorney; until then it does not count." })
  validateIessPowerOfAttorney(@Arg('requestId') requestId: string, @Arg('seal') sealInput: string, @Ctx() ctx: IessContext): Promise<IessEmployerKeyRequest> {
    const seal = requireText('seal', sealInput, 'el sello o número de validación', 80);
    return ctx.dataSource.transaction(async manager => {
      const request = await manager.getRepository(IessEmployerKeyRequest).findOneBy({ id: requestId }).catch(() => null);
      if (!request) throw notFound('requestId', `No existe la solicitud de clave patronal ${requestId}.`);
      if (!request.powerOfAttorneyNumber) throw conflict('requestId', 'Esta solicitud no presentó poder notarial.');
      if (request.powerOfAttorneyValidatedBy) throw conflict('requestId', 'El poder notarial ya fue validado.');
      await manager.getRepository(IessEmployerKeyRequest).update(requestId, { powerOfAttorneyValidatedBy: ctx.identity.subject, powerOfAttorneySeal: seal });
      return manager.getRepository(IessEmployerKeyRequest).findOneByOrFail({ id: requestId });
    });
  }

  @Access({ scope: 'iess:decide' })
  @Mutation(_returns => IessEmployerKeyRequest, { description: 'Observes the request (missing or wrong documents); it can be corrected.' })
  observeIessKeyRequest(@Arg('requestId') requestId: string, @Arg('observations') observationsInput: string, @Ctx() ctx: IessContext): Promise<IessEmployerKeyRequest> {
    const observations = requireText('observations', observationsInput, 'las observaciones', 2000);
    return ctx.dataSource.transaction(async manager => {
      const request = await move(manager, requestId, S.OBSERVED, ctx.identity.subject, observations, { observations, decidedBy: ctx.identity.subject });
      if (request.contactEmail) await enqueueMail(manager, observedMail(request.contactEmail, request.employerRuc, observations));
      return request;
    });
  }

  @Access({ scope: 'iess:write' })
  @Mutation(_returns => IessEmployerKeyRequest, { description: 'Corrects an observed request with replacement documents; it goes back to SUBMITTED.' })
  correctIessKeyRequest(@Arg('requestId') requestId: string, @Arg('documents', _type => [IessDocumentInput]) documents: IessDocumentInput[], @Ctx() ctx: IessContext): Promise<IessEmployerKeyRequest> {
    if (!documents.length) throw badUserInput('documents', 'Adjunte los documentos corregidos.');
    return ctx.dataSource.transaction(async manager => {
      const current = await manager.getRepository(IessEmployerKeyRequest).findOneBy({ id: requestId }).catch(() => null);
      if (!current) throw notFound('requestId', `No existe la solicitud de clave patronal ${requestId}.`);
      const employer = await employerOf(manager, current.employerRuc);
      const received = await receiveIessDocuments(employer, documents, current.channel === IessKeyRequestChannel.VIRTUAL, []);
      const request = await move(manager, requestId, S.SUBMITTED, ctx.identity.subject, 'Documentos corregidos', { observations: null });
      await storeDocuments(manager, requestId, received);
      return request;
    });
  }

  @Access({ scope: 'iess:decide' })
  @Mutation(_returns => IessEmployerKeyRequest, { description: 'Approves the request (presencial: after the appointment was attended and any power of attorney validated).' })
  approveIessKeyRequest(@Arg('requestId') requestId: string, @Ctx() ctx: IessContext): Promise<IessEmployerKeyRequest> {
    return ctx.dataSource.transaction(async manager => {
      const current = await manager.getRepository(IessEmployerKeyRequest).findOneBy({ id: requestId }).catch(() => null);
      if (current?.channel === IessKeyRequestChannel.PRESENCIAL && !current.attendedAt) throw conflict('requestId', 'El turno presencial aún no fue atendido: no se puede aprobar.');
      if (current?.powerOfAttorneyNumber && !current.powerOfAttorneyValidatedBy) {
        throw conflict('requestId', 'El poder notarial aún no fue validado y sellado por el área jurídica de la Dirección Provincial.');
      }
      return move(manager, requestId, S.APPROVED, ctx.identity.subject, null, { decidedBy: ctx.identity.subject });
    });
  }

  @Access({ scope: 'iess:decide' })
  @Mutation(_returns => IessEmployerKeyRequest, { description: 'Rejects the request with a reason.' })
  rejectIessKeyRequest(@Arg('requestId') requestId: string, @Arg('reason') reasonInput: string, @Ctx() ctx: IessContext): Promise<IessEmployerKeyRequest> {
    const reason = requireText('reason', reasonInput, 'el motivo del rechazo', 2000);
    return ctx.dataSource.transaction(async manager => {
      const request = await move(manager, requestId, S.REJECTED, ctx.identity.subject, reason, { observations: reason, decidedBy: ctx.identity.subject });
      if (request.contactEmail) await enqueueMail(manager, rejectedMail(request.contactEmail, request.employerRuc, reason));
      return request;
    });
  }

  @Access({ scope: 'iess:write' })
  @Mutation(_returns => IessEmployerKeyRequest, {
    description: 'Delivers the clave patronal: generated, stored only as a hash; e-mailed through the outbox (virtual), or handed over at the window to the legal representative, the authorised third party or the validated attorney (presencial).',
  })
  deliverIessEmployerKey(@Arg('input') input: DeliverIessEmployerKeyInput, @Ctx() ctx: IessContext): Promise<IessEmployerKeyRequest> {
    return ctx.dataSource.transaction(async manager => {
      const current = await manager.getRepository(IessEmployerKeyRequest).findOneBy({ id: input.requestId }).catch(() => null);
      if (!current) throw notFound('requestId', `No existe la solicitud de clave patronal ${input.requestId}.`);
      const presencial = current.channel === IessKeyRequestChannel.PRESENCIAL;
      if (presencial && !input.pickedUpBy) throw badUserInput('pickedUpBy', 'Indique quién retira la clave en la ventanilla.');
      if (!presencial && input.pickedUpBy) throw badUserInput('pickedUpBy', 'En la ventanilla virtual la clave se envía por correo: no hay retiro en persona.');
      if (input.pickedUpBy === IessKeyPickupBy.AUTHORISED_THIRD_PARTY && !current.thirdPartyIdNumber) throw conflict('pickedUpBy', 'La solicitud no registra un tercero autorizado a retirar la clave.');
      if (input.pickedUpBy === IessKeyPickupBy.ATTORNEY && !current.powerOfAttorneyValidatedBy) throw conflict('pickedUpBy', 'No hay un poder notarial validado para que un apoderado retire la clave.');
      const request = await move(manager, input.requestId, S.KEY_DELIVERED, ctx.identity.subject, input.pickedUpBy ?? 'correo', { keyPickedUpBy: input.pickedUpBy ?? null });
      const employer = await employerOf(manager, request.employerRuc);
      const key = temporaryPassword();
      await manager.getRepository(IessEmployer).update(employer.ruc, { employerKeyHash: await hashSecret(key), employerKeyDeliveredAt: new Date() });
      // Virtual: to the request's active e-mail. Presencial: the window hands over access; the key itself goes to the registered e-mail.
      await enqueueMail(manager, employerKeyMail(presencial ? employer.email : request.contactEmail ?? employer.email, employer.ruc, key));
      return request;
    });
  }

  @Access({ scope: 'iess:read' })
  @FieldResolver(_type => [IessRequestDocument], { description: 'Documents received: names, types, sizes, SHA-256 (never the content).' })
  documents(@Root() request: IessEmployerKeyRequest, @Ctx() ctx: IessContext): Promise<IessRequestDocument[]> {
    return ctx.loaders.documentsByRequest.load(request.id);
  }

  @Access({ scope: 'iess:read' })
  @FieldResolver(_type => [IessKeyRequestEvent], { description: 'Status history.' })
  history(@Root() request: IessEmployerKeyRequest, @Ctx() ctx: IessContext): Promise<IessKeyRequestEvent[]> {
    return ctx.loaders.eventsByRequest.load(request.id);
  }
}

