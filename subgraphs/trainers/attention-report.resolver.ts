import { Public } from '../../shared/auth/access';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { MonthlyVolume } from '../../shared/attention/monthly-volume';
import { TrainersAttentionReport as AttentionReport } from './attention-report';
import type { TrainersContext } from './context';

@Resolver(_of => AttentionReport)
export class TrainersAttentionResolver {
  @Public()
  @FieldResolver(_type => [MonthlyVolume], {
    description: 'Credential attentions per month: the published transparency table of seed 004, then live counts.',
  })
  trainerCredentials(@Root() report: AttentionReport, @Ctx() ctx: TrainersContext): Promise<MonthlyVolume[]> {
    return ctx.loaders.monthlyVolumes.load({ from: report.from, to: report.to });
  }
}
