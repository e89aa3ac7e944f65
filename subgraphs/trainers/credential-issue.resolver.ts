import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Access } from '../../shared/auth/access';
import { requireRecordId } from '../../shared/identifiers/record-id';
import { enqueueMail } from '../../shared/outbox/outbox';
import type { TrainersContext } from './context';
import { newUnusedCredentialCode } from './credential-code';
import { credentialValidUntil } from './credential-validity';
import { TrainerCredentialStatus as S } from './enums';
import { credentialIssuedMail } from './mail';
import { processConfig } from '../../shared/config';
import { requirePickupMoment } from './pickup-moment';
import { PICKUP_HOURS, PICKUP_OFFICE } from './pickup-office';
import { QualifiedTrainer } from './qualified-trainer';
import { TrainerCredential } from './trainer-credential';
import { moveCredential } from './trainer-credential-state';

/** Seed 004, issue and pickup: the MDT issues the credential; the trainer picks it up in Quito. */
@Resolver(_of => TrainerCredential)
export class CredentialIssueResolver {
  @Access({ scope: 'trainers:decide' })
  @Mutation(_returns => TrainerCredential, { description: 'Issues the credential: a unique, unguessable code with a check character; the trainer is told where to pick it up.' })
  issueTrainerCredential(@Arg('id') id: string, @Ctx() ctx: TrainersContext): Promise<TrainerCredential> {
    const credentialId = requireRecordId(id, 'id');
    return ctx.dataSource.transaction(async manager => {
      const issuedAt = new Date();
      const code = await newUnusedCredentialCode(code => manager.getRepository(TrainerCredential).existsBy({ code }));
      const credential = await moveCredential(manager, credentialId, S.ISSUED, ctx.identity.subject, null, { code, issuedAt, validUntil: credentialValidUntil(issuedAt) });
      const trainer = await manager.getRepository(QualifiedTrainer).findOneByOrFail({ cedula: credential.trainerCedula });
      if (credential.email) await enqueueMail(manager, credentialIssuedMail(credential.email, trainer.names, credential.validUntil!));
      return credential;
    });
  }

  @Access({ scope: 'trainers:write' })
  @Mutation(_returns => TrainerCredential, { description: `Records the pickup at ${PICKUP_OFFICE} as it happens, after issue; the time must fall ${PICKUP_HOURS}.` })
  deliverTrainerCredential(
    @Arg('id') id: string,
    @Arg('deliveredAt', _type => Date, { nullable: true, description: 'When it was picked up, at most a short while ago; now when omitted.' }) deliveredAt: Date | null,
    @Ctx() ctx: TrainersContext,
  ): Promise<TrainerCredential> {
    const now = new Date();
    const credentialId = requireRecordId(id, 'id');
    return ctx.dataSource.transaction(async manager => {
      const issuedAt = (await manager.getRepository(TrainerCredential).findOneBy({ id: credentialId }))?.issuedAt ?? null;
      const at = requirePickupMoment(deliveredAt ?? now, { now, issuedAt, lateRecordingMinutes: processConfig().trainers.pickupLateRecordingMinutes });
      return moveCredential(manager, credentialId, S.DELIVERED, ctx.identity.subject, null, { deliveredAt: at });
    });
  }
}
