import { ENUM_LABELS } from './generated/enum-labels';

// Spanish labels come from the schema's enum descriptions (generated file); the window adds only the
// badge colour of each status. What to do next is computed in ventanilla/next-step.ts.

export type Tone = 'green' | 'amber' | 'red' | 'grey' | 'blue';
export interface StatusView {
  label: string;
  tone: Tone;
}

/** The API's Spanish label of an enum value; the code itself when the schema has none. */
export function label(enumName: string, value: string | null | undefined): string {
  if (!value) return '—';
  return ENUM_LABELS[enumName]?.[value] ?? value;
}

/** The label inside a sentence: first letter lowered unless it starts an acronym or a name. */
export function inSentence(text: string): string {
  return /^[A-ZÁÉÍÓÚÑ][a-záéíóúñ]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

function views(enumName: string, tones: Record<string, Tone>): Record<string, StatusView> {
  return Object.fromEntries(Object.entries(tones).map(([code, tone]) => [code, { label: label(enumName, code), tone }]));
}

export const SAL_KEY = views('SalAccessKeyStatus', { PENDING_FIRST_LOGIN: 'amber', ACTIVE: 'green', DEACTIVATED: 'grey' });
export const SAL_REQUEST = views('SalKeyRequestStatus', { SUBMITTED: 'blue', APPROVED: 'green', CLOSED_WITH_OBSERVATIONS: 'red' });
export const SUT = views('SystemKeyRecoveryStatus', { RECEIVED: 'blue', RESOLVED: 'green', REJECTED: 'red' });
export const TRAINER = views('TrainerCredentialStatus', { REQUESTED: 'blue', ISSUED: 'amber', DELIVERED: 'green', REVOKED: 'red' });
export const IESS = views('IessKeyRequestStatus', { SUBMITTED: 'blue', OBSERVED: 'amber', APPROVED: 'green', KEY_DELIVERED: 'green', REJECTED: 'red', EXPIRED: 'grey' });

/** Channels of every service, each said as its service's schema says it. */
export const CHANNELS: Record<string, string> = {
  ...ENUM_LABELS.SystemKeyRecoveryChannel,
  ...ENUM_LABELS.TrainerCredentialChannel,
  ...ENUM_LABELS.IessKeyRequestChannel,
};

const ZONE = 'America/Guayaquil';

export function date(value: string | null | undefined): string {
  if (!value) return '—';
  const d = new Date(value.length === 10 ? `${value}T12:00:00Z` : value);
  return d.toLocaleDateString('es-EC', { timeZone: ZONE, year: 'numeric', month: 'short', day: 'numeric' });
}

/** Date and hour, Ecuador time (a turno, a sign-in). */
export function dateTime(value: string | null | undefined): string {
  if (!value) return '—';
  return new Date(value).toLocaleString('es-EC', { timeZone: ZONE, year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });
}
