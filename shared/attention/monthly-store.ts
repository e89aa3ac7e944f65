import DataLoader from 'dataloader';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { monthOf, monthsBetween, requireMonthRange } from './months';
import { AttentionSource, MonthlyVolume } from './monthly-volume';
import { PUBLIC_SOURCES, publicFigures } from './public-figures';

export interface MonthRange {
  from: string;
  to: string;
}

/**
 * DataLoader batch function: one SQL statement for any number of ranges, answers in key order. The published
 * rows and the live tallies summed per month: roll-ups only, never the request rows.
 */
export async function loadMonthlyVolumes(dataSource: DataSource, ranges: readonly MonthRange[]): Promise<MonthlyVolume[][]> {
  ranges.forEach(r => requireMonthRange(r.from, r.to));
  const from = ranges.reduce((min, r) => (r.from < min ? r.from : min), ranges[0].from);
  const to = ranges.reduce((max, r) => (r.to > max ? r.to : max), ranges[0].to);
  const rows: Array<Pick<MonthlyVolume, 'month' | 'attentions' | 'complaints' | 'source'>> = await dataSource.query(
    `SELECT month, attentions, complaints, source FROM monthly_attention WHERE month BETWEEN $1 AND $2 AND source = ANY($3)
     UNION ALL
     SELECT month, sum(attentions)::int, sum(complaints)::int, 'LIVE' FROM attention_tally WHERE month BETWEEN $1 AND $2 GROUP BY month`,
    [from, to, PUBLIC_SOURCES.filter(source => source !== AttentionSource.LIVE)],
  );
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
 * Adds to Llavero's live count of a month in one statement that never waits: it bumps the month's first tally
 * row no other open transaction holds (SKIP LOCKED), or adds a row when all are held. Requests of the same
 * month, anywhere, never queue on one row; a month has at most as many rows as requests were ever open at once.
 */
const COUNT_LIVE = `WITH free AS (
    SELECT slot FROM attention_tally WHERE month = $1::char(7) ORDER BY slot LIMIT 1 FOR UPDATE SKIP LOCKED),
  bumped AS (
    UPDATE attention_tally t SET attentions = t.attentions + $2::int, complaints = t.complaints + $3::int
      FROM free WHERE t.month = $1::char(7) AND t.slot = free.slot RETURNING t.slot)
  INSERT INTO attention_tally (month, attentions, complaints) SELECT $1::char(7), $2::int, $3::int WHERE NOT EXISTS (SELECT 1 FROM bumped)`;

/**
 * Counts one attention (a request received) in the month of `at`, inside the caller's transaction.
 * A live month's complaints become a recorded 0 rather than "no figure".
 */
export async function recordAttention(manager: EntityManager, at: Date, source: AttentionSource.LIVE | AttentionSource.DEMO = AttentionSource.LIVE): Promise<void> {
  if (source === AttentionSource.LIVE) {
    await manager.query(COUNT_LIVE, [monthOf(at), 1, 0]);
    return;
  }
  // Demo rows are seeded once at start, never on a request's path: one row per month is fine there.
  await manager.query(
    `INSERT INTO monthly_attention (month, attentions, complaints, source) VALUES ($1, 1, 0, 'DEMO')
     ON CONFLICT (month, source) DO UPDATE SET attentions = COALESCE(monthly_attention.attentions, 0) + 1,
       complaints = COALESCE(monthly_attention.complaints, 0)`,
    [monthOf(at)],
  );
}

/** Keeps the complaint (what, who recorded it, when) and counts it in its month, in the caller's transaction. */
export async function recordComplaint(manager: EntityManager, complaint: { summary: string; recordedBy: string; at?: Date }): Promise<void> {
  const at = complaint.at ?? new Date();
  await manager.query('INSERT INTO complaint (summary, recorded_by, recorded_at) VALUES ($1, $2, $3)', [complaint.summary, complaint.recordedBy, at]);
  await manager.query(COUNT_LIVE, [monthOf(at), 0, 1]);
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
