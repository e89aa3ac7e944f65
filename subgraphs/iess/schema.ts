import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../shared/federation/build-schema';
import { entityReferenceResolvers } from '../../shared/federation/entities';
import { IessTaxpayer } from './taxpayer';
import { IessAttentionReport } from './attention-report';
import { IessAttentionResolver } from './attention-report.resolver';
import { IessEmployerResolver } from './employer.resolver';
import { IessTaxpayerResolver } from './taxpayer.resolver';
import { IessKeyRequestResolver } from './key-request.resolver';
import { EmployerRegistrationResolver } from './employer-registration.resolver';
import { IessComplaintResolver } from './complaint.resolver';
import { IessRequestDocumentResolver } from './key-request-document.resolver';

export function buildIessSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [IessEmployerResolver, IessTaxpayerResolver, IessAttentionResolver, IessKeyRequestResolver, IessRequestDocumentResolver, EmployerRegistrationResolver, IessComplaintResolver], orphanedTypes: [IessTaxpayer, IessAttentionReport] },
    entityReferenceResolvers,
  );
}
