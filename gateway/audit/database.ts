import { createSubgraphDataSource } from '../../shared/database/data-source';
import { AuditEntry } from './audit-entry';
import { CreateAuditTrail1763800000000 } from './migrations/1763800000000-CreateAuditTrail';
import { AuditChainPerWriter1763900000000 } from './migrations/1763900000000-AuditChainPerWriter';
import { RuntimeRoleAudit1763990000000 } from './migrations/1763990000000-RuntimeRoleAudit';
import { ConstanciaRecord1764100000000 } from './migrations/1764100000000-ConstanciaRecord';

/** The gateway's own schema, `audit`: the hash-chained trail, and the constancias issued. */
export function createAuditDataSource(url: string) {
  return createSubgraphDataSource({
    schema: 'audit',
    url,
    entities: [AuditEntry],
    migrations: [CreateAuditTrail1763800000000, AuditChainPerWriter1763900000000, RuntimeRoleAudit1763990000000, ConstanciaRecord1764100000000],
    poolSize: 5,
  });
}
