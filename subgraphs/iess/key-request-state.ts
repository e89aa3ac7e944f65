import { stateMachine } from '../../shared/state-machine';
import { IessKeyRequestStatus as S } from './enums';

// SUBMITTED → OBSERVED (correctable, back to SUBMITTED) → APPROVED → KEY_DELIVERED; REJECTED from review.
export const iessKeyRequestStates = stateMachine<S>(
  'La solicitud de clave patronal',
  {
    [S.SUBMITTED]: [S.OBSERVED, S.APPROVED, S.REJECTED],
    [S.OBSERVED]: [S.SUBMITTED, S.REJECTED],
    [S.APPROVED]: [S.KEY_DELIVERED],
    [S.KEY_DELIVERED]: [],
    [S.REJECTED]: [],
  },
  { SUBMITTED: 'presentada', OBSERVED: 'observada', APPROVED: 'aprobada', KEY_DELIVERED: 'con clave entregada', REJECTED: 'rechazada' },
);
