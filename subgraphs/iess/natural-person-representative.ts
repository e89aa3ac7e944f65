import { badUserInput } from '../../shared/errors';
import type { RucCheck } from '../../shared/identifiers/ruc';
import { LegalRepresentativeIdType } from './enums';

// A natural person employer is its own legal representative (the RUC carries their cédula), unless a
// power of attorney names someone else, whose number is then recorded.

export function naturalPersonRepresentativeProblem(ruc: Extract<RucCheck, { valid: true }>, idType: LegalRepresentativeIdType, idNumber: string, powerOfAttorneyNumber: string | null): string | null {
  if (ruc.kind !== 'NATURAL_PERSON' || powerOfAttorneyNumber) return null;
  if (idType === LegalRepresentativeIdType.CEDULA && idNumber === ruc.cedula) return null;
  return `El RUC ${ruc.ruc} es de una persona natural: su representante legal es el titular (cédula ${ruc.cedula}), salvo que un poder notarial designe a otra persona (indique su número).`;
}

export function requireNaturalPersonRepresentative(ruc: Extract<RucCheck, { valid: true }>, idType: LegalRepresentativeIdType, idNumber: string, powerOfAttorneyNumber: string | null): void {
  const problem = naturalPersonRepresentativeProblem(ruc, idType, idNumber, powerOfAttorneyNumber);
  if (problem) throw badUserInput('legalRepresentative.idNumber', problem, { reason: 'NATURAL_PERSON_IS_OWN_REPRESENTATIVE' });
}
