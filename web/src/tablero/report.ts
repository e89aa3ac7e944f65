import { graphql, type GraphQLError } from '../api';

// The public attention report: what the gateway answers, read service by service, so one service
// that is down becomes "no disponible" for that service alone and the others still show.

export type Source = 'TRANSPARENCY' | 'LIVE' | 'DEMO';

export interface Volume {
  month: string;
  attentions: number | null;
  complaints: number | null;
  source: Source | null;
}

export const SERVICES = [
  { key: 'salAccessKeys', title: 'SAL · claves UATH' },
  { key: 'systemKeyRecovery', title: 'SUT / Salarios en Línea · recuperación de claves' },
  { key: 'trainerCredentials', title: 'Capacitadores independientes · credenciales' },
  { key: 'iessEmployerKeys', title: 'IESS · clave patronal' },
] as const;

export type ServiceKey = (typeof SERVICES)[number]['key'];
export type Service = (typeof SERVICES)[number];

/** The enum's meanings (schema/supergraph.graphql), in Spanish: short for the table, long for sentences. */
export const SOURCE_LABEL: Record<Source, { short: string; long: string }> = {
  TRANSPARENCY: { short: 'Tabla publicada', long: 'tabla de transparencia publicada por la institución' },
  LIVE: { short: 'Conteo de Llavero', long: 'conteo propio de Llavero' },
  DEMO: { short: 'Demostración', long: 'datos de demostración' },
};

export type Series = { available: true; rows: Volume[] } | { available: false; message: string };

export interface Report {
  months: string[];
  series: Record<ServiceKey, Series>;
}

export type ReportAnswer = { report: Report } | { error: string; field?: string };

const QUERY = `query Tablero($from: String!, $to: String!) { attentionReport(from: $from, to: $to) {
  months
  ${SERVICES.map(s => `${s.key} { month attentions complaints source }`).join('\n  ')} } }`;

type Raw = { months: string[] } & Partial<Record<ServiceKey, Volume[] | null>>;

function unavailable(error: GraphQLError | undefined): Series {
  const reason = error?.extensions?.code === 'SERVICE_UNAVAILABLE' ? 'el servicio no respondió' : 'el servicio devolvió un error';
  return { available: false, message: `No disponible: ${reason}. Las demás cifras se muestran.` };
}

export async function fetchReport(from: string, to: string): Promise<ReportAnswer> {
  const result = await graphql<{ attentionReport: Raw | null }>(QUERY, { from, to }, { timeoutMs: 15000 });
  if (result.failure) return { error: result.failure.message };
  const raw = result.data?.attentionReport;
  if (!raw) {
    const error = result.errors?.[0];
    return { error: error?.message ?? 'No se pudo cargar el reporte.', field: error?.extensions?.field as string | undefined };
  }
  const series = {} as Record<ServiceKey, Series>;
  for (const service of SERVICES) {
    const error = result.errors?.find(e => e.path?.includes(service.key));
    const rows = raw[service.key];
    // The gateway answers [] for a service that is down; a list that does not match the months is never shown as figures.
    series[service.key] = !error && rows && rows.length === raw.months.length ? { available: true, rows } : unavailable(error);
  }
  return { report: { months: raw.months, series } };
}

/** The latest month with any figure (attentions or complaints) in the services that answered. */
export function latestWithFigures(report: Report): string | null {
  let latest: string | null = null;
  for (const series of Object.values(report.series)) {
    if (!series.available) continue;
    for (const row of series.rows) if ((row.attentions !== null || row.complaints !== null) && (!latest || row.month > latest)) latest = row.month;
  }
  return latest;
}

/** The same report restricted to [from, to]. */
export function cut(report: Report, from: string, to: string): Report {
  const keep = (month: string) => month >= from && month <= to;
  const series = {} as Record<ServiceKey, Series>;
  for (const [key, value] of Object.entries(report.series) as Array<[ServiceKey, Series]>) series[key] = value.available ? { available: true, rows: value.rows.filter(r => keep(r.month)) } : value;
  return { months: report.months.filter(keep), series };
}

/** The months where the source differs from the previous month with a figure: [month, new source]. */
export function sourceChanges(rows: readonly Volume[]): Array<{ index: number; month: string; source: Source }> {
  const changes: Array<{ index: number; month: string; source: Source }> = [];
  let previous: Source | null = null;
  rows.forEach((row, index) => {
    if (!row.source) return;
    if (previous && row.source !== previous) changes.push({ index, month: row.month, source: row.source });
    previous = row.source;
  });
  return changes;
}

export const hasFigures = (rows: readonly Volume[]) => rows.some(r => r.attentions !== null || r.complaints !== null);
