import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type Plugin } from 'chart.js';
import { el } from '../api';
import { monthShort, number } from '../format';
import { hasFigures, SERVICES, sourceChanges, SOURCE_LABEL, type Report, type Service, type Volume } from './report';

// One card per service: a line chart (gaps where no figure exists, a dashed vertical line where the
// source changes from the published table to Llavero's count), or a sentence when there is nothing to draw.

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);

const INK = '#1b2733';

/** What a chart last drew, kept on its canvas as data-drawn (JSON): tests read the ink's meaning, not only its pixels. */
export interface DrawnState {
  area: { left: number; right: number; top: number; bottom: number };
  xTicks: string[];
  yTicks: string[];
  sourceChanges: Array<{ month: string; text: string; x: number; top: number; bottom: number; dash: number[] }>;
  tooltip: { title: string[]; lines: string[] } | null;
}

const drawnMarkers = new WeakMap<Chart, DrawnState['sourceChanges']>();

/** Draws the source changes of the chart's rows: a dashed line between the two months and the new source's name. */
const sourceChangeMarker = (rows: readonly Volume[]): Plugin<'line'> => ({
  id: 'sourceChangeMarker',
  afterDatasetsDraw(chart) {
    const { ctx, chartArea, scales } = chart;
    const drawn: DrawnState['sourceChanges'] = [];
    for (const change of sourceChanges(rows)) {
      const x = (scales.x.getPixelForValue(change.index) + scales.x.getPixelForValue(change.index - 1)) / 2;
      const text = `${SOURCE_LABEL[change.source].short} →`;
      ctx.save();
      ctx.strokeStyle = INK;
      ctx.setLineDash([4, 4]);
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.moveTo(x, chartArea.top);
      ctx.lineTo(x, chartArea.bottom);
      ctx.stroke();
      ctx.fillStyle = INK;
      ctx.font = '12px system-ui, sans-serif';
      ctx.textAlign = x > chartArea.left + chartArea.width / 2 ? 'right' : 'left';
      ctx.fillText(text, x + (ctx.textAlign === 'right' ? -4 : 4), chartArea.top + 12);
      drawn.push({ month: change.month, text, x, top: chartArea.top, bottom: chartArea.bottom, dash: ctx.getLineDash() });
      ctx.restore();
    }
    drawnMarkers.set(chart, drawn);
  },
});

/** Writes DrawnState on the canvas after each draw: axis labels as drawn (after skipping), markers, the open tooltip. */
const drawnState: Plugin<'line'> = {
  id: 'drawnState',
  afterDraw(chart) {
    const tooltip = chart.tooltip;
    const open = tooltip && tooltip.getActiveElements().length > 0;
    const { left, right, top, bottom } = chart.chartArea;
    const state: DrawnState = {
      area: { left, right, top, bottom },
      xTicks: chart.scales.x.ticks.map(t => String(t.label)),
      yTicks: chart.scales.y.ticks.map(t => String(t.label)),
      sourceChanges: drawnMarkers.get(chart) ?? [],
      tooltip: open ? { title: tooltip.title, lines: tooltip.body.flatMap(b => b.lines) } : null,
    };
    chart.canvas.dataset.drawn = JSON.stringify(state);
  },
};

/** The sentence under a chart that says where its figures come from, month by month. */
export function sourceSentence(rows: readonly Volume[]): string {
  const spans: Array<{ source: string; from: string; to: string }> = [];
  for (const row of rows) {
    if (!row.source) continue;
    const last = spans.at(-1);
    if (last && last.source === row.source) last.to = row.month;
    else spans.push({ source: row.source, from: row.month, to: row.month });
  }
  const parts = spans.map(s => `${SOURCE_LABEL[s.source as keyof typeof SOURCE_LABEL].long} de ${monthShort(s.from)} a ${monthShort(s.to)}`);
  return `Fuente: ${parts.join('; ')}.${spans.length > 1 ? ' La línea vertical punteada marca el cambio de fuente.' : ''}`;
}

function chartFor(canvas: HTMLCanvasElement, months: string[], rows: Volume[]): Chart {
  const live = (i: number) => rows[i]?.source === 'LIVE';
  const dataset = (label: string, field: 'attentions' | 'complaints', color: string) => ({
    label,
    data: rows.map(r => r[field]),
    borderColor: color,
    backgroundColor: color,
    spanGaps: false,
    pointStyle: rows.map((_, i) => (live(i) ? 'triangle' : 'circle')),
    pointRadius: 3,
    segment: { borderDash: (context: { p1DataIndex: number }) => (live(context.p1DataIndex) ? [6, 4] : undefined) },
  });
  return new Chart(canvas, {
    type: 'line',
    data: { labels: months.map(monthShort), datasets: [dataset('Atenciones', 'attentions', '#0b5cab'), dataset('Quejas', 'complaints', '#a4161a')] },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      locale: 'es-EC',
      // A month's tooltip opens anywhere in its column (a 3 px point is a hard target) and gives both figures.
      interaction: { mode: 'index', intersect: false },
      plugins: {
        legend: { position: 'bottom', labels: { color: INK } },
        tooltip: { callbacks: { label: item => `${item.dataset.label}: ${number(item.parsed.y)} (${SOURCE_LABEL[rows[item.dataIndex]?.source ?? 'TRANSPARENCY'].short})` } },
      },
      scales: {
        x: { ticks: { color: INK } },
        y: { beginAtZero: true, ticks: { color: INK, precision: 0, callback: value => number(Number(value)) } },
      },
    },
    plugins: [sourceChangeMarker(rows), drawnState],
  });
}

function card(service: Service, report: Report, pending: Array<() => Chart>): HTMLElement {
  const series = report.series[service.key];
  const headingId = `chart-title-${service.key}`;
  const section = el('section', { class: 'card chart-card', 'data-service': service.key, 'aria-labelledby': headingId }, el('h2', { id: headingId }, service.title));
  const range = `${monthShort(report.months[0])} y ${monthShort(report.months.at(-1)!)}`;
  if (!series.available) {
    section.append(el('p', { class: 'unavailable', 'data-state': 'unavailable' }, series.message));
  } else if (!hasFigures(series.rows)) {
    section.append(el('p', { class: 'no-figures', 'data-state': 'empty' }, `Sin cifras para este servicio entre ${range}.`));
  } else {
    const canvas = el('canvas', { role: 'img', 'aria-label': `Gráfico de atenciones y quejas por mes: ${service.title}, entre ${range}. Las cifras están en la tabla.`, 'aria-describedby': 'table-caption' });
    section.append(el('div', { class: 'chart-box' }, canvas), el('p', { class: 'source-note', 'data-state': 'chart' }, sourceSentence(series.rows)));
    pending.push(() => chartFor(canvas, report.months, series.rows));
  }
  return section;
}

/** Replaces the cards (and destroys the previous charts); with no report, leaves the area empty. */
export function drawCharts(container: HTMLElement, report: Report | null, charts: Chart[]): void {
  charts.splice(0).forEach(chart => chart.destroy());
  const pending: Array<() => Chart> = [];
  container.replaceChildren(...(report ? SERVICES.map(service => card(service, report, pending)) : []));
  // Drawn once the cards are in the page: Chart.js sizes a canvas from its parent.
  charts.push(...pending.map(draw => draw()));
}
