import { badUserInput } from '../../shared/errors';
import { isValidDay } from '../../shared/working-days';

// Seed 002: "Cédula original vigente", "Visa vigente", "Pasaporte vigente": the document's expiry date is
// recorded with the request and checked on the day the request is made (Ecuador's date). The IESS code for
// foreigners has no expiry.

/** The expiry date as recorded ('YYYY-MM-DD'), or the refusal naming `field`. */
export function requireVigente(field: string, validUntil: string | null | undefined, label: string, today: string): string {
  const value = validUntil?.trim();
  if (!value) throw badUserInput(field, `Indique hasta cuándo está vigente ${label} (AAAA-MM-DD): el IESS exige un documento vigente.`, { reason: 'VALIDITY_MISSING' });
  if (!isValidDay(value)) throw badUserInput(field, `"${value.slice(0, 20)}" no es una fecha válida: use AAAA-MM-DD.`, { reason: 'DATE_MALFORMED' });
  if (value < today) throw badUserInput(field, `${label[0].toUpperCase()}${label.slice(1)} venció el ${value}: presente un documento vigente.`, { reason: 'DOCUMENT_EXPIRED' });
  return value;
}
