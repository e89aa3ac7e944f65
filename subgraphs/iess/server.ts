import type { DataSource } from 'typeorm';
import { buildSubgraphServer, type SubgraphServer } from '../../shared/subgraph-server';
import { createIessContext } from './context';
import { buildIessSchema } from './schema';

export async function buildIessServer(dataSource: DataSource): Promise<SubgraphServer> {
  return buildSubgraphServer({
    name: 'iess',
    schema: await buildIessSchema(),
    dataSource,
    createContext: () => createIessContext(dataSource),
  });
}
