import { Public } from '../../shared/auth/access';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { badUserInput } from '../../shared/errors';
import { AttentionPoint } from './attention-point';
import type { SutContext } from './context';

@Resolver(_of => AttentionPoint)
export class AttentionPointResolver {
  @Public()
  @Query(_returns => [AttentionPoint], { description: 'MDT regional offices and delegations (seed 001), optionally of one regional.' })
  attentionPoints(@Arg('regional', _type => Int, { nullable: true }) regional: number | null, @Ctx() ctx: SutContext): Promise<AttentionPoint[]> {
    if (regional !== null && regional !== undefined && (regional < 1 || regional > 7)) {
      throw badUserInput('regional', `La regional ${regional} no existe: el Ministerio del Trabajo tiene las regionales 1 a 7.`);
    }
    return ctx.dataSource.getRepository(AttentionPoint).find({
      where: regional ? { regional } : {},
      order: { regional: 'ASC', kind: 'DESC', city: 'ASC' },
    });
  }
}
