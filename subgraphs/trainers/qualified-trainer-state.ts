import { IsNull, type EntityManager } from 'typeorm';
import { conflict, notFound } from '../../shared/errors';
import { QualifiedTrainer } from './qualified-trainer';

// Seed 004: the MDT qualifies a trainer by a resolution and may withdraw the qualification, once.

/** Records the qualification; a cédula (or passport or visa number) is qualified once. */
export async function registerQualification(
  manager: EntityManager,
  qualification: Pick<QualifiedTrainer, 'cedula' | 'identificationType' | 'nationality' | 'names' | 'qualificationResolutionNumber' | 'qualificationResolutionDate'>,
): Promise<QualifiedTrainer> {
  const repository = manager.getRepository(QualifiedTrainer);
  if (await repository.existsBy({ cedula: qualification.cedula })) throw conflict('cedula', `El capacitador ${qualification.cedula} ya está registrado.`);
  await repository.insert(qualification);
  return repository.findOneByOrFail({ cedula: qualification.cedula });
}

/** Withdraws a standing qualification (the caller then revokes the trainer's credentials). */
export async function withdrawQualification(manager: EntityManager, cedula: string, reason: string, at: Date): Promise<void> {
  const repository = manager.getRepository(QualifiedTrainer);
  // Locked: of two concurrent withdrawals one wins, the other reads it withdrawn (CONFLICT).
  const trainer = await repository.findOne({ where: { cedula }, lock: { mode: 'pessimistic_write' } });
  if (!trainer) throw notFound('cedula', `La persona ${cedula} no consta como capacitador calificado.`);
  if (trainer.qualificationWithdrawnAt) throw conflict('cedula', `La calificación de ${cedula} ya fue retirada.`);
  const written = await repository.update({ cedula, qualificationWithdrawnAt: IsNull() }, { qualificationWithdrawnAt: at, withdrawalReason: reason });
  if (written.affected !== 1) throw conflict('cedula', `La calificación de ${cedula} ya fue retirada.`);
}
