import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../shared/federation/build-schema';
import { entityReferenceResolvers } from '../../shared/federation/entities';
import { SutTaxpayer } from './taxpayer';
import { SutAttentionReport } from './attention-report';
import { SutAttentionResolver } from './attention-report.resolver';
import { AttentionPointResolver } from './attention-point.resolver';
import { SystemKeyRecoveryResolver } from './system-key-recovery.resolver';
import { SutTaxpayerResolver } from './taxpayer.resolver';
import { RecoveryReferenceResolver } from './recovery-reference.resolver';
// The procedure of seed 001 step by step: the schema lists mutations in the order their modules load.
import { RecoverySubmissionResolver } from './recovery-submission.resolver';
import { RecoveryDecisionResolver } from './recovery-decision.resolver';
import { RecoveryRedemptionResolver } from './recovery-redemption.resolver';
import { SutComplaintResolver } from './complaint.resolver';

export function buildSutSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        AttentionPointResolver,
        SystemKeyRecoveryResolver,
        SutTaxpayerResolver,
        RecoveryReferenceResolver,
        SutAttentionResolver,
        RecoverySubmissionResolver,
        RecoveryDecisionResolver,
        RecoveryRedemptionResolver,
        SutComplaintResolver,
      ],
      orphanedTypes: [SutTaxpayer, SutAttentionReport],
    },
    entityReferenceResolvers,
  );
}
