import type { EntityManager } from 'typeorm';
import { stateMachine } from '../../shared/state-machine';
import { transition } from '../../shared/transition';
import { SystemKeyRecoveryStatus as S } from './enums';
import { SystemKeyRecovery } from './system-key-recovery';
import { SystemKeyRecoveryEvent } from './system-key-recovery-event';

// RECEIVED → RESOLVED (the recovery e-mail went out) or REJECTED (with a reason); both are final.
export const recoveryStates = stateMachine<S>(
  'La solicitud de recuperación',
  { [S.RECEIVED]: [S.RESOLVED, S.REJECTED], [S.RESOLVED]: [], [S.REJECTED]: [] },
  { RECEIVED: 'recibida', RESOLVED: 'atendida (correo de recuperación enviado)', REJECTED: 'rechazada' },
);

const RECOVERY = {
  entity: SystemKeyRecovery,
  history: SystemKeyRecoveryEvent,
  states: recoveryStates,
  field: 'id',
  notFoundMessage: (id: string) => `No existe la solicitud de recuperación ${id}.`,
};

/** The first step: the request is RECEIVED, with who recorded it in its history. */
export async function openRecovery(
  manager: EntityManager,
  request: Pick<SystemKeyRecovery, 'requesterRuc' | 'system' | 'channel' | 'attentionPointCode' | 'quipuxDocumentNumber' | 'callerPhone' | 'contactEmail' | 'recordedBy'>,
): Promise<SystemKeyRecovery> {
  const recovery = manager.getRepository(SystemKeyRecovery).create({ ...request, status: S.RECEIVED, receivedAt: new Date() });
  await manager.getRepository(SystemKeyRecovery).insert(recovery);
  await manager.getRepository(SystemKeyRecoveryEvent).insert({ ownerId: recovery.id, actor: request.recordedBy, fromStatus: null, toStatus: S.RECEIVED, note: null });
  return recovery;
}

/** The decision, RESOLVED or REJECTED (the note is then the rejection reason), by whom and when. */
export function decideRecovery(manager: EntityManager, id: string, to: S.RESOLVED | S.REJECTED, actor: string, note: string | null): Promise<SystemKeyRecovery> {
  const rejectionReason = to === S.REJECTED ? note : null;
  return transition(manager, RECOVERY, { id, to, actor, note, changes: { resolvedAt: new Date(), decidedBy: actor, rejectionReason } });
}
