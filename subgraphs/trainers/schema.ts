import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../shared/federation/build-schema';
import { entityReferenceResolvers } from '../../shared/federation/entities';
import { TrainersTaxpayer } from './taxpayer';
import { TrainersAttentionReport } from './attention-report';
import { TrainersAttentionResolver } from './attention-report.resolver';
import { TrainersTaxpayerResolver } from './taxpayer.resolver';
import { TrainerCredentialResolver } from './trainer-credential.resolver';
import { CredentialReferenceResolver } from './credential-reference.resolver';
// The procedure of seed 004 step by step: the schema lists mutations in the order their modules load.
import { TrainerQualificationResolver } from './trainer-qualification.resolver';
import { CredentialRequestResolver } from './credential-request.resolver';
import { CredentialIssueResolver } from './credential-issue.resolver';
import { CredentialRevocationResolver } from './credential-revocation.resolver';
import { TrainersComplaintResolver } from './complaint.resolver';

export function buildTrainersSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        TrainerCredentialResolver,
        TrainersTaxpayerResolver,
        TrainersAttentionResolver,
        TrainerQualificationResolver,
        CredentialRequestResolver,
        CredentialIssueResolver,
        CredentialRevocationResolver,
        TrainersComplaintResolver,
        CredentialReferenceResolver,
      ],
      orphanedTypes: [TrainersTaxpayer, TrainersAttentionReport],
    },
    entityReferenceResolvers,
  );
}
