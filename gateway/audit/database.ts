import { createSubgraphDataSource } from '../../shared/database/data-source';
import { AuditEntry } from './audit-entry';
import { CreateAuditTrail1763800000000 } from './migrations/1763800000000-CreateAuditTrail';

/** The gateway's own schema, `audit`: the hash-chained trail. */
export function createAuditDataSource(url: string) {
  return createSubgraphDataSource({ schema: 'audit', url, entities: [AuditEntry], migrations: [CreateAuditTrail1763800000000], poolSize: 5 });
}
