import { Public } from '../../shared/auth/access';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { MonthlyVolume } from '../../shared/attention/monthly-volume';
import { SutAttentionReport as AttentionReport } from './attention-report';
import type { SutContext } from './context';

@Resolver(_of => AttentionReport)
export class SutAttentionResolver {
  @Public()
  @FieldResolver(_type => [MonthlyVolume], {
    description: 'Key-recovery attentions per month: the published transparency table of seed 001, then live counts.',
  })
  systemKeyRecovery(@Root() report: AttentionReport, @Ctx() ctx: SutContext): Promise<MonthlyVolume[]> {
    return ctx.loaders.monthlyVolumes.load({ from: report.from, to: report.to });
  }
}
