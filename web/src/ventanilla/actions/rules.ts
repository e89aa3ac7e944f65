import type { ActionForm } from './action-form';

// The few checks the page makes before asking (in Spanish, instead of the browser's bubbles); the API
// checks everything again and its word is final.

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const DAY = /^\d{4}-\d{2}-\d{2}$/;

export type Problems = Array<[string, string]>;

export function requiredText(problems: Problems, form: ActionForm, name: string, message: string): void {
  if (form.applies(name) && !form.value(name)) problems.push([name, message]);
}

/** A date typed as AAAA-MM-DD that exists on the calendar. */
export function isDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const date = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function requiredDay(problems: Problems, form: ActionForm, name: string, what: string): void {
  if (form.applies(name) && !isDay(form.value(name))) problems.push([name, `Escriba ${what} como AAAA-MM-DD (por ejemplo 2030-12-31).`]);
}

export const ID_TYPES = [
  { value: 'CEDULA', label: 'Cédula' },
  { value: 'PASSPORT', label: 'Pasaporte' },
  { value: 'VISA', label: 'Visa' },
];

export const label = (choices: Array<{ value: string; label: string }>, value: string) => choices.find(c => c.value === value)?.label ?? value;
