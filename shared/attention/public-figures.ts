import { AttentionSource } from './monthly-volume';

/** The sources the public report may read, in order of precedence: the institution's table, then Llavero's count. */
export const PUBLIC_SOURCES: readonly AttentionSource[] = [AttentionSource.TRANSPARENCY, AttentionSource.LIVE];

/** One figure per month for the public report: published beats counted; demo rows never count. */
export function publicFigures<T extends { month: string; source: AttentionSource | null }>(rows: readonly T[]): Map<string, T> {
  const byMonth = new Map<string, T>();
  for (const row of rows) {
    if (!row.source || !PUBLIC_SOURCES.includes(row.source)) continue;
    const kept = byMonth.get(row.month);
    if (!kept || PUBLIC_SOURCES.indexOf(row.source) < PUBLIC_SOURCES.indexOf(kept.source!)) byMonth.set(row.month, row);
  }
  return byMonth;
}
