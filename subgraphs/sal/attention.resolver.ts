import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { loadMonthlyVolumes, recordComplaint } from '../../shared/attention/monthly-store';
import { monthOf } from '../../shared/attention/months';
import { Access } from '../../shared/auth/access';
import { requireText } from '../../shared/contact';
import { MonthlyVolume } from '../../shared/attention/monthly-volume';
import { SalAttentionReport as AttentionReport } from './entities';
import type { SalContext } from './context';

@Resolver(_of => AttentionReport)
export class SalAttentionResolver {
  @Access({ public: true })
  @FieldResolver(_type => [MonthlyVolume], { description: 'SAL key requests received per month, and complaints.' })
  salAccessKeys(@Root() report: AttentionReport, @Ctx() ctx: SalContext): Promise<MonthlyVolume[]> {
    return ctx.loaders.monthlyVolumes.load({ from: report.from, to: report.to });
  }

  @Access({ scope: 'sal:write' })
  @Mutation(_returns => MonthlyVolume, { description: "Records a complaint about the SAL key service in the current month; returns the month's figures." })
  async recordSalComplaint(@Arg('summary') summary: string, @Ctx() ctx: SalContext): Promise<MonthlyVolume> {
    const text = requireText('summary', summary, 'el resumen de la queja', 2000);
    const month = monthOf(new Date());
    await ctx.dataSource.transaction(manager => recordComplaint(manager, { summary: text, recordedBy: ctx.identity.subject }));
    const [[volume]] = await loadMonthlyVolumes(ctx.dataSource, [{ from: month, to: month }]);
    return volume;
  }
}
