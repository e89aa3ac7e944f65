import { Public } from '../../shared/auth/access';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { MonthlyVolume } from '../../shared/attention/monthly-volume';
import { IessAttentionReport as AttentionReport } from './attention-report';
import type { IessContext } from './context';

@Resolver(_of => AttentionReport)
export class IessAttentionResolver {
  @Public()
  @FieldResolver(_type => [MonthlyVolume], { description: 'Clave patronal requests and attended appointments per month, and complaints.' })
  iessEmployerKeys(@Root() report: AttentionReport, @Ctx() ctx: IessContext): Promise<MonthlyVolume[]> {
    return ctx.loaders.monthlyVolumes.load({ from: report.from, to: report.to });
  }
}
