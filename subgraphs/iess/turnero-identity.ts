import { badUserInput } from '../../shared/errors';
import { requireValidCedula } from '../../shared/identifiers';
import { IessIdDocumentType } from './enums';
import { requireIdentityDocument } from './identity-document';

// Seed 002's turnero asks for the cédula; a foreign legal representative without one (seed 002, requisito 6)
// books with a passport or a visa instead.

export interface TurneroIdentity {
  cedula: string | null;
  idType: IessIdDocumentType;
  idNumber: string;
}

export function requireTurneroIdentity(shown: { cedula?: string | null; idType?: IessIdDocumentType | null; idNumber?: string | null }): TurneroIdentity {
  if (shown.cedula?.trim()) {
    const cedula = requireValidCedula(shown.cedula).cedula;
    return { cedula, idType: IessIdDocumentType.CEDULA, idNumber: cedula };
  }
  if (!shown.idType || shown.idType === IessIdDocumentType.CEDULA || !shown.idNumber?.trim()) {
    throw badUserInput('cedula', 'Ingrese su número de cédula o, si es extranjero sin cédula, el tipo (pasaporte o visa) y el número de su documento.', { reason: 'IDENTITY_MISSING' });
  }
  return { cedula: null, idType: shown.idType, idNumber: requireIdentityDocument('idNumber', shown.idType, shown.idNumber) };
}
