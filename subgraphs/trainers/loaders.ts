import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { createMonthlyVolumeLoader } from '../../shared/attention/monthly-store';
import { manyByKey, oneByKey } from '../../shared/loader-helpers';
import { QualifiedTrainer } from './qualified-trainer';
import { TrainerCredential } from './trainer-credential';
import { TrainerCredentialDocument } from './trainer-credential-document';
import { TrainerCredentialEvent } from './trainer-credential-event';
import { findByKeys } from '../../shared/database/keyed-reads';

/** One set per request (made in the context factory): each loader costs one SQL statement per batch. */
export function createTrainerLoaders(dataSource: DataSource) {
  return {
    credentialsByCedula: new DataLoader<string, TrainerCredential[]>(async cedulas => {
      const rows = await findByKeys(dataSource, TrainerCredential, 'trainerCedula', cedulas, { requestedAt: 'DESC' });
      return manyByKey(cedulas, rows, row => row.trainerCedula);
    }),
    trainerByCedula: new DataLoader<string, QualifiedTrainer | null>(async cedulas =>
      oneByKey(cedulas, await findByKeys(dataSource, QualifiedTrainer, 'cedula', cedulas), row => row.cedula),
    ),
    documentsByCredential: new DataLoader<string, TrainerCredentialDocument[]>(async ids => {
      const rows = await findByKeys(dataSource, TrainerCredentialDocument, 'ownerId', ids, { kind: 'ASC' });
      return manyByKey(ids, rows, row => row.ownerId);
    }),
    eventsByCredential: new DataLoader<string, TrainerCredentialEvent[]>(async ids => {
      const rows = await findByKeys(dataSource, TrainerCredentialEvent, 'ownerId', ids, { id: 'ASC' });
      return manyByKey(ids, rows, row => row.ownerId);
    }),
    monthlyVolumes: createMonthlyVolumeLoader(dataSource),
  };
}

export type TrainerLoaders = ReturnType<typeof createTrainerLoaders>;
