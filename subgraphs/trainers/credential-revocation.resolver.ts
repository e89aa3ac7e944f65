import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Access } from '../../shared/auth/access';
import { requireText } from '../../shared/contact';
import type { TrainersContext } from './context';
import { TrainerIdentificationType } from './enums';
import { withdrawQualification } from './qualified-trainer-state';
import { TrainerCredential } from './trainer-credential';
import { revokeCredentials } from './trainer-credential-state';
import { requireTrainerIdentification } from './trainer-identification';

/** Seed 004, revocation: the MDT withdraws the qualification, and with it every credential. */
@Resolver(_of => TrainerCredential)
export class CredentialRevocationResolver {
  @Access({ scope: 'trainers:decide' })
  @Mutation(_returns => [TrainerCredential], { description: "The MDT withdraws a trainer's qualification: every credential not yet revoked is REVOKED." })
  withdrawTrainerQualification(
    @Arg('cedula', { description: 'Cédula, or a foreign trainer\'s passport or visa number.' }) cedulaInput: string,
    @Arg('reason') reasonInput: string,
    @Ctx() ctx: TrainersContext,
    @Arg('identificationType', _type => TrainerIdentificationType, { nullable: true, description: 'CEDULA when omitted.' }) identificationType?: TrainerIdentificationType | null,
  ): Promise<TrainerCredential[]> {
    const { cedula } = requireTrainerIdentification({ cedula: cedulaInput, identificationType }, { registering: false });
    const reason = requireText('reason', reasonInput, 'el motivo', 1000);
    return ctx.dataSource.transaction(async manager => {
      const now = new Date();
      await withdrawQualification(manager, cedula, reason, now);
      return revokeCredentials(manager, cedula, ctx.identity.subject, reason, now);
    });
  }
}
