import { badUserInput } from './errors';
import { isRecordId } from './identifiers/record-id';

// The window's "buscar por referencia": the number a clerk is handed (a request's id, a Quipux number, a
// credential code) typed into one field. Each subgraph says which of its numbers count; the rules of the
// field itself (trimmed, 1 to 100 characters, at most 20 answers) are the same everywhere.

export const MAX_REFERENCE_LENGTH = 100;
export const MAX_REFERENCE_RESULTS = 20;

export interface Reference {
  /** As typed, without surrounding spaces. */
  text: string;
  /** The record id it names, lower-cased; null when it is not a UUID (so it never reaches a uuid cast). */
  id: string | null;
}

/** The reference to look up, or BAD_USER_INPUT on `reference` when it is empty or too long. */
export function readReference(raw: string): Reference {
  const text = raw.trim();
  if (!text) throw badUserInput('reference', 'Escriba la referencia a buscar: el id de la solicitud o el número de documento del trámite.', { reason: 'REFERENCE_EMPTY' });
  if (text.length > MAX_REFERENCE_LENGTH) {
    throw badUserInput('reference', `La referencia tiene ${text.length} caracteres: como máximo se aceptan ${MAX_REFERENCE_LENGTH}.`, { reason: 'REFERENCE_TOO_LONG', maxLength: MAX_REFERENCE_LENGTH });
  }
  return { text, id: isRecordId(text) ? text.toLowerCase() : null };
}
