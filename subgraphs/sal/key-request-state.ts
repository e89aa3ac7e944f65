import type { EntityManager } from 'typeorm';
import { conflict } from '../../shared/errors';
import { stateMachine } from '../../shared/state-machine';
import type { TransitionSpec } from '../../shared/transition';
import { SalKeyRequestKind, SalKeyRequestStatus as S } from './enums';
import { SalKeyRequest } from './key-request';
import { SalKeyRequestEvent } from './key-request-event';

// How a key request may move. Decided requests are final (§6.1: after a "correo de cierre" the
// institution sends a new request).
export const salKeyRequestStates = stateMachine<S>(
  'La solicitud de clave',
  {
    [S.SUBMITTED]: [S.APPROVED, S.CLOSED_WITH_OBSERVATIONS],
    [S.APPROVED]: [],
    [S.CLOSED_WITH_OBSERVATIONS]: [],
  },
  { SUBMITTED: 'recibida', APPROVED: 'aprobada', CLOSED_WITH_OBSERVATIONS: 'cerrada con observaciones (la institución debe enviar una nueva solicitud)' },
);

export const { canMove, assertTransition } = salKeyRequestStates;

/** One step of a key request's life through `shared/transition.ts`. */
export const KEY_REQUEST: TransitionSpec<S, SalKeyRequest> = {
  entity: SalKeyRequest,
  history: SalKeyRequestEvent,
  states: salKeyRequestStates,
  field: 'requestId',
  notFoundMessage: id => `No existe la solicitud de clave ${id}.`,
};

/** The first step of the history: the request was received. */
export async function recordSubmitted(manager: EntityManager, request: SalKeyRequest, actor: string): Promise<void> {
  await manager.getRepository(SalKeyRequestEvent).insert({ ownerId: request.id, actor, fromStatus: null, toStatus: S.SUBMITTED, note: null });
}

/**
 * One creation request in progress per institution (§6.2: one Responsable UATH key; the database holds it
 * too, key_request_one_open_creation_idx), one deactivation per holder: another waits for the decision on the first.
 */
export async function assertNoRequestInProgress(manager: EntityManager, ruc: string, kind: SalKeyRequestKind, holderCedula: string): Promise<void> {
  if (kind === SalKeyRequestKind.CREATION) {
    const open = await manager.getRepository(SalKeyRequest).findOneBy({ institutionRuc: ruc, kind, status: S.SUBMITTED });
    if (open) {
      throw conflict('institutionRuc', `La institución ${ruc} ya tiene una solicitud de creación de clave en trámite (para ${open.holderCedula}): espere su decisión antes de enviar otra.`, {
        openRequestId: open.id,
      });
    }
    return;
  }
  if ((await manager.getRepository(SalKeyRequest).countBy({ institutionRuc: ruc, kind, holderCedula, status: S.SUBMITTED })) > 0) {
    throw conflict('holder.cedula', `Ya hay una solicitud de desactivación en trámite para ${holderCedula} en esta institución.`);
  }
}
