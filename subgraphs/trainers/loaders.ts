import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { createMonthlyVolumeLoader } from '../../shared/attention/monthly-store';
import { manyByKey, oneByKey } from '../../shared/loader-helpers';
import { QualifiedTrainer } from './qualified-trainer';
import { TrainerCredential } from './trainer-credential';
import { TrainerCredentialDocument } from './trainer-credential-document';
import { TrainerCredentialEvent } from './trainer-credential-event';

/** One set per request (made in the context factory): each loader costs one SQL statement per batch. */
export function createTrainerLoaders(dataSource: DataSource) {
  return {
    credentialsByCedula: new DataLoader<string, TrainerCredential[]>(async cedulas => {
      const rows = await dataSource.getRepository(TrainerCredential).find({ where: { trainerCedula: In([...cedulas]) }, order: { requestedAt: 'DESC' } });
      return manyByKey(cedulas, rows, row => row.trainerCedula);
    }),
    trainerByCedula: new DataLoader<string, QualifiedTrainer | null>(async cedulas =>
      oneByKey(cedulas, await dataSource.getRepository(QualifiedTrainer).findBy({ cedula: In([...cedulas]) }), row => row.cedula),
    ),
    documentsByCredential: new DataLoader<string, TrainerCredentialDocument[]>(async ids => {
      const rows = await dataSource.getRepository(TrainerCredentialDocument).find({ where: { ownerId: In([...ids]) }, order: { kind: 'ASC' } });
      return manyByKey(ids, rows, row => row.ownerId);
    }),
    eventsByCredential: new DataLoader<string, TrainerCredentialEvent[]>(async ids => {
      const rows = await dataSource.getRepository(TrainerCredentialEvent).find({ where: { ownerId: In([...ids]) }, order: { id: 'ASC' } });
      return manyByKey(ids, rows, row => row.ownerId);
    }),
    monthlyVolumes: createMonthlyVolumeLoader(dataSource),
  };
}

export type TrainerLoaders = ReturnType<typeof createTrainerLoaders>;
