import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../shared/federation/build-schema';
import { entityReferenceResolvers } from '../../shared/federation/entities';
import { AttentionReportMonthsResolver } from './attention-report.resolver';
import { DossierResolver } from './dossier.resolver';
import { AuditTrailResolver } from '../audit/audit-trail.resolver';

/** The `dossier` subgraph: root queries and RUC facts, served in the gateway process (no HTTP hop). */
export function buildDossierSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [DossierResolver, AttentionReportMonthsResolver, AuditTrailResolver] },
    entityReferenceResolvers,
  );
}
