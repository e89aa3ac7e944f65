import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../shared/federation/build-schema';
import { entityReferenceResolvers } from '../../shared/federation/entities';
import { SutAttentionReport, SutTaxpayer } from './entities';
import { SutAttentionResolver } from './attention.resolver';
import { AttentionPointResolver } from './attention-point.resolver';
import { SystemKeyRecoveryResolver } from './system-key-recovery.resolver';
import { SutTaxpayerResolver } from './taxpayer.resolver';
import { RecoveryRequestResolver } from './recovery-request.resolver';
import { SutComplaintResolver } from './complaint.resolver';

export function buildSutSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [AttentionPointResolver, SystemKeyRecoveryResolver, SutTaxpayerResolver, SutAttentionResolver, RecoveryRequestResolver, SutComplaintResolver],
      orphanedTypes: [SutTaxpayer, SutAttentionReport],
    },
    entityReferenceResolvers,
  );
}
