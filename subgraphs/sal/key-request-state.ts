import { stateMachine } from '../../shared/state-machine';
import { SalKeyRequestStatus as S } from './enums';

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
