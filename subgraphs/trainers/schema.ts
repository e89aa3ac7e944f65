import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../shared/federation/build-schema';
import { entityReferenceResolvers } from '../../shared/federation/entities';
import { TrainersAttentionReport, TrainersTaxpayer } from './entities';
import { TrainersAttentionResolver } from './attention.resolver';
import { TrainersTaxpayerResolver } from './taxpayer.resolver';
import { TrainerCredentialResolver } from './trainer-credential.resolver';
import { CredentialLifecycleResolver } from './credential-lifecycle.resolver';
import { TrainersComplaintResolver } from './complaint.resolver';

export function buildTrainersSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [TrainerCredentialResolver, TrainersTaxpayerResolver, TrainersAttentionResolver, CredentialLifecycleResolver, TrainersComplaintResolver], orphanedTypes: [TrainersTaxpayer, TrainersAttentionReport] },
    entityReferenceResolvers,
  );
}
