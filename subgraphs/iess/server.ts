import type { DataSource } from 'typeorm';
import { buildSubgraphServer, type SubgraphServer } from '../../shared/subgraph-server';
import { createIessContext } from './context';
import { buildIessSchema } from './schema';

export async function buildIessServer(dataSource: DataSource, signingSecret: string): Promise<SubgraphServer> {
  return buildSubgraphServer({
    name: 'iess',
    schema: await buildIessSchema(),
    dataSource,
    signingSecret,
    createContext: identity => createIessContext(dataSource, identity),
  });
}
