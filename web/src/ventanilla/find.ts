import { checkCedula } from '../../../shared/identifiers/cedula';
import { checkRuc } from '../../../shared/identifiers/ruc';

// What the clerk typed or pasted, cleaned and recognised: a RUC, a cédula (its natural-person RUC is the
// cédula + "001"), a trainer credential code, or a request reference (Quipux number or request id).

export type Search =
  | { kind: 'empty' }
  /** Still typing digits: no verdict before 13 digits or Enter. */
  | { kind: 'typing'; digits: number }
  | { kind: 'ruc'; ruc: string; from: 'ruc' | 'cedula' }
  | { kind: 'code'; code: string }
  | { kind: 'reference'; reference: string }
  | { kind: 'invalid'; message: string };

const CREDENTIAL_CODE = /^CAP-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]$/;
const RECORD_ID = /^[0-9A-F]{8}-[0-9A-F]{4}-[1-8][0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/;
const QUIPUX = /^[A-Z]{2,}(-[A-Z0-9]+){2,}$/;

/** Drops what a paste brings along: a "RUC:" prefix, spaces, dashes and dots between digits. */
export function clean(raw: string): string {
  const text = raw.trim().replace(/^(ruc|c[eé]dula|ci)\s*(n[oº°.]*)?\s*[:.#-]?\s*/i, '');
  if (/^[\d\s.\-_/]+$/.test(text)) return text.replace(/\D/g, '');
  return text.replace(/\s+/g, '').toUpperCase();
}

/** `final` is true on Enter or a paste: then a short number gets its verdict too. */
export function recognise(raw: string, final: boolean): Search {
  const text = clean(raw);
  if (!text) return { kind: 'empty' };
  if (/^\d+$/.test(text)) {
    if (text.length === 13) return fromRuc(text, 'ruc');
    if (text.length === 10 && final) {
      const cedula = checkCedula(text);
      return cedula.valid ? fromRuc(`${cedula.cedula}001`, 'cedula') : { kind: 'invalid', message: cedula.message };
    }
    if (!final && text.length < 13) return { kind: 'typing', digits: text.length };
    return { kind: 'invalid', message: `Escriba un RUC de 13 dígitos o una cédula de 10 (se recibieron ${text.length} dígitos).` };
  }
  if (CREDENTIAL_CODE.test(text)) return { kind: 'code', code: text };
  if (RECORD_ID.test(text) || QUIPUX.test(text)) return { kind: 'reference', reference: text };
  if (!final) return { kind: 'typing', digits: 0 };
  return { kind: 'invalid', message: 'No es un RUC, una cédula, un código de credencial (CAP-…) ni un número de trámite (Quipux o identificador de solicitud).' };
}

function fromRuc(value: string, from: 'ruc' | 'cedula'): Search {
  const result = checkRuc(value);
  return result.valid ? { kind: 'ruc', ruc: result.ruc, from } : { kind: 'invalid', message: result.message };
}
