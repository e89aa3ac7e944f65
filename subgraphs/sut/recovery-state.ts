import { stateMachine } from '../../shared/state-machine';
import { SystemKeyRecoveryStatus as S } from './enums';

// RECEIVED → RESOLVED (the recovery e-mail went out) or REJECTED (with a reason); both are final.
export const recoveryStates = stateMachine<S>(
  'La solicitud de recuperación',
  { [S.RECEIVED]: [S.RESOLVED, S.REJECTED], [S.RESOLVED]: [], [S.REJECTED]: [] },
  { RECEIVED: 'recibida', RESOLVED: 'atendida (correo de recuperación enviado)', REJECTED: 'rechazada' },
);
