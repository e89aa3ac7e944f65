import type { DataSource } from 'typeorm';
import { buildSubgraphServer, type SubgraphServer, type SubgraphServerExtras } from '../../shared/subgraph-server';
import type { DossierContext } from './context';
import { buildDossierSchema } from './schema';

export interface DossierServerOptions {
  /** The audit schema, opened with the gateway's runtime role (the dossier only reads it). */
  auditDataSource: DataSource;
  auditChainKey: string;
  previousAuditChainKeys: string[];
  auditCheckpoints: DossierContext['auditCheckpoints'];
  signingSecret: string;
}

/**
 * The dossier subgraph as its own HTTP service (DOSSIER_PORT, 4005): what the supergraph's routing URL
 * names, so any federation router can serve schema/supergraph.graphql unchanged. Like every subgraph
 * it answers only calls signed by a gateway. Llavero's own gateway keeps serving it in process.
 */
export async function buildDossierServer(options: DossierServerOptions, extras: SubgraphServerExtras = {}): Promise<SubgraphServer> {
  const { auditDataSource, auditChainKey, previousAuditChainKeys, auditCheckpoints } = options;
  return buildSubgraphServer<DossierContext>({
    name: 'dossier',
    schema: await buildDossierSchema(),
    dataSource: auditDataSource,
    signingSecret: options.signingSecret,
    createContext: identity => ({ identity, auditDataSource, auditChainKey, previousAuditChainKeys, auditCheckpoints }),
    ...extras,
  });
}
