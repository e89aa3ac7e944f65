import { Not, type EntityManager } from 'typeorm';
import { conflict, notFound } from '../../shared/errors';
import { stateMachine } from '../../shared/state-machine';
import { transition } from '../../shared/transition';
import { TrainerCredentialStatus as S, type TrainerIdentificationType } from './enums';
import { QualifiedTrainer } from './qualified-trainer';
import { TrainerCredential } from './trainer-credential';
import { TrainerCredentialEvent } from './trainer-credential-event';

// REQUESTED → ISSUED → DELIVERED; REVOKED from any of them when the qualification is withdrawn.
export const credentialStates = stateMachine<S>(
  'La credencial',
  { [S.REQUESTED]: [S.ISSUED, S.REVOKED], [S.ISSUED]: [S.DELIVERED, S.REVOKED], [S.DELIVERED]: [S.REVOKED], [S.REVOKED]: [] },
  { REQUESTED: 'solicitada', ISSUED: 'emitida', DELIVERED: 'entregada', REVOKED: 'revocada' },
);

const CREDENTIAL = {
  entity: TrainerCredential,
  history: TrainerCredentialEvent,
  states: credentialStates,
  field: 'id',
  notFoundMessage: (id: string) => `No existe la credencial ${id}.`,
};

/** Seed 004: only a trainer the MDT qualified, whose qualification stands and who holds no credential requested or in force. */
export async function assertMayRequestCredential(manager: EntityManager, cedula: string, identificationType: TrainerIdentificationType): Promise<void> {
  const trainer = await manager.getRepository(QualifiedTrainer).findOneBy({ cedula, identificationType });
  if (!trainer) throw notFound('cedula', `La persona ${cedula} no consta como capacitador independiente calificado por el MDT.`);
  if (trainer.qualificationWithdrawnAt) throw conflict('cedula', `La calificación de ${cedula} fue retirada: no puede solicitar credencial.`);
  if (await manager.getRepository(TrainerCredential).existsBy({ trainerCedula: cedula, status: Not(S.REVOKED) })) {
    throw conflict('cedula', `${cedula} ya tiene una credencial solicitada o vigente.`);
  }
}

/** The first step: the credential is REQUESTED, with who recorded it in its history. */
export async function openCredential(
  manager: EntityManager,
  request: Pick<TrainerCredential, 'trainerCedula' | 'channel' | 'email' | 'requestedBy'>,
): Promise<TrainerCredential> {
  const credential = manager.getRepository(TrainerCredential).create({ ...request, status: S.REQUESTED, requestedAt: new Date(), code: null });
  await manager.getRepository(TrainerCredential).insert(credential);
  await manager.getRepository(TrainerCredentialEvent).insert({ ownerId: credential.id, actor: request.requestedBy, fromStatus: null, toStatus: S.REQUESTED, note: null });
  return credential;
}

/** Every later step, through the state machine, in the caller's transaction. */
export function moveCredential(manager: EntityManager, id: string, to: S, actor: string, note: string | null, changes: Partial<TrainerCredential>): Promise<TrainerCredential> {
  return transition(manager, CREDENTIAL, { id, to, actor, note, changes });
}

/** Withdrawing a qualification revokes every credential of the trainer not yet revoked. */
export async function revokeCredentials(manager: EntityManager, cedula: string, actor: string, reason: string, at: Date): Promise<TrainerCredential[]> {
  const credentials = await manager.getRepository(TrainerCredential).findBy({ trainerCedula: cedula, status: Not(S.REVOKED) });
  const revoked: TrainerCredential[] = [];
  for (const c of credentials) revoked.push(await moveCredential(manager, c.id, S.REVOKED, actor, reason, { revokedAt: at, revocationReason: reason }));
  return revoked;
}
