import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../shared/federation/build-schema';
import { entityReferenceResolvers } from '../../shared/federation/entities';
import { IessAttentionReport, IessTaxpayer } from './entities';
import { IessAttentionResolver } from './attention.resolver';
import { IessEmployerResolver } from './employer.resolver';
import { IessTaxpayerResolver } from './taxpayer.resolver';
import { IessKeyRequestResolver } from './key-request.resolver';
import { EmployerRegistrationResolver } from './employer-registration.resolver';
import { IessComplaintResolver } from './complaint.resolver';
import { IessRequestDocumentResolver } from './key-request-records';

export function buildIessSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [IessEmployerResolver, IessTaxpayerResolver, IessAttentionResolver, IessKeyRequestResolver, IessRequestDocumentResolver, EmployerRegistrationResolver, IessComplaintResolver], orphanedTypes: [IessTaxpayer, IessAttentionReport] },
    entityReferenceResolvers,
  );
}
