import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../shared/federation/build-schema';
import { AttentionReport, Taxpayer, attentionReportReference, taxpayerReference } from '../../shared/federation/entities';
import { TrainersAttentionResolver } from './attention.resolver';
import { TrainersTaxpayerResolver } from './taxpayer.resolver';
import { TrainerCredentialResolver } from './trainer-credential.resolver';

export function buildTrainersSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [TrainerCredentialResolver, TrainersTaxpayerResolver, TrainersAttentionResolver], orphanedTypes: [Taxpayer, AttentionReport] },
    {
      Taxpayer: { __resolveReference: taxpayerReference },
      AttentionReport: { __resolveReference: attentionReportReference },
    },
  );
}
