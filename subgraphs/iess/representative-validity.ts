import { IessEmployer } from './employer';
import { LegalRepresentativeIdType } from './enums';
import { requireVigente } from './document-validity';

const LABELS: Record<LegalRepresentativeIdType, string> = {
  CEDULA: 'la cédula del representante legal',
  VISA: 'la visa del representante legal',
  PASSPORT: 'el pasaporte del representante legal',
  IESS_FOREIGNER_CODE: 'el código IESS para extranjeros',
};

/** The legal representative's document must be vigente today; the IESS code for foreigners has no expiry (null). */
export function representativeValidity(employer: Pick<IessEmployer, 'legalRepresentativeIdType'>, validUntil: string | null | undefined, today: string): string | null {
  if (employer.legalRepresentativeIdType === LegalRepresentativeIdType.IESS_FOREIGNER_CODE) return null;
  return requireVigente('representativeIdValidUntil', validUntil, LABELS[employer.legalRepresentativeIdType], today);
}
