import type { Chart } from 'chart.js';
import { download } from './format';
import { drawCharts } from './tablero/charts';
import { addMonths, currentMonth, monthPicker } from './tablero/months';
import { cut, fetchReport, latestWithFigures, type Report } from './tablero/report';
import { announce, refusal } from './tablero/messages';
import { renderTable, reportCsv } from './tablero/table';

// The attention dashboard: public figures per service and month, charts with gaps where no figure
// exists, the same numbers as a table, and a CSV. A service that is down says so; the rest shows.

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const charts: Chart[] = [];
const thisMonth = currentMonth();
const from = monthPicker('from', 'Desde', Number(thisMonth.slice(0, 4)));
const to = monthPicker('to', 'Hasta', Number(thisMonth.slice(0, 4)));
$('pickers').append(from.fieldset, to.fieldset);
let current: Report | null = null;
let sequence = 0;

function show(report: Report | null, error = ''): void {
  current = report;
  document.querySelector('main')?.removeAttribute('aria-busy');
  drawCharts($('charts'), report, charts);
  $('table').replaceChildren(...(report ? [renderTable(report)] : []));
  $('table-card').hidden = !report;
  $<HTMLButtonElement>('csv').disabled = !report;
  // One live region speaks per result: the alert for a refusal, the status for figures.
  $('message').textContent = error;
  $('status').textContent = report ? announce(report) : '';
  from.fieldset.querySelectorAll('select').forEach(select => select.setAttribute('aria-invalid', String(Boolean(error) && !report)));
}

async function load(first: string, last: string): Promise<void> {
  const mine = ++sequence;
  document.querySelector('main')?.setAttribute('aria-busy', 'true');
  const answer = await fetchReport(first, last);
  if (mine !== sequence) return;
  if ('error' in answer) show(null, answer.error);
  else show(answer.report);
}

// "The last 12 published months": one request for the widest range the API takes (20 years up to
// this month in Ecuador), then the 12 months ending at the latest month any service has a figure
// for, cut from that same answer — no second round trip, and no guess of when tables are published.
// With a service down its months are unknown, so the latest month comes from the services that answered.
async function openDefault(): Promise<void> {
  const mine = ++sequence;
  const answer = await fetchReport(addMonths(thisMonth, -239), thisMonth);
  if (mine !== sequence) return;
  const latest = ('report' in answer && latestWithFigures(answer.report)) || thisMonth;
  from.set(addMonths(latest, -11));
  to.set(latest);
  if ('error' in answer) show(null, answer.error);
  else show(cut(answer.report, addMonths(latest, -11), latest));
}

$('range').addEventListener('submit', event => {
  event.preventDefault();
  const refused = refusal(from.value(), to.value());
  if (refused) {
    sequence++;
    show(null, refused);
    from.fieldset.querySelector('select')?.focus();
    return;
  }
  void load(from.value(), to.value());
});
$('csv').addEventListener('click', () => {
  if (current) download(`atenciones-${current.months[0]}-a-${current.months.at(-1)}.csv`, reportCsv(current));
});
void openDefault();
