import type { DataSource } from 'typeorm';
import { CalendarException } from './calendar-exception';

export type CalendarExceptionRow = Pick<CalendarException, 'kind' | 'day' | 'monthDay' | 'canton' | 'name'>;

// The rows in force, loaded once when a subgraph opens its database; the working-day functions stay synchronous.
let inForce: readonly CalendarExceptionRow[] = [];

export function useCalendarExceptions(rows: readonly CalendarExceptionRow[]): void {
  inForce = rows.map(row => ({ ...row, canton: row.canton ? normaliseCanton(row.canton) : null }));
}

export function calendarExceptions(): readonly CalendarExceptionRow[] {
  return inForce;
}

/** Loads the subgraph's calendar_exception table, when its schema has one. */
export async function loadCalendarExceptions(dataSource: DataSource): Promise<void> {
  if (!dataSource.hasMetadata(CalendarException)) return;
  const rows = await dataSource.getRepository(CalendarException).find({ order: { id: 'ASC' } });
  useCalendarExceptions(rows.map(row => ({ ...row, day: row.day ? String(row.day).slice(0, 10) : null })));
}

export function normaliseCanton(canton: string): string {
  return canton.normalize('NFD').replace(/\p{Diacritic}/gu, '').trim().toLowerCase();
}
