import type { DataSource } from 'typeorm';
import type { AuthContext } from '../shared/auth/access';
import type { AuditWriter } from './audit/audit-writer';
import type { DossierContext } from './dossier/context';

/** What the audit has recorded of one request, so a refusal is never recorded twice or missed. */
export interface RequestAudit {
  written: boolean;
  /** A mutation's INTENT entry is on record: its end is recorded as its OUTCOME. */
  intentWritten?: boolean;
  /** Why the request was refused before GraphQL ran (RATE_LIMITED, BODY_TOO_LARGE …), for its REFUSAL entry. */
  refusalCode?: string;
}

/** Per-request context of the gateway, also handed to the in-process dossier subgraph. */
export interface GatewayContext extends AuthContext, DossierContext {
  /** Services a request reached (filled by the subgraph data sources), for the audit trail. */
  services: Set<string>;
  auditDataSource: DataSource;
  auditChainKey: string;
  /** Keys of chains written before a rotation: verification only. */
  previousAuditChainKeys: string[];
  auditWriter: AuditWriter;
  /** The caller's network address as the gateway sees it (TRUST_PROXY decides whether X-Forwarded-For counts). */
  clientAddress: string | null;
  /** Valid RUCs the operation names anywhere (fragments, defaults included), normalised, measured by the limits plugin. */
  rucs?: string[];
  audit: RequestAudit;
}
