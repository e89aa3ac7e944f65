import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Access } from '../../shared/auth/access';
import { requireText } from '../../shared/contact';
import { requireRecordId } from '../../shared/identifiers/record-id';
import { enqueueMail } from '../../shared/outbox/outbox';
import type { SutContext } from './context';
import { SystemKeyRecoveryStatus as S } from './enums';
import { recoveryLinkMail, rejectionMail } from './mail';
import { newRecoveryToken, RECOVERY_TOKEN_HOURS } from './recovery-token';
import { SystemKeyRecovery } from './system-key-recovery';
import { decideRecovery } from './system-key-recovery-state';
import { SystemKeyRecoveryToken } from './system-key-recovery-token';

/** Seed 001, decision: the MDT answers with the recovery e-mail, or rejects the request with a reason. */
@Resolver(_of => SystemKeyRecovery)
export class RecoveryDecisionResolver {
  @Access({ scope: 'sut:decide' })
  @Mutation(_returns => SystemKeyRecovery, { description: `Resolves the request: e-mails a single-use recovery link (${RECOVERY_TOKEN_HOURS} hours; only its SHA-256 is kept).` })
  resolveSystemKeyRecovery(@Arg('id') id: string, @Ctx() ctx: SutContext): Promise<SystemKeyRecovery> {
    const recoveryId = requireRecordId(id, 'id');
    return ctx.dataSource.transaction(async manager => {
      const recovery = await decideRecovery(manager, recoveryId, S.RESOLVED, ctx.identity.subject, null);
      const { token, tokenSha256, expiresAt } = newRecoveryToken();
      await manager.getRepository(SystemKeyRecoveryToken).insert({ recoveryId, tokenSha256, expiresAt });
      await enqueueMail(manager, recoveryLinkMail(recovery.contactEmail, recovery.system, recovery.requesterRuc, token));
      return recovery;
    });
  }

  @Access({ scope: 'sut:decide' })
  @Mutation(_returns => SystemKeyRecovery, { description: 'Rejects the request with a reason (e.g. the RUC is not active per its certificate; a document is illegible).' })
  rejectSystemKeyRecovery(@Arg('id') id: string, @Arg('reason') reason: string, @Ctx() ctx: SutContext): Promise<SystemKeyRecovery> {
    const text = requireText('reason', reason, 'el motivo del rechazo', 1000);
    const recoveryId = requireRecordId(id, 'id');
    return ctx.dataSource.transaction(async manager => {
      const recovery = await decideRecovery(manager, recoveryId, S.REJECTED, ctx.identity.subject, text);
      await enqueueMail(manager, rejectionMail(recovery.contactEmail, recovery.system, recovery.requesterRuc, text));
      return recovery;
    });
  }
}
