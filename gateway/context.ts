import type { DataSource } from 'typeorm';
import type { AuthContext } from '../shared/auth/access';

/** Per-request context of the gateway, also handed to the in-process dossier subgraph. */
export interface GatewayContext extends AuthContext {
  /** Services a request reached (filled by the subgraph data sources), for the audit trail. */
  services: Set<string>;
  auditDataSource: DataSource;
  auditChainKey: string;
  /** RUCs the operation names anywhere (fragments included), measured by the limits plugin. */
  rucs?: string[];
  /** Set once the request's audit entry is written, so a refusal is never recorded twice or missed. */
  audit: { written: boolean };
}
