import { BATCH_LIMIT, runBatch, type BatchResult, type BatchRow } from './batch';
import type { ServiceKey } from './contract';
import { $, announce, button, download, el } from './dom';

// The batch's table (names, one column per service, lines merged), its totals, CSV and print.

const COLUMNS: Array<[ServiceKey, string]> = [['sal', 'SAL'], ['sut', 'SUT / Salarios'], ['trainers', 'Capacitadores'], ['iess', 'IESS']];
/** What "key" means in each column's total. */
const HELD: Record<ServiceKey, string> = { sal: 'con clave', sut: 'recuperación atendida', trainers: 'con credencial', iess: 'con clave' };
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
let generation = 0;
const lines = (row: BatchRow) => row.lines.join(', ');

function totals(result: BatchResult): HTMLElement {
  const valid = result.rows.filter(r => r.ruc);
  const refused = result.rows.filter(r => r.refusal);
  const pastLimit = refused.filter(r => r.refusal?.startsWith('Fuera del límite')).length;
  const merged = valid.reduce((n, r) => n + r.lines.length - 1, 0);
  const count = (service: ServiceKey, states: string[]) => valid.filter(r => r.cells && states.includes(r.cells[service].state)).length;
  const perService = COLUMNS.map(([key, name]) => {
    const down = count(key, ['unavailable']);
    return el('li', {}, `${name}: ${count(key, ['key', 'both'])} ${HELD[key]}, ${count(key, ['pending', 'both'])} en trámite${down ? `, ${down} no disponible` : ''}`);
  });
  return el('div', { class: 'batch-totals' },
    el('p', {}, [
      plural(valid.length, 'RUC consultado', 'RUC distintos consultados'),
      plural(merged, 'línea repetida unida', 'líneas repetidas unidas'),
      plural(refused.length - pastLimit, 'línea inválida', 'líneas inválidas'),
      ...(pastLimit ? [`${plural(pastLimit, 'línea rechazada', 'líneas rechazadas')} por pasar el límite de ${BATCH_LIMIT}`] : []),
    ].join(' · ')),
    el('ul', {}, ...perService));
}

function table(result: BatchResult): HTMLElement {
  const head = el('tr', {}, ...['Líneas', 'RUC', 'Nombre o razón social', ...COLUMNS.map(c => c[1])].map(h => el('th', { scope: 'col' }, h)));
  const rows = result.rows.map(row => {
    if (row.refusal) return el('tr', { class: 'junk' }, el('td', {}, lines(row)), el('td', { colspan: '6', class: 'error' }, row.refusal));
    if (!row.cells) return el('tr', {}, el('td', {}, lines(row)), el('th', { scope: 'row' }, row.ruc ?? ''), el('td', { colspan: '5' }, result.failure ? 'sin respuesta' : 'no disponible'));
    return el('tr', {}, el('td', {}, lines(row)), el('th', { scope: 'row' }, row.ruc ?? ''), el('td', {}, row.name ?? '—'),
      ...COLUMNS.map(([key]) => el('td', { class: `cell-${row.cells![key].state}` }, row.cells![key].text)));
  });
  return el('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'batch-caption' },
    el('table', { class: 'batch-table' }, el('caption', { id: 'batch-caption' }, 'Resultado del lote'), el('thead', {}, head), el('tbody', {}, ...rows)));
}

function csv(result: BatchResult): string {
  const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
  const header = ['lineas', 'ruc', 'nombre', ...COLUMNS.map(c => c[1]), 'observacion'];
  const body = result.rows.map(r => [lines(r), r.ruc ?? '', r.name ?? '', ...COLUMNS.map(([k]) => r.cells?.[k].text ?? ''), r.refusal ?? ''].map(quote).join(','));
  return `\uFEFF${[header.map(quote).join(','), ...body].join('\r\n')}\r\n`;
}

async function run(): Promise<void> {
  const out = $('batch-result');
  const text = $<HTMLTextAreaElement>('batch-rucs').value;
  if (!text.trim()) {
    out.replaceChildren(el('p', { class: 'error' }, 'Pegue al menos un RUC o cédula, uno por línea.'));
    return;
  }
  out.replaceChildren(el('p', { class: 'hint' }, 'Consultando el lote…'));
  const mine = ++generation;
  const result = await runBatch(text);
  if (mine !== generation) return; // cleared (idle, end of session) or run again meanwhile
  const parts: Node[] = [];
  if (result.failure) parts.push(el('p', { class: 'error' }, result.failure.message), button('Reintentar', () => void run(), { class: 'retry' }));
  parts.push(totals(result), table(result),
    el('div', { class: 'row no-print' },
      button('Descargar CSV', () => download('lote-ventanilla.csv', 'text/csv;charset=utf-8', csv(result)), { class: 'secondary' }),
      button('Imprimir', () => window.print(), { class: 'secondary' })));
  out.replaceChildren(...parts);
  const answered = result.rows.filter(r => r.cells).length;
  announce(result.failure ? `Lote sin respuesta: ${result.failure.message}` : `Lote listo: ${answered} RUC consultados, ${result.rows.filter(r => r.refusal).length} líneas rechazadas.`);
}

export function clearBatch(): void {
  generation += 1;
  $<HTMLTextAreaElement>('batch-rucs').value = '';
  $('batch-result').replaceChildren();
}

export function wireBatch(): void {
  $('batch-run').addEventListener('click', () => void run());
}
