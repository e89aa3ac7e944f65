import type { EntityManager } from 'typeorm';
import { conflict, notFound } from '../../shared/errors';
import { requireRecordId } from '../../shared/identifiers/record-id';
import { stateMachine } from '../../shared/state-machine';
import { transition, type TransitionSpec } from '../../shared/transition';
import { IessKeyRequestChannel, IessKeyRequestStatus as S } from './enums';
import { IessEmployerKeyRequest } from './key-request';
import { IessKeyRequestEvent } from './key-request-event';

// SUBMITTED → OBSERVED (correctable, back to SUBMITTED) → APPROVED → KEY_DELIVERED; REJECTED from review;
// EXPIRED when a presencial turno was missed (turno-attendance.ts).
export const iessKeyRequestStates = stateMachine<S>(
  'La solicitud de clave patronal',
  {
    [S.SUBMITTED]: [S.OBSERVED, S.APPROVED, S.REJECTED, S.EXPIRED],
    [S.OBSERVED]: [S.SUBMITTED, S.REJECTED],
    [S.APPROVED]: [S.KEY_DELIVERED],
    [S.KEY_DELIVERED]: [],
    [S.REJECTED]: [],
    [S.EXPIRED]: [],
  },
  S,
);

const notFoundMessage = (id: string) => `No existe la solicitud de clave patronal ${id}.`;

const KEY_REQUEST: TransitionSpec<S, IessEmployerKeyRequest> = { entity: IessEmployerKeyRequest, history: IessKeyRequestEvent, states: iessKeyRequestStates, field: 'requestId', notFoundMessage };

type NewKeyRequest = Pick<IessEmployerKeyRequest, 'employerRuc' | 'channel' | 'province' | 'provinceCode' | 'contactEmail'> & Partial<Pick<IessEmployerKeyRequest, 'agency' | 'appointmentAt' | 'signatureKind' | 'procedure' | 'message' | 'representativeIdValidUntil'>>;

/** A request is born SUBMITTED, with the first event of its history. */
export async function startKeyRequest(manager: EntityManager, fields: NewKeyRequest, actor: string, note: string | null): Promise<IessEmployerKeyRequest> {
  const request = manager.getRepository(IessEmployerKeyRequest).create({ ...fields, status: S.SUBMITTED, submittedAt: new Date(), submittedBy: actor });
  await manager.getRepository(IessEmployerKeyRequest).insert(request);
  await manager.getRepository(IessKeyRequestEvent).insert({ ownerId: request.id, actor, fromStatus: null, toStatus: S.SUBMITTED, note });
  return request;
}

/** One step of its life: locked, checked against the table above, written to its history. */
export function moveKeyRequest(manager: EntityManager, id: string, to: S, actor: string, note: string | null, changes: Partial<IessEmployerKeyRequest> = {}): Promise<IessEmployerKeyRequest> {
  return transition(manager, KEY_REQUEST, { id, to, actor, note, changes });
}

/** The request, locked for the rest of the transaction, or NOT_FOUND on `requestId`. */
export async function lockKeyRequest(manager: EntityManager, id: string): Promise<IessEmployerKeyRequest> {
  const request = await manager.getRepository(IessEmployerKeyRequest).findOne({ where: { id: requireRecordId(id, 'requestId') }, lock: { mode: 'pessimistic_write' } });
  if (!request) throw notFound('requestId', notFoundMessage(id));
  return request;
}

type Guarded = Pick<IessEmployerKeyRequest, 'channel' | 'status' | 'attendedAt' | 'powerOfAttorneyNumber' | 'powerOfAttorneyValidatedBy'>;

/** Only a presencial request, still as submitted and not attended yet, has a turno to attend. */
export function assertAttendable(request: Guarded): void {
  if (request.channel !== IessKeyRequestChannel.PRESENCIAL) throw conflict('requestId', 'Esta solicitud es de la ventanilla virtual: no tiene turno que atender.');
  if (request.attendedAt) throw conflict('requestId', 'Este turno ya fue atendido.');
  if (request.status === S.EXPIRED) throw conflict('requestId', 'Este turno venció sin ser atendido: genere un turno nuevo.', { reason: 'TURNO_EXPIRED' });
  if (request.status !== S.SUBMITTED) throw conflict('requestId', 'Solo se atiende un turno de una solicitud presentada.');
}

/** A notarised power of attorney is validated once, and only when one was presented. */
export function assertPowerOfAttorneyPending(request: Guarded): void {
  if (!request.powerOfAttorneyNumber) throw conflict('requestId', 'Esta solicitud no presentó poder notarial.');
  if (request.powerOfAttorneyValidatedBy) throw conflict('requestId', 'El poder notarial ya fue validado.');
}

/** Presencial: approved only after the turno was attended; any power of attorney only once validated and sealed. */
export function assertApprovable(request: Guarded): void {
  if (request.channel === IessKeyRequestChannel.PRESENCIAL && !request.attendedAt) throw conflict('requestId', 'El turno presencial aún no fue atendido: no se puede aprobar.');
  if (request.powerOfAttorneyNumber && !request.powerOfAttorneyValidatedBy) {
    throw conflict('requestId', 'El poder notarial aún no fue validado y sellado por el área jurídica de la Dirección Provincial.');
  }
}
