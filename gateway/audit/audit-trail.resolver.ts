import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Access } from '../../shared/auth/access';
import { badUserInput } from '../../shared/errors';
import { requireValidRuc } from '../../shared/identifiers';
import type { DossierContext } from '../dossier/context';
import { verifyAuditTrail } from './audit-verification';
import { AuditEntry } from './audit-entry';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

@ObjectType({ description: 'Result of checking the audit hash chains against their signed checkpoints.' })
class AuditChainStatus {
  @Access({ scope: 'audit:read' })
  @Field()
  intact!: boolean;

  @Access({ scope: 'audit:read' })
  @Field(_type => Int)
  checkedEntries!: number;

  @Access({ scope: 'audit:read' })
  @Field(_type => Int, { description: 'Chains checked (one per gateway process that wrote).' })
  chains!: number;

  @Access({ scope: 'audit:read' })
  @Field(_type => [String], { description: 'Every problem found: broken links, altered entries, a deleted tail (against the signed checkpoints), forged checkpoints, append-only triggers missing or switched off.' })
  problems!: string[];

  @Access({ scope: 'audit:read' })
  @Field(_type => Int, { nullable: true, description: 'First entry whose link or content is broken.' })
  firstBrokenEntry!: number | null;

  @Access({ scope: 'audit:read' })
  @Field(_type => String, { nullable: true })
  reason!: string | null;
}

@Resolver(_of => AuditEntry)
export class AuditTrailResolver {
  @Access({ scope: 'audit:read' })
  @Query(_returns => [AuditEntry], { description: "Audit trail, oldest first: reads and writes between two days ('YYYY-MM-DD', Ecuador time, both included), optionally of one RUC." })
  async auditTrail(
    @Arg('from') from: string,
    @Arg('to') to: string,
    @Arg('ruc', _type => String, { nullable: true }) ruc: string | null,
    @Arg('limit', _type => Int, { defaultValue: 200 }) limit: number,
    @Ctx() ctx: DossierContext,
  ): Promise<AuditEntry[]> {
    if (!DAY.test(from)) throw badUserInput('from', `La fecha inicial "${from}" no es válida: use AAAA-MM-DD.`);
    if (!DAY.test(to)) throw badUserInput('to', `La fecha final "${to}" no es válida: use AAAA-MM-DD.`);
    if (from > to) throw badUserInput('from', `La fecha inicial (${from}) es posterior a la final (${to}).`);
    if (limit < 1 || limit > 5000) throw badUserInput('limit', 'El límite debe estar entre 1 y 5000 entradas.');
    const query = ctx.auditDataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('e')
      .where(`e.occurred_at >= (:from::date)::timestamp AT TIME ZONE 'America/Guayaquil'`, { from })
      .andWhere(`e.occurred_at < ((:to::date + 1)::timestamp AT TIME ZONE 'America/Guayaquil')`, { to })
      .orderBy('e.id', 'ASC')
      .take(limit);
    if (ruc) query.andWhere(':ruc = ANY(e.rucs)', { ruc: requireValidRuc(ruc).ruc });
    return query.getMany();
  }

  @Access({ scope: 'audit:read' })
  @Query(_returns => AuditChainStatus, { description: 'Checks every audit hash chain now against the signed checkpoints, and the append-only triggers (as `npm run audit:verify` does).' })
  async auditChainStatus(@Ctx() ctx: DossierContext): Promise<AuditChainStatus> {
    const report = await verifyAuditTrail(ctx.auditDataSource, [ctx.auditChainKey, ...ctx.previousAuditChainKeys], await ctx.auditCheckpoints.load());
    const [first] = report.problems;
    return {
      intact: report.intact,
      checkedEntries: report.checkedEntries,
      chains: report.chains.length,
      firstBrokenEntry: first?.entry ?? null,
      reason: first?.message ?? null,
      problems: report.problems.map(p => p.message),
    };
  }
}
