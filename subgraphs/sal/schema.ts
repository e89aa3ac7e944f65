import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../shared/federation/build-schema';
import { entityReferenceResolvers } from '../../shared/federation/entities';
import { SalTaxpayer } from './taxpayer';
import { SalAttentionReport } from './attention-report';
import { SalAttentionResolver } from './attention-report.resolver';
import { SalInstitutionResolver } from './institution.resolver';
import { SalTaxpayerResolver } from './taxpayer.resolver';
import { SalKeyRequestResolver } from './key-request.resolver';
import { SalSignInResolver } from './sign-in.resolver';
import { SalKeyRecoveryResolver } from './key-recovery.resolver';
import { SalComplaintResolver } from './complaint.resolver';
import { SalRequestDocumentResolver } from './request-document.resolver';
import { SalAccessKeyResolver } from './access-key.resolver';
import { SalKeyRequestReferenceResolver } from './key-request-reference.resolver';

// Imports in the order the types were first registered: the printed schema (schema/sal.graphql) follows it.
export function buildSalSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        SalInstitutionResolver,
        SalTaxpayerResolver,
        SalAttentionResolver,
        SalKeyRequestResolver,
        SalRequestDocumentResolver,
        SalSignInResolver,
        SalKeyRecoveryResolver,
        SalComplaintResolver,
        SalAccessKeyResolver,
        SalKeyRequestReferenceResolver,
      ],
      orphanedTypes: [SalTaxpayer, SalAttentionReport],
    },
    entityReferenceResolvers,
  );
}
