import type { DataSource } from 'typeorm';
import { trustedSignatureRoots } from '../../shared/documents/signature-roots';
import { buildSubgraphServer, type SubgraphServer, type SubgraphServerExtras } from '../../shared/subgraph-server';
import { createIessContext } from './context';
import { buildIessSchema } from './schema';

export async function buildIessServer(dataSource: DataSource, signingSecret: string, extras: SubgraphServerExtras = {}): Promise<SubgraphServer> {
  trustedSignatureRoots(); // a wrong SIGNATURE_TRUSTED_ROOTS stops the start, not the first signed upload
  return buildSubgraphServer({
    name: 'iess',
    schema: await buildIessSchema(),
    dataSource,
    signingSecret,
    createContext: identity => createIessContext(dataSource, identity),
    ...extras,
  });
}
