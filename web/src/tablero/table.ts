import { el } from '../api';
import { csv, monthShort, number } from '../format';
import { SERVICES, SOURCE_LABEL, type Report, type Volume } from './report';

// The same figures as the charts, as a table (the charts' text alternative) and as a CSV. A month
// without a figure is an empty cell, never a zero; a service that did not answer says "no disponible".

const FIELDS = [
  ['attentions', 'Atenciones'],
  ['complaints', 'Quejas'],
  ['source', 'Fuente'],
] as const;

function value(row: Volume, field: (typeof FIELDS)[number][0]): string {
  if (field === 'source') return row.source ? SOURCE_LABEL[row.source].short : '';
  return number(row[field]);
}

export function renderTable(report: Report): HTMLTableElement {
  const range = `${monthShort(report.months[0])} a ${monthShort(report.months.at(-1)!)}`;
  const caption = el('caption', { id: 'table-caption' }, `Atenciones y quejas por mes y servicio, de ${range}`);
  const groups = [el('colgroup', { span: '1' }), ...SERVICES.map(() => el('colgroup', { span: String(FIELDS.length) }))];
  const top = el('tr', {}, el('th', { scope: 'col', rowspan: '2' }, 'Mes'), ...SERVICES.map(s => el('th', { scope: 'colgroup', colspan: String(FIELDS.length) }, s.title)));
  const sub = el('tr', {}, ...SERVICES.flatMap(() => FIELDS.map(([, label]) => el('th', { scope: 'col' }, label))));
  const body = report.months.map((month, i) =>
    el(
      'tr',
      { 'data-month': month },
      el('th', { scope: 'row' }, monthShort(month)),
      ...SERVICES.flatMap(s => {
        const series = report.series[s.key];
        if (!series.available) return [el('td', { colspan: String(FIELDS.length), class: 'unavailable', 'data-service': s.key }, 'no disponible')];
        return FIELDS.map(([field]) => el('td', { 'data-service': s.key, 'data-field': field, class: field === 'source' ? 'source' : '' }, value(series.rows[i], field)));
      }),
    ),
  );
  return el('table', {}, caption, ...groups, el('thead', {}, top, sub), el('tbody', {}, ...body));
}

export function reportCsv(report: Report): string {
  const rows: string[][] = [['Mes', 'Periodo', 'Servicio', 'Atenciones', 'Quejas', 'Fuente']];
  for (const service of SERVICES) {
    const series = report.series[service.key];
    report.months.forEach((month, i) => {
      const start = [monthShort(month), month, service.title];
      rows.push(series.available ? [...start, ...FIELDS.map(([field]) => value(series.rows[i], field))] : [...start, 'no disponible', 'no disponible', '']);
    });
  }
  return csv(rows);
}
