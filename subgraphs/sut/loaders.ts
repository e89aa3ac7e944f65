import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { createMonthlyVolumeLoader } from '../../shared/attention/monthly-store';
import { manyByKey, oneByKey } from '../../shared/loader-helpers';
import { AttentionPoint } from './attention-point';
import { SystemKeyRecovery } from './system-key-recovery';
import { SystemKeyRecoveryDocument } from './system-key-recovery-document';
import { SystemKeyRecoveryEvent } from './system-key-recovery-event';

/** One set per request (made in the context factory): each loader costs one SQL statement per batch. */
export function createSutLoaders(dataSource: DataSource) {
  return {
    recoveriesByRuc: new DataLoader<string, SystemKeyRecovery[]>(async rucs => {
      const rows = await dataSource.getRepository(SystemKeyRecovery).find({ where: { requesterRuc: In([...rucs]) }, order: { receivedAt: 'DESC' } });
      return manyByKey(rucs, rows, row => row.requesterRuc);
    }),
    attentionPointByCode: new DataLoader<string, AttentionPoint | null>(async codes =>
      oneByKey(codes, await dataSource.getRepository(AttentionPoint).findBy({ code: In([...codes]) }), row => row.code),
    ),
    documentsByRecovery: new DataLoader<string, SystemKeyRecoveryDocument[]>(async ids => {
      const rows = await dataSource.getRepository(SystemKeyRecoveryDocument).find({ where: { ownerId: In([...ids]) }, order: { kind: 'ASC' } });
      return manyByKey(ids, rows, row => row.ownerId);
    }),
    eventsByRecovery: new DataLoader<string, SystemKeyRecoveryEvent[]>(async ids => {
      const rows = await dataSource.getRepository(SystemKeyRecoveryEvent).find({ where: { ownerId: In([...ids]) }, order: { id: 'ASC' } });
      return manyByKey(ids, rows, row => row.ownerId);
    }),
    monthlyVolumes: createMonthlyVolumeLoader(dataSource),
  };
}

export type SutLoaders = ReturnType<typeof createSutLoaders>;
