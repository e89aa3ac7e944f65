import { calendarExceptions, normaliseCanton } from './calendar/calendar-exceptions';
import { formatDay, isWeekend, parseDay, shiftDay } from './calendar/days';
import { movedByLaw, nationalHolidays } from './calendar/national-holidays';

// Días término: Monday to Friday, except Ecuador's days of rest. National holidays are computed for any
// year from the Ley de Feriados (shared/calendar/national-holidays.ts); what a decree or a canton adds
// is data (calendar_exception, loaded by shared/calendar/calendar-exceptions.ts).

const ISO_DAY = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const nationalByYear = new Map<number, ReadonlySet<string>>();

function nationalDaysOfRest(year: number): ReadonlySet<string> {
  let days = nationalByYear.get(year);
  if (!days) {
    days = new Set(nationalHolidays(year).map(h => h.day));
    nationalByYear.set(year, days);
  }
  return days;
}

/** Today's date in Ecuador (UTC−5), 'YYYY-MM-DD'. */
export function ecuadorToday(now = new Date()): string {
  return now.toLocaleDateString('en-CA', { timeZone: 'America/Guayaquil' });
}

export function isValidDay(day: string): boolean {
  return ISO_DAY.test(day) && formatDay(parseDay(day)) === day;
}

function appliesIn(rowCanton: string | null, canton?: string): boolean {
  return rowCanton === null || (canton !== undefined && rowCanton === normaliseCanton(canton));
}

/** Whether a decree makes `day` a day of work (in `canton` when given), whatever the rules say. */
function decreedWorkingDay(day: string, canton?: string): boolean {
  return calendarExceptions().some(e => e.kind === 'WORK' && e.day === day && appliesIn(e.canton, canton));
}

/** Whether `day` is a day of rest: a national holiday, or a decreed or local one (of `canton` when given). */
export function isHoliday(day: string, canton?: string): boolean {
  if (decreedWorkingDay(day, canton)) return false;
  const year = Number(day.slice(0, 4));
  // 1 January on a Saturday rests on the 31 December before: look at next year's holidays too.
  if (nationalDaysOfRest(year).has(day) || nationalDaysOfRest(year + 1).has(day)) return true;
  return calendarExceptions().some(
    e =>
      appliesIn(e.canton, canton) &&
      ((e.kind === 'REST' && e.day === day) ||
        (e.kind === 'LOCAL_HOLIDAY' && e.canton !== null && [year, year + 1].some(y => movedByLaw(`${y}-${e.monthDay}`) === day))),
  );
}

export function isWorkingDay(day: string, canton?: string): boolean {
  return decreedWorkingDay(day, canton) || (!isWeekend(day) && !isHoliday(day, canton));
}

/** The `count`-th working day after `day` (not counting `day` itself), in `canton` when given. */
export function addWorkingDays(day: string, count: number, canton?: string): string {
  let current = day;
  let added = 0;
  while (added < count) {
    current = shiftDay(current, 1);
    if (isWorkingDay(current, canton)) added++;
  }
  return current;
}
