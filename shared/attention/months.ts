import { badUserInput } from '../errors';

// Months are 'YYYY-MM' strings throughout: they sort and compare as text.

export const MAX_REPORT_MONTHS = 240; // 20 years

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
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
