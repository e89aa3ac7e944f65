import { monthLong, monthShort } from '../format';
import { SERVICES, type Report } from './report';

// What the page says in words: why a range is refused, and the one sentence announced per result.

/** The Spanish reason a range cannot be asked, or null when it can. */
export function refusal(from: string, to: string): string | null {
  if (from > to) return `El mes inicial (${monthLong(from)}) es posterior al mes final (${monthLong(to)}): corrija el rango.`;
  return null;
}

export function announce(report: Report): string {
  const count = report.months.length;
  const range = `de ${monthShort(report.months[0])} a ${monthShort(report.months.at(-1)!)}`;
  const down = SERVICES.filter(s => !report.series[s.key].available).map(s => s.title);
  const missing = down.length ? ` No disponible: ${down.join('; ')}; las demás cifras se muestran.` : '';
  return `Se muestran ${count} ${count === 1 ? 'mes' : 'meses'}, ${range}.${missing}`;
}
