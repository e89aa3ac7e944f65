import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { recordAttention } from '../../shared/attention/monthly-store';
import { Access } from '../../shared/auth/access';
import { requireEmail } from '../../shared/contact';
import type { TrainersContext } from './context';
import { TrainerCredential } from './trainer-credential';
import { receiveTrainerCredentialDocuments, storeTrainerCredentialDocuments } from './trainer-credential-documents';
import { RequestTrainerCredentialInput } from './trainer-credential.inputs';
import { assertMayRequestCredential, openCredential } from './trainer-credential-state';
import { requireTrainerIdentification } from './trainer-identification';

/** Seed 004, request: the trainer asks for the credential, online or by e-mail. */
@Resolver(_of => TrainerCredential)
export class CredentialRequestResolver {
  @Access({ scope: 'trainers:write' })
  @Mutation(_returns => TrainerCredential, { description: 'Requests the credential with the photograph (JPG) and the qualification resolution (PDF); counts as an attention.' })
  requestTrainerCredential(@Arg('input') input: RequestTrainerCredentialInput, @Ctx() ctx: TrainersContext): Promise<TrainerCredential> {
    const { cedula, identificationType } = requireTrainerIdentification(input, { registering: false });
    const email = requireEmail('email', input.email);
    const documents = receiveTrainerCredentialDocuments(input);
    return ctx.dataSource.transaction(async manager => {
      await assertMayRequestCredential(manager, cedula, identificationType);
      const credential = await openCredential(manager, { trainerCedula: cedula, channel: input.channel, email, requestedBy: ctx.identity.subject });
      await storeTrainerCredentialDocuments(manager, credential.id, documents);
      await recordAttention(manager, credential.requestedAt);
      return credential;
    });
  }
}
