import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { Access, type AuthContext } from '../auth/access';
import { requireText } from '../contact';
import { loadMonthlyVolumes, recordComplaint } from './monthly-store';
import { monthOf } from './months';
import { MonthlyVolume } from './monthly-volume';

/** The `record<Service>Complaint` mutation every service has: keeps the complaint, counts it in its month. */
export function complaintResolver(options: { mutation: string; scope: string; serviceLabel: string }) {
  @Resolver()
  class ComplaintResolver {
    @Access({ scope: options.scope })
    @Mutation(_returns => MonthlyVolume, { name: options.mutation, description: `Records a complaint about ${options.serviceLabel}; returns the current month's figures.` })
    async record(@Arg('summary') summary: string, @Ctx() ctx: AuthContext & { dataSource: DataSource }): Promise<MonthlyVolume> {
      const text = requireText('summary', summary, 'el resumen de la queja', 2000);
      await ctx.dataSource.transaction(manager => recordComplaint(manager, { summary: text, recordedBy: ctx.identity.subject }));
      const month = monthOf(new Date());
      const [[volume]] = await loadMonthlyVolumes(ctx.dataSource, [{ from: month, to: month }]);
      return volume;
    }
  }
  return ComplaintResolver;
}
