import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../shared/federation/build-schema';
import { AttentionReport, Taxpayer, attentionReportReference, taxpayerReference } from '../../shared/federation/entities';
import { SalAttentionResolver } from './attention.resolver';
import { SalInstitutionResolver } from './institution.resolver';
import { SalTaxpayerResolver } from './taxpayer.resolver';

export function buildSalSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [SalInstitutionResolver, SalTaxpayerResolver, SalAttentionResolver], orphanedTypes: [Taxpayer, AttentionReport] },
    {
      Taxpayer: { __resolveReference: taxpayerReference },
      AttentionReport: { __resolveReference: attentionReportReference },
    },
  );
}
