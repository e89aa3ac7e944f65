import type { DataSource } from 'typeorm';
import { buildSubgraphServer, type SubgraphServer } from '../../shared/subgraph-server';
import { createTrainersContext } from './context';
import { buildTrainersSchema } from './schema';

export async function buildTrainersServer(dataSource: DataSource): Promise<SubgraphServer> {
  return buildSubgraphServer({
    name: 'trainers',
    schema: await buildTrainersSchema(),
    dataSource,
    createContext: () => createTrainersContext(dataSource),
  });
}
