import type { DataSource } from 'typeorm';
import { buildSubgraphServer, type SubgraphServer, type SubgraphServerExtras } from '../../shared/subgraph-server';
import { createSutContext } from './context';
import { buildSutSchema } from './schema';

export async function buildSutServer(dataSource: DataSource, signingSecret: string, extras: SubgraphServerExtras = {}): Promise<SubgraphServer> {
  return buildSubgraphServer({
    name: 'sut',
    schema: await buildSutSchema(),
    dataSource,
    signingSecret,
    createContext: identity => createSutContext(dataSource, identity),
    ...extras,
  });
}
