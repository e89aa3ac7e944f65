import type { EntityManager } from 'typeorm';
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
  const trainer = await repository.findOneBy({ cedula });
  if (!trainer) throw notFound('cedula', `La persona ${cedula} no consta como capacitador calificado.`);
  if (trainer.qualificationWithdrawnAt) throw conflict('cedula', `La calificación de ${cedula} ya fue retirada.`);
  await repository.update({ cedula }, { qualificationWithdrawnAt: at, withdrawalReason: reason });
}
