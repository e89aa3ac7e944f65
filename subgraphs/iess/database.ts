import { MonthlyVolume } from '../../shared/attention/monthly-volume';
import { createSubgraphDataSource } from '../../shared/database/data-source';
import { IessEmployer } from './employer';
import { IessEmployerKeyRequest } from './employer-key-request';
import { CreateIessTables1763790000000 } from './migrations/1763790000000-CreateIessTables';
import { IessSector } from './sector';

export function createIessDataSource(url: string) {
  return createSubgraphDataSource({
    schema: 'iess',
    url,
    entities: [IessSector, IessEmployer, IessEmployerKeyRequest, MonthlyVolume],
    migrations: [CreateIessTables1763790000000],
  });
}
