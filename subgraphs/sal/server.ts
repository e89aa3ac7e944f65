import { buildSubgraphServer, type SubgraphServer, type SubgraphServerExtras } from '../../shared/subgraph-server';
import type { DataSource } from 'typeorm';
import { trustedSignatureRoots } from '../../shared/documents/signature-roots';
import { createSalContext } from './context';
import { buildSalSchema } from './schema';

export async function buildSalServer(dataSource: DataSource, signingSecret: string, extras: SubgraphServerExtras = {}): Promise<SubgraphServer> {
  trustedSignatureRoots(); // a wrong SIGNATURE_TRUSTED_ROOTS stops the start, not the first signed upload
  return buildSubgraphServer({
    name: 'sal',
    schema: await buildSalSchema(),
    dataSource,
    signingSecret,
    createContext: identity => createSalContext(dataSource, identity),
    ...extras,
  });
}
