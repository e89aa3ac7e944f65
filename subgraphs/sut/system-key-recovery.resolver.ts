import { Access } from '../../shared/auth/access';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AttentionPoint } from './attention-point';
import type { SutContext } from './context';
import { SystemKeyRecovery } from './system-key-recovery';

@Resolver(_of => SystemKeyRecovery)
export class SystemKeyRecoveryResolver {
  @Access({ scope: 'sut:read' })
  @FieldResolver(_type => AttentionPoint, { nullable: true, description: 'The window where a presencial request was filed.' })
  attentionPoint(@Root() recovery: SystemKeyRecovery, @Ctx() ctx: SutContext): Promise<AttentionPoint | null> | null {
    return recovery.attentionPointCode ? ctx.loaders.attentionPointByCode.load(recovery.attentionPointCode) : null;
  }
}
