import { buildSubgraphServer, type SubgraphServer } from '../../shared/subgraph-server';
import type { DataSource } from 'typeorm';
import { createSalContext } from './context';
import { buildSalSchema } from './schema';

export async function buildSalServer(dataSource: DataSource, signingSecret: string): Promise<SubgraphServer> {
  return buildSubgraphServer({
    name: 'sal',
    schema: await buildSalSchema(),
    dataSource,
    signingSecret,
    createContext: identity => createSalContext(dataSource, identity),
  });
}
