import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { createMonthlyVolumeLoader } from '../../shared/attention/monthly-store';
import { manyByKey, oneByKey } from '../../shared/loader-helpers';
import { AttentionPoint } from './attention-point';
import { SystemKeyRecovery } from './system-key-recovery';
import { SystemKeyRecoveryDocument } from './system-key-recovery-document';
import { SystemKeyRecoveryEvent } from './system-key-recovery-event';
import { findByKeys } from '../../shared/database/keyed-reads';

export interface RecoveryLink {
  expiresAt: Date;
  usedAt: Date | null;
}

/** One set per request (made in the context factory): each loader costs one SQL statement per batch. */
export function createSutLoaders(dataSource: DataSource) {
  return {
    recoveriesByRuc: new DataLoader<string, SystemKeyRecovery[]>(async rucs => {
      const rows = await findByKeys(dataSource, SystemKeyRecovery, 'requesterRuc', rucs, { receivedAt: 'DESC' });
      return manyByKey(rucs, rows, row => row.requesterRuc);
    }),
    attentionPointByCode: new DataLoader<string, AttentionPoint | null>(async codes =>
      oneByKey(codes, await findByKeys(dataSource, AttentionPoint, 'code', codes), row => row.code),
    ),
    documentsByRecovery: new DataLoader<string, SystemKeyRecoveryDocument[]>(async ids => {
      const rows = await findByKeys(dataSource, SystemKeyRecoveryDocument, 'ownerId', ids, { kind: 'ASC' });
      return manyByKey(ids, rows, row => row.ownerId);
    }),
    eventsByRecovery: new DataLoader<string, SystemKeyRecoveryEvent[]>(async ids => {
      const rows = await findByKeys(dataSource, SystemKeyRecoveryEvent, 'ownerId', ids, { id: 'ASC' });
      return manyByKey(ids, rows, row => row.ownerId);
    }),
    linkByRecovery: new DataLoader<string, RecoveryLink | null>(async ids => {
      // The latest link e-mailed for each recovery (a recovery is resolved once, so in practice the only one).
      const rows: Array<RecoveryLink & { recoveryId: string }> = await dataSource.query(
        `SELECT DISTINCT ON (recovery_id) recovery_id AS "recoveryId", expires_at AS "expiresAt", used_at AS "usedAt"
           FROM recovery_token WHERE recovery_id = ANY($1::uuid[]) ORDER BY recovery_id, expires_at DESC`,
        [[...ids]],
      );
      return oneByKey(ids, rows, row => row.recoveryId);
    }),
    monthlyVolumes: createMonthlyVolumeLoader(dataSource),
  };
}

export type SutLoaders = ReturnType<typeof createSutLoaders>;
