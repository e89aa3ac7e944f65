import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Access } from '../../shared/auth/access';
import { MonthlyVolume } from '../../shared/attention/monthly-volume';
import { SalAttentionReport as AttentionReport } from './attention-report';
import type { SalContext } from './context';

@Resolver(_of => AttentionReport)
export class SalAttentionResolver {
  @Access({ public: true })
  @FieldResolver(_type => [MonthlyVolume], { description: 'SAL key requests received per month, and complaints.' })
  salAccessKeys(@Root() report: AttentionReport, @Ctx() ctx: SalContext): Promise<MonthlyVolume[]> {
    return ctx.loaders.monthlyVolumes.load({ from: report.from, to: report.to });
  }
}
