import { Public } from '../../shared/auth/access';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { AttentionPoint } from './attention-point';
import type { SutContext } from './context';
import { requireRegional } from './mdt-regionals';

@Resolver(_of => AttentionPoint)
export class AttentionPointResolver {
  @Public()
  @Query(_returns => [AttentionPoint], { description: 'MDT regional offices and delegations (seed 001), optionally of one regional.' })
  attentionPoints(@Arg('regional', _type => Int, { nullable: true }) regional: number | null, @Ctx() ctx: SutContext): Promise<AttentionPoint[]> {
    const only = requireRegional(regional);
    return ctx.dataSource.getRepository(AttentionPoint).find({
      where: only ? { regional: only } : {},
      order: { regional: 'ASC', kind: 'DESC', city: 'ASC' },
    });
  }
}
