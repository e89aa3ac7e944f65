import { badUserInput } from './errors';

// Días término: Monday to Friday, except Ecuador's national holidays. The holidays are kept as data
// for the years Llavero supports, as the Ley de Feriados (2016) moves them: Tuesday → Monday before,
// Wednesday/Thursday → Friday after, Saturday → Friday before, Sunday → Monday after; 1 January,
// Carnaval and 25 December never move. A year's official decree can differ: correct it here.

export const NATIONAL_HOLIDAYS: Readonly<Record<number, readonly string[]>> = {
  2025: ['2025-01-01', '2025-03-03', '2025-03-04', '2025-04-18', '2025-05-02', '2025-05-23', '2025-08-11', '2025-10-10', '2025-11-03', '2025-11-04', '2025-12-25'],
  2026: ['2026-01-01', '2026-02-16', '2026-02-17', '2026-04-03', '2026-05-01', '2026-05-25', '2026-08-10', '2026-10-09', '2026-11-02', '2026-11-03', '2026-12-25'],
  2027: ['2027-01-01', '2027-02-08', '2027-02-09', '2027-03-26', '2027-04-30', '2027-05-24', '2027-08-09', '2027-10-08', '2027-11-01', '2027-11-05', '2027-12-25'],
};

const ISO_DAY = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function parseDay(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today's date in Ecuador (UTC−5), 'YYYY-MM-DD'. */
export function ecuadorToday(now = new Date()): string {
  return now.toLocaleDateString('en-CA', { timeZone: 'America/Guayaquil' });
}

export function isValidDay(day: string): boolean {
  return ISO_DAY.test(day) && formatDay(parseDay(day)) === day;
}

export function isWorkingDay(day: string): boolean {
  const year = Number(day.slice(0, 4));
  const holidays = NATIONAL_HOLIDAYS[year];
  if (!holidays) throw badUserInput('date', `Llavero no tiene el calendario de feriados de ${year}: los años admitidos son ${Object.keys(NATIONAL_HOLIDAYS).join(', ')}.`);
  const weekday = parseDay(day).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.includes(day);
}

/** The `count`-th working day after `day` (not counting `day` itself). */
export function addWorkingDays(day: string, count: number): string {
  const date = parseDay(day);
  let added = 0;
  while (added < count) {
    date.setUTCDate(date.getUTCDate() + 1);
    if (isWorkingDay(formatDay(date))) added++;
  }
  return formatDay(date);
}
