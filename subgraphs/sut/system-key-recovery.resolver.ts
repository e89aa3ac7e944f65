import { Access } from '../../shared/auth/access';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AttentionPoint } from './attention-point';
import type { SutContext } from './context';
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
}
