import { badUserInput } from '../errors';

// Months are 'YYYY-MM' strings throughout: they sort and compare as text.

export const MAX_REPORT_MONTHS = 240; // 20 years

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

const ECUADOR_MONTH = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Guayaquil', year: 'numeric', month: '2-digit' });

/** The month an attention counts in: Ecuador's calendar (UTC−5), not UTC. */
export function monthOf(date: Date): string {
  const parts = ECUADOR_MONTH.formatToParts(date);
  return `${parts.find(p => p.type === 'year')!.value}-${parts.find(p => p.type === 'month')!.value}`;
}

export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number);
  const [endYear, endMonth] = to.split('-').map(Number);
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month++;
    if (month === 13) {
      month = 1;
      year++;
    }
  }
  return months;
}

/** Validates an attention-report range: both ends 'YYYY-MM', from ≤ to, at most 20 years. */
export function requireMonthRange(from: string, to: string): string[] {
  if (!isMonth(from)) throw badUserInput('from', `El mes inicial "${from}" no es válido: use el formato AAAA-MM (por ejemplo 2020-12).`);
  if (!isMonth(to)) throw badUserInput('to', `El mes final "${to}" no es válido: use el formato AAAA-MM (por ejemplo 2021-06).`);
  if (from > to) throw badUserInput('from', `El mes inicial (${from}) es posterior al mes final (${to}).`);
  const months = monthsBetween(from, to);
  if (months.length > MAX_REPORT_MONTHS) {
    throw badUserInput('to', `El rango de ${from} a ${to} abarca ${months.length} meses: el máximo es ${MAX_REPORT_MONTHS} (20 años).`);
  }
  return months;
}
