import { el } from '../api';
import { MONTH_NAMES } from '../format';

// Month arithmetic on 'YYYY-MM' strings, and the month pickers: two selects (month, year) with
// Spanish names, so nothing depends on the browser's language (no <input type=month>).

export const FIRST_YEAR = 2015;

export function addMonths(month: string, delta: number): string {
  const [year, number] = month.split('-').map(Number);
  const index = year * 12 + (number - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The current month in Ecuador, whatever the computer's time zone. */
export function currentMonth(now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Guayaquil', year: 'numeric', month: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find(p => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}`;
}

export interface MonthPicker {
  fieldset: HTMLFieldSetElement;
  value(): string;
  set(month: string): void;
}

/** A fieldset "Desde" / "Hasta" with a month select and a year select. */
export function monthPicker(id: string, legend: string, lastYear: number): MonthPicker {
  const month = el('select', { id: `${id}-month`, name: `${id}-month` }, ...MONTH_NAMES.map((name, i) => el('option', { value: String(i + 1).padStart(2, '0') }, name)));
  const years: HTMLOptionElement[] = [];
  for (let year = lastYear; year >= FIRST_YEAR; year--) years.push(el('option', { value: String(year) }, String(year)));
  const year = el('select', { id: `${id}-year`, name: `${id}-year` }, ...years);
  const fieldset = el(
    'fieldset',
    { id, class: 'month-picker' },
    el('legend', {}, legend),
    el('label', { for: month.id }, 'Mes'),
    month,
    el('label', { for: year.id }, 'Año'),
    year,
  );
  return {
    fieldset,
    value: () => `${year.value}-${month.value}`,
    set(value) {
      const [y, m] = value.split('-');
      year.value = y;
      month.value = m;
    },
  };
}
