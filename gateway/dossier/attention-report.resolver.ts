import { Public } from '../../shared/auth/access';
import { FieldResolver, Resolver, Root } from 'type-graphql';
import { monthsBetween } from '../../shared/attention/months';
import { DossierAttentionReport as AttentionReport } from './entities';

@Resolver(_of => AttentionReport)
export class AttentionReportMonthsResolver {
  @Public()
  @FieldResolver(_type => [String], { description: "Every month of the range, 'YYYY-MM', in order: the rows each service list has." })
  months(@Root() report: AttentionReport): string[] {
    return monthsBetween(report.from, report.to);
  }
}
