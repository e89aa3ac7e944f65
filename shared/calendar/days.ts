// Calendar arithmetic on 'YYYY-MM-DD' strings, at noon UTC so no time zone can shift the day.

export function parseDay(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

export function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function shiftDay(day: string, days: number): string {
  const date = parseDay(day);
  date.setUTCDate(date.getUTCDate() + days);
  return formatDay(date);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: string): number {
  return parseDay(day).getUTCDay();
}

export function isWeekend(day: string): boolean {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
}
