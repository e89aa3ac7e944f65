import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../shared/federation/build-schema';
import { entityReferenceResolvers } from '../../shared/federation/entities';
import { SalAttentionReport, SalTaxpayer } from './entities';
import { SalAttentionResolver } from './attention.resolver';
import { SalInstitutionResolver } from './institution.resolver';
import { SalTaxpayerResolver } from './taxpayer.resolver';
import { SalKeyRequestResolver } from './key-request.resolver';
import { SalSignInResolver } from './sign-in.resolver';
import { SalComplaintResolver } from './complaint.resolver';
import { SalRequestDocumentResolver } from './request-document';

export function buildSalSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [SalInstitutionResolver, SalTaxpayerResolver, SalAttentionResolver, SalKeyRequestResolver, SalRequestDocumentResolver, SalSignInResolver, SalComplaintResolver], orphanedTypes: [SalTaxpayer, SalAttentionReport] },
    entityReferenceResolvers,
  );
}
