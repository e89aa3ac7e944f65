import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { recordAttention } from '../../shared/attention/monthly-store';
import { Access } from '../../shared/auth/access';
import { requireEmail } from '../../shared/contact';
import { requireValidRuc } from '../../shared/identifiers';
import type { SutContext } from './context';
import { assertKnownAttentionPoint, requireChannelDetails } from './recovery-channel';
import { SystemKeyRecovery } from './system-key-recovery';
import { receiveSystemKeyRecoveryDocuments, storeSystemKeyRecoveryDocuments } from './system-key-recovery-documents';
import { SubmitSystemKeyRecoveryInput } from './system-key-recovery.inputs';
import { openRecovery } from './system-key-recovery-state';

/** Seed 001, submission: the request is filed at an MDT window, arrives through Quipux or is taken by phone, with its two documents. */
@Resolver(_of => SystemKeyRecovery)
export class RecoverySubmissionResolver {
  @Access({ scope: 'sut:write' })
  @Mutation(_returns => SystemKeyRecovery, { description: 'Records a SUT / Salarios en Línea key-recovery request with its two documents; counts as an attention.' })
  submitSystemKeyRecovery(@Arg('input') input: SubmitSystemKeyRecoveryInput, @Ctx() ctx: SutContext): Promise<SystemKeyRecovery> {
    const ruc = requireValidRuc(input.requesterRuc, 'requesterRuc').ruc;
    const email = requireEmail('contactEmail', input.contactEmail);
    const channel = requireChannelDetails(input.channel, input);
    const documents = receiveSystemKeyRecoveryDocuments(input.documents);
    return ctx.dataSource.transaction(async manager => {
      await assertKnownAttentionPoint(manager, channel);
      const recovery = await openRecovery(manager, { requesterRuc: ruc, system: input.system, channel: input.channel, ...channel, contactEmail: email, recordedBy: ctx.identity.subject });
      await storeSystemKeyRecoveryDocuments(manager, recovery.id, documents);
      await recordAttention(manager, recovery.receivedAt);
      return recovery;
    });
  }
}
