import type { DataSource } from 'typeorm';
import type { AuthContext } from '../../shared/auth/access';
import type { CheckpointStore } from '../audit/audit-checkpoints';

/**
 * What the dossier subgraph's resolvers read, wherever it runs: inside Llavero's gateway (the gateway's
 * context, which has all of this) or as its own service on DOSSIER_PORT behind any router.
 */
export interface DossierContext extends AuthContext {
  /** The audit schema, read by auditTrail and auditChainStatus. */
  auditDataSource: DataSource;
  auditChainKey: string;
  /** Keys of chains written before a rotation: verification only. */
  previousAuditChainKeys: string[];
  /** Where the signed chain heads are published (files, and Redis when REDIS_URL is set). */
  auditCheckpoints: Pick<CheckpointStore, 'load'>;
}
