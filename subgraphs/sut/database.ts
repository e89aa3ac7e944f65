import { MonthlyVolume } from '../../shared/attention/monthly-volume';
import { createSubgraphDataSource } from '../../shared/database/data-source';
import { AttentionPoint } from './attention-point';
import { CreateSutTables1763790000000 } from './migrations/1763790000000-CreateSutTables';
import { SystemKeyRecovery } from './system-key-recovery';

export function createSutDataSource(url: string) {
  return createSubgraphDataSource({
    schema: 'sut',
    url,
    entities: [AttentionPoint, SystemKeyRecovery, MonthlyVolume],
    migrations: [CreateSutTables1763790000000],
  });
}
