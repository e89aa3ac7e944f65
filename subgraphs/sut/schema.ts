import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../shared/federation/build-schema';
import { AttentionReport, Taxpayer, attentionReportReference, taxpayerReference } from '../../shared/federation/entities';
import { SutAttentionResolver } from './attention.resolver';
import { AttentionPointResolver } from './attention-point.resolver';
import { SystemKeyRecoveryResolver } from './system-key-recovery.resolver';
import { SutTaxpayerResolver } from './taxpayer.resolver';

export function buildSutSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [AttentionPointResolver, SystemKeyRecoveryResolver, SutTaxpayerResolver, SutAttentionResolver],
      orphanedTypes: [Taxpayer, AttentionReport],
    },
    {
      Taxpayer: { __resolveReference: taxpayerReference },
      AttentionReport: { __resolveReference: attentionReportReference },
    },
  );
}
