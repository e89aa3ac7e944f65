import type { DataSource } from 'typeorm';
import { buildSubgraphServer, type SubgraphServer, type SubgraphServerExtras } from '../../shared/subgraph-server';
import { createTrainersContext } from './context';
import { buildTrainersSchema } from './schema';

export async function buildTrainersServer(dataSource: DataSource, signingSecret: string, extras: SubgraphServerExtras = {}): Promise<SubgraphServer> {
  return buildSubgraphServer({
    name: 'trainers',
    schema: await buildTrainersSchema(),
    dataSource,
    signingSecret,
    createContext: identity => createTrainersContext(dataSource, identity),
    ...extras,
  });
}
