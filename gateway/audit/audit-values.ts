import { createHash } from 'node:crypto';

// What the audit trail stores is bounded: a caller cannot grow the append-only table with an 8 MB
// operation name or subject, and a value that cannot be stored (a control character) cannot make an
// entry fail. Long values keep their start and a digest, so they are still recognisable and searchable.

export const MAX_STORED_TEXT = 128;
export const MAX_STORED_ADDRESS = 64;
const CONTROL = /[\u0000-\u001F\u007F]/g;

/** The value as stored: control characters replaced, at most `max` characters (start + '…#' + SHA-256 prefix). */
export function boundedText(value: string, max?: number): string;
export function boundedText(value: string | null | undefined, max?: number): string | null;
export function boundedText(value: string | null | undefined, max = MAX_STORED_TEXT): string | null {
  if (value === null || value === undefined) return null;
  const clean = value.replace(CONTROL, '\uFFFD');
  if (clean.length <= max) return clean;
  const digest = createHash('sha256').update(value).digest('hex').slice(0, 16);
  return `${clean.slice(0, max - digest.length - 2)}…#${digest}`;
}
