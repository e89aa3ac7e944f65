import { stateMachine } from '../../shared/state-machine';
import { TrainerCredentialStatus as S } from './enums';

// REQUESTED → ISSUED → DELIVERED; REVOKED from any of them when the qualification is withdrawn.
export const credentialStates = stateMachine<S>(
  'La credencial',
  { [S.REQUESTED]: [S.ISSUED, S.REVOKED], [S.ISSUED]: [S.DELIVERED, S.REVOKED], [S.DELIVERED]: [S.REVOKED], [S.REVOKED]: [] },
  { REQUESTED: 'solicitada', ISSUED: 'emitida', DELIVERED: 'entregada', REVOKED: 'revocada' },
);
