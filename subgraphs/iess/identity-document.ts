import { badUserInput } from '../../shared/errors';
import { requireValidCedula } from '../../shared/identifiers';
import { IessIdDocumentType, LegalRepresentativeIdType } from './enums';

// Seed 002: people are named by their cédula, or, without one, by a passport, a visa or the IESS code
// for foreigners: 5 to 20 letters, digits or hyphens, kept in capitals.
const FOREIGN_ID = /^[A-Z0-9-]{5,20}$/;

/** The foreign document's number as kept, or null when it is not one. */
export function foreignIdNumber(value: string): string | null {
  const number = value.trim().toUpperCase();
  return FOREIGN_ID.test(number) ? number : null;
}

/** The legal representative at registration: cédula, IESS foreigner code, visa or passport. */
export function requireLegalRepresentativeId(field: string, type: LegalRepresentativeIdType, value: string): string {
  if (type === LegalRepresentativeIdType.CEDULA) return requireValidCedula(value, field).cedula;
  const number = foreignIdNumber(value);
  if (!number) throw badUserInput(field, 'El código IESS, la visa o el pasaporte debe tener de 5 a 20 letras, dígitos o guiones.');
  return number;
}

/** A third party or an attorney at the window: cédula, passport or visa. */
export function requireIdentityDocument(field: string, type: IessIdDocumentType, value: string): string {
  if (type === IessIdDocumentType.CEDULA) return requireValidCedula(value, field).cedula;
  const number = foreignIdNumber(value);
  if (!number) throw badUserInput(field, 'El pasaporte o la visa debe tener de 5 a 20 letras, dígitos o guiones.');
  return number;
}
