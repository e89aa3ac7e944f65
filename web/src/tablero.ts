import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Title, Tooltip } from 'chart.js';
import { el, graphql } from './api';

// The attention dashboard: public transparency figures per service and month, charts with gaps where
// no figure exists, the same numbers as a table, and a CSV download.

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Title, Tooltip);

interface Volume {
  month: string;
  attentions: number | null;
  complaints: number | null;
}

const REPORT = `query Tablero($from: String!, $to: String!) { attentionReport(from: $from, to: $to) {
  months
  salAccessKeys { month attentions complaints }
  systemKeyRecovery { month attentions complaints }
  trainerCredentials { month attentions complaints }
  iessEmployerKeys { month attentions complaints } } }`;

const SERVICES = [
  { key: 'salAccessKeys', title: 'SAL · claves UATH' },
  { key: 'systemKeyRecovery', title: 'SUT / Salarios en Línea · recuperación de claves' },
  { key: 'trainerCredentials', title: 'Capacitadores independientes · credenciales' },
  { key: 'iessEmployerKeys', title: 'IESS · clave patronal' },
] as const;

type Report = Record<(typeof SERVICES)[number]['key'], Volume[]> & { months: string[] };

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const charts: Chart[] = [];
let current: Report | null = null;
const cell = (value: number | null) => (value === null ? '' : String(value));

function draw(report: Report) {
  charts.splice(0).forEach(chart => chart.destroy());
  $('charts').replaceChildren(
    ...SERVICES.map(service => {
      const canvas = el('canvas', { role: 'img', 'aria-label': `Atenciones y quejas de ${service.title}`, 'data-service': service.key });
      const card = el('section', { class: 'card' }, el('h2', {}, service.title), canvas);
      const rows = report[service.key];
      charts.push(
        new Chart(canvas, {
          type: 'line',
          data: {
            labels: report.months,
            datasets: [
              { label: 'Atenciones', data: rows.map(r => r.attentions), borderColor: '#0b5cab', backgroundColor: '#0b5cab', spanGaps: false },
              { label: 'Quejas', data: rows.map(r => r.complaints), borderColor: '#a4161a', backgroundColor: '#a4161a', spanGaps: false },
            ],
          },
          options: { animation: false, responsive: true, plugins: { legend: { position: 'bottom' } }, scales: { y: { beginAtZero: true } } },
        }),
      );
      return card;
    }),
  );
  const head = el('tr', {}, el('th', { scope: 'col' }, 'Mes'), ...SERVICES.flatMap(s => [el('th', { scope: 'col' }, `${s.title} · atenciones`), el('th', { scope: 'col' }, 'quejas')]));
  const body = report.months.map((month, i) => el('tr', { 'data-month': month }, el('td', {}, month), ...SERVICES.flatMap(s => [el('td', {}, cell(report[s.key][i].attentions)), el('td', {}, cell(report[s.key][i].complaints))])));
  $('table').replaceChildren(el('table', {}, el('thead', {}, head), el('tbody', {}, ...body)));
}

async function load(event?: Event) {
  event?.preventDefault();
  const from = $<HTMLInputElement>('from').value;
  const to = $<HTMLInputElement>('to').value;
  const message = $('message');
  if (!from || !to) {
    message.textContent = 'Elija el mes inicial y el mes final.';
    return;
  }
  if (from > to) {
    message.textContent = `El mes inicial (${from}) es posterior al mes final (${to}): corrija el rango.`;
    return;
  }
  const result = await graphql<{ attentionReport: Report }>(REPORT, { from, to });
  if (!result.data?.attentionReport) {
    message.textContent = result.errors?.[0]?.message ?? 'No se pudo cargar el reporte.';
    return;
  }
  message.textContent = '';
  current = result.data.attentionReport;
  draw(current);
}

function downloadCsv() {
  if (!current) return;
  const lines = ['mes,servicio,atenciones,quejas'];
  for (const service of SERVICES) for (const row of current[service.key]) lines.push(`${row.month},${service.key},${cell(row.attentions)},${cell(row.complaints)}`);
  const link = el('a', { href: URL.createObjectURL(new Blob([`${lines.join('\n')}\n`], { type: 'text/csv;charset=utf-8' })), download: `atenciones-${current.months[0]}-${current.months.at(-1)}.csv` });
  document.body.append(link);
  link.click();
  link.remove();
}

$('range').addEventListener('submit', load);
$('csv').addEventListener('click', downloadCsv);
void load();
