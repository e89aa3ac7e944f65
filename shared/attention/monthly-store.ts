import DataLoader from 'dataloader';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { monthOf, monthsBetween, requireMonthRange } from './months';
import { AttentionSource, MonthlyVolume } from './monthly-volume';
import { PUBLIC_SOURCES, publicFigures } from './public-figures';

export interface MonthRange {
  from: string;
  to: string;
}

/** DataLoader batch function: one SQL statement for any number of ranges, answers in key order. */
export async function loadMonthlyVolumes(dataSource: DataSource, ranges: readonly MonthRange[]): Promise<MonthlyVolume[][]> {
  ranges.forEach(r => requireMonthRange(r.from, r.to));
  const from = ranges.reduce((min, r) => (r.from < min ? r.from : min), ranges[0].from);
  const to = ranges.reduce((max, r) => (r.to > max ? r.to : max), ranges[0].to);
  const rows = await dataSource
    .getRepository(MonthlyVolume)
    .createQueryBuilder('m')
    .where('m.month BETWEEN :from AND :to', { from, to })
    .andWhere('m.source IN (:...sources)', { sources: PUBLIC_SOURCES })
    .getMany();
  const byMonth = publicFigures(rows);
  return ranges.map(r =>
    monthsBetween(r.from, r.to).map(month => {
      const row = byMonth.get(month);
      return Object.assign(new MonthlyVolume(), {
        month,
        attentions: row?.attentions ?? null,
        complaints: row?.complaints ?? null,
        source: row?.source ?? null,
      });
    }),
  );
}

/**
 * Counts one attention (a request received) in the month of `at`, inside the caller's transaction.
 * A live month's complaints become a recorded 0 rather than "no figure".
 */
export async function recordAttention(manager: EntityManager, at: Date, source: AttentionSource.LIVE | AttentionSource.DEMO = AttentionSource.LIVE): Promise<void> {
  await manager.query(
    `INSERT INTO monthly_attention (month, attentions, complaints, source) VALUES ($1, 1, 0, $2)
     ON CONFLICT (month, source) DO UPDATE SET attentions = COALESCE(monthly_attention.attentions, 0) + 1,
       complaints = COALESCE(monthly_attention.complaints, 0)`,
    [monthOf(at), source],
  );
}

/** Keeps the complaint (what, who recorded it, when) and counts it in its month, in the caller's transaction. */
export async function recordComplaint(manager: EntityManager, complaint: { summary: string; recordedBy: string; at?: Date }): Promise<void> {
  const at = complaint.at ?? new Date();
  await manager.query('INSERT INTO complaint (summary, recorded_by, recorded_at) VALUES ($1, $2, $3)', [complaint.summary, complaint.recordedBy, at]);
  await manager.query(
    `INSERT INTO monthly_attention (month, attentions, complaints, source) VALUES ($1, 0, 1, 'LIVE')
     ON CONFLICT (month, source) DO UPDATE SET complaints = COALESCE(monthly_attention.complaints, 0) + 1,
       attentions = COALESCE(monthly_attention.attentions, 0)`,
    [monthOf(at)],
  );
}

export interface PublishedMonth {
  month: string;
  complaints: number;
  attentions: number;
}

/** Imports a published transparency table exactly as printed; months it lacks stay absent (null). A month
 * Llavero already counted is replaced in the report, and the change recorded (monthly_attention_change). */
export async function importTransparencyTable(runner: QueryRunner, rows: readonly PublishedMonth[]): Promise<void> {
  for (const row of rows) {
    await runner.query(
      `INSERT INTO monthly_attention (month, attentions, complaints, source) VALUES ($1, $2, $3, 'TRANSPARENCY')
       ON CONFLICT (month, source) DO NOTHING`,
      [row.month, row.attentions, row.complaints],
    );
  }
}

/** The per-request loader every subgraph's AttentionReport field uses. */
export function createMonthlyVolumeLoader(dataSource: DataSource) {
  return new DataLoader<MonthRange, MonthlyVolume[], string>(ranges => loadMonthlyVolumes(dataSource, ranges), {
    cacheKeyFn: range => `${range.from}..${range.to}`,
  });
}
