import { createSubgraphDataSource } from '../../shared/database/data-source';
import { runtimeRoleMigration } from '../../shared/database/runtime-role';
import { AuditEntry } from './audit-entry';
import { CreateAuditTrail1763800000000 } from './migrations/1763800000000-CreateAuditTrail';
import { AuditChainPerWriter1763900000000 } from './migrations/1763900000000-AuditChainPerWriter';

/** The gateway's runtime role may only append to the trail and read it. */
const RuntimeRole = runtimeRoleMigration('audit', 1763990000000, { kind: 'insert-select', tables: ['audit_entry'], sequences: ['audit_entry_id_seq'] });

/** The gateway's own schema, `audit`: the hash-chained trail. */
export function createAuditDataSource(url: string) {
  return createSubgraphDataSource({
    schema: 'audit',
    url,
    entities: [AuditEntry],
    migrations: [CreateAuditTrail1763800000000, AuditChainPerWriter1763900000000, RuntimeRole],
    poolSize: 5,
  });
}
