import { MonthlyVolume } from '../../shared/attention/monthly-volume';
import { createSubgraphDataSource } from '../../shared/database/data-source';
import { SalAccessKey } from './access-key';
import { SalInstitution } from './institution';
import { CreateSalTables1763790000000 } from './migrations/1763790000000-CreateSalTables';

export function createSalDataSource(url: string) {
  return createSubgraphDataSource({
    schema: 'sal',
    url,
    entities: [SalInstitution, SalAccessKey, MonthlyVolume],
    migrations: [CreateSalTables1763790000000],
  });
}
