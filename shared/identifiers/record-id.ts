import { badUserInput } from '../errors';

// Records are named by UUIDs: a malformed id is the caller's mistake, said as such before any query
// (never a database error swallowed into "not found").

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export function isRecordId(value: string): boolean {
  return UUID.test(value);
}

/** The id, or BAD_USER_INPUT naming the argument. */
export function requireRecordId(value: string, field: string): string {
  if (!isRecordId(value)) throw badUserInput(field, `El identificador "${value.slice(0, 60)}" no es válido: debe ser el id (UUID) que Llavero devolvió al registrar la solicitud.`, { reason: 'ID_MALFORMED' });
  return value.toLowerCase();
}
