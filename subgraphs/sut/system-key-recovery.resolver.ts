import { Access } from '../../shared/auth/access';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AttentionPoint } from './attention-point';
import type { SutContext } from './context';
import type { RecoveryLink } from './loaders';
import { RECOVERY_TOKEN_HOURS } from './recovery-token';
import { SystemKeyRecovery } from './system-key-recovery';
import { SystemKeyRecoveryDocument } from './system-key-recovery-document';
import { SystemKeyRecoveryEvent } from './system-key-recovery-event';

/** The recovery as it is read: where it was filed, its documents and its history. */
@Resolver(_of => SystemKeyRecovery)
export class SystemKeyRecoveryResolver {
  @Access({ scope: 'sut:read' })
  @FieldResolver(_type => AttentionPoint, { nullable: true, description: 'The window where a presencial request was filed.' })
  attentionPoint(@Root() recovery: SystemKeyRecovery, @Ctx() ctx: SutContext): Promise<AttentionPoint | null> | null {
    return recovery.attentionPointCode ? ctx.loaders.attentionPointByCode.load(recovery.attentionPointCode) : null;
  }

  @Access({ scope: 'sut:read' })
  @FieldResolver(_type => [SystemKeyRecoveryDocument], { description: 'Documents received: names, types, sizes, SHA-256.' })
  documents(@Root() recovery: SystemKeyRecovery, @Ctx() ctx: SutContext): Promise<SystemKeyRecoveryDocument[]> {
    return ctx.loaders.documentsByRecovery.load(recovery.id);
  }

  @Access({ scope: 'sut:read' })
  @FieldResolver(_type => [SystemKeyRecoveryEvent], { description: 'Status history: who, when, from which status to which.' })
  history(@Root() recovery: SystemKeyRecovery, @Ctx() ctx: SutContext): Promise<SystemKeyRecoveryEvent[]> {
    return ctx.loaders.eventsByRecovery.load(recovery.id);
  }

  @Access({ scope: 'sut:read' })
  @FieldResolver(_type => Date, {
    nullable: true,
    description: 'When the 24-hour recovery / regeneration link e-mailed on resolution expires; null until resolved. Past this moment (or once used) the link no longer works: a new request is needed.',
  })
  async linkExpiresAt(@Root() recovery: SystemKeyRecovery, @Ctx() ctx: SutContext): Promise<Date | null> {
    // A recovery resolved without a stored link (demo data) had its link's 24 hours from the resolution.
    const fromResolution = recovery.resolvedAt ? new Date(recovery.resolvedAt.getTime() + RECOVERY_TOKEN_HOURS * 3_600_000) : null;
    return (await this.link(recovery, ctx))?.expiresAt ?? (recovery.status === 'RESOLVED' ? fromResolution : null);
  }

  @Access({ scope: 'sut:read' })
  @FieldResolver(_type => Date, { nullable: true, description: 'When the e-mailed link was used (it works once); null while unused.' })
  async linkUsedAt(@Root() recovery: SystemKeyRecovery, @Ctx() ctx: SutContext): Promise<Date | null> {
    return (await this.link(recovery, ctx))?.usedAt ?? null;
  }

  private link(recovery: SystemKeyRecovery, ctx: SutContext): Promise<RecoveryLink | null> | null {
    return recovery.status === 'RESOLVED' ? ctx.loaders.linkByRecovery.load(recovery.id) : null;
  }
}
