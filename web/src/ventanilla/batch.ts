import { graphql, type GraphQLError, type RequestFailure } from '../api';
import type { ServiceKey } from './contract';
import { recognise } from './find';

// Batch mode: a pasted list of RUCs (or cédulas), each line cleaned and checked, duplicates merged with
// their line numbers, at most 500 lines, then one query for all. A service that did not answer is
// "no disponible" in its column, never "no".

export const BATCH_LIMIT = 500;

export type Cell = { text: string; state: 'key' | 'pending' | 'both' | 'none' | 'unavailable' };

export interface BatchRow {
  lines: number[];
  ruc: string | null;
  /** Why the line was refused (junk, past the limit). */
  refusal?: string;
  name?: string | null;
  cells?: Record<ServiceKey, Cell>;
}

export interface BatchResult {
  rows: BatchRow[];
  failure?: RequestFailure;
}

const QUERY = `query Lote($rucs: [String!]!) { taxpayers(rucs: $rucs) { ruc
  salInstitution { name } salAccessKeys { id status } salKeyRequests { id status }
  systemKeyRecoveries { id status }
  trainerCredentials { id status trainer { names } }
  iessEmployer { businessName hasEmployerKey } iessEmployerKeyRequests { id status } } }`;

type Row = Record<string, any>;
const some = (list: Row[] | null | undefined, statuses: string[]) => (list ?? []).some(r => statuses.includes(r.status));

function cell(key: boolean, pending: boolean, keyWord: string, pendingWord = 'solicitud en trámite'): Cell {
  if (key && pending) return { text: `${keyWord}; ${pendingWord}`, state: 'both' };
  if (key) return { text: keyWord, state: 'key' };
  if (pending) return { text: pendingWord, state: 'pending' };
  return { text: 'no', state: 'none' };
}

function cells(t: Row, down: Set<ServiceKey>): Record<ServiceKey, Cell> {
  const unavailable: Cell = { text: 'no disponible', state: 'unavailable' };
  return {
    sal: down.has('sal') ? unavailable : cell(some(t.salAccessKeys, ['ACTIVE', 'PENDING_FIRST_LOGIN']), some(t.salKeyRequests, ['SUBMITTED']), 'con clave'),
    sut: down.has('sut') ? unavailable : cell(some(t.systemKeyRecoveries, ['RESOLVED']), some(t.systemKeyRecoveries, ['RECEIVED']), 'recuperación atendida'),
    trainers: down.has('trainers') ? unavailable : cell(some(t.trainerCredentials, ['ISSUED', 'DELIVERED']), some(t.trainerCredentials, ['REQUESTED']), 'con credencial'),
    iess: down.has('iess') ? unavailable : cell(!!t.iessEmployer?.hasEmployerKey, some(t.iessEmployerKeyRequests, ['SUBMITTED', 'OBSERVED', 'APPROVED']), 'con clave'),
  };
}

/** Services that failed for one row (the error's path names its index) or for all (no index). */
function outages(errors: GraphQLError[] | undefined, index: number): Set<ServiceKey> {
  const down = new Set<ServiceKey>();
  for (const e of errors ?? []) {
    if (e.extensions?.code !== 'SERVICE_UNAVAILABLE') continue;
    const at = e.path?.find(p => typeof p === 'number');
    if (at === undefined || at === index) down.add(String(e.extensions?.service) as ServiceKey);
  }
  return down;
}

/** Reads the pasted lines: one row per distinct RUC (with every line it was on) and one per refused line. */
export function readLines(text: string): BatchRow[] {
  const rows: BatchRow[] = [];
  const byRuc = new Map<string, BatchRow>();
  let counted = 0;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) return;
    counted += 1;
    if (counted > BATCH_LIMIT) return void rows.push({ lines: [line], ruc: null, refusal: `Fuera del límite de ${BATCH_LIMIT} líneas por lote: consúltela en otro lote.` });
    const search = recognise(raw, true);
    if (search.kind !== 'ruc') return void rows.push({ lines: [line], ruc: null, refusal: `Línea inválida («${raw.trim().slice(0, 40)}»): ${search.kind === 'invalid' && /^[\d\s.-]+$/.test(raw.trim()) ? search.message : 'no es un RUC (13 dígitos) ni una cédula (10 dígitos).'}` });
    const seen = byRuc.get(search.ruc);
    if (seen) return void seen.lines.push(line);
    const row: BatchRow = { lines: [line], ruc: search.ruc };
    byRuc.set(search.ruc, row);
    rows.push(row);
  });
  return rows;
}

export async function runBatch(text: string): Promise<BatchResult> {
  const rows = readLines(text);
  const rucs = rows.flatMap(r => (r.ruc ? [r.ruc] : []));
  if (rucs.length === 0) return { rows };
  const result = await graphql<{ taxpayers: Row[] }>(QUERY, { rucs }, { timeoutMs: 20_000 });
  if (result.failure || !result.data?.taxpayers) return { rows, failure: result.failure ?? { kind: 'HTTP', message: result.errors?.[0]?.message ?? 'No se pudo consultar el lote.', retryable: true } };
  const answered = result.data.taxpayers;
  for (const row of rows) {
    if (!row.ruc) continue;
    const index = answered.findIndex(t => t.ruc === row.ruc);
    const t = answered[index];
    if (!t) continue;
    const down = outages(result.errors, index);
    row.name = t.iessEmployer?.businessName ?? t.salInstitution?.name ?? t.trainerCredentials?.[0]?.trainer?.names ?? null;
    row.cells = cells(t, down);
  }
  return { rows };
}
