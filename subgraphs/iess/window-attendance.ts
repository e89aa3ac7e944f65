import { requireText } from '../../shared/contact';
import { badUserInput } from '../../shared/errors';
import { IessIdDocumentType, IessSignatureKind } from './enums';
import { requireVigente } from './document-validity';
import { requireIdentityDocument } from './identity-document';

// Seed 002, trámite presencial: at the window the solicitud and the acuerdo are signed by hand; a third
// party may act only if the "Autorización de Retiro de Contraseña" is in the signed solicitud; an attorney
// brings a notarised power of attorney (it counts once the legal area validates it, key-request-state.ts).

export interface WindowPresentation {
  handwrittenSignatures: boolean;
  thirdParty?: { names: string; idType: IessIdDocumentType; idNumber: string; authorisedInSolicitud: boolean; idValidUntil?: string | null } | null;
  powerOfAttorney?: { notarialNumber: string; attorneyNames: string; attorneyIdType: IessIdDocumentType; attorneyIdNumber: string; attorneyIdValidUntil?: string | null } | null;
}

/** What the request records of the attendance. */
export interface WindowAttendance {
  signatureKind: IessSignatureKind;
  thirdPartyNames: string | null;
  thirdPartyIdType: IessIdDocumentType | null;
  thirdPartyIdNumber: string | null;
  powerOfAttorneyNumber: string | null;
  attorneyNames: string | null;
  attorneyIdType: IessIdDocumentType | null;
  attorneyIdNumber: string | null;
  thirdPartyIdValidUntil: string | null;
  attorneyIdValidUntil: string | null;
}

/** `today`: Ecuador's date at the window, on which every document shown must be vigente. */
export function requireWindowAttendance(shown: WindowPresentation, today: string): WindowAttendance {
  if (!shown.handwrittenSignatures) {
    throw badUserInput('handwrittenSignatures', 'En el trámite presencial la solicitud y el acuerdo deben estar firmados a mano por el representante legal (o su apoderado).');
  }
  const third = shown.thirdParty;
  if (third && !third.authorisedInSolicitud) {
    throw badUserInput('thirdParty.authorisedInSolicitud', 'El tercero solo puede retirar la clave si la "Autorización de Retiro de Contraseña" consta en la solicitud firmada por el representante legal.');
  }
  const power = shown.powerOfAttorney;
  return {
    signatureKind: IessSignatureKind.HANDWRITTEN,
    thirdPartyNames: third ? requireText('thirdParty.names', third.names, 'los nombres del tercero') : null,
    thirdPartyIdType: third?.idType ?? null,
    thirdPartyIdNumber: third ? requireIdentityDocument('thirdParty.idNumber', third.idType, third.idNumber) : null,
    powerOfAttorneyNumber: power ? requireText('powerOfAttorney.notarialNumber', power.notarialNumber, 'el número del poder notarial', 80) : null,
    attorneyNames: power ? requireText('powerOfAttorney.attorneyNames', power.attorneyNames, 'los nombres del apoderado') : null,
    attorneyIdType: power?.attorneyIdType ?? null,
    attorneyIdNumber: power ? requireIdentityDocument('powerOfAttorney.attorneyIdNumber', power.attorneyIdType, power.attorneyIdNumber) : null,
    thirdPartyIdValidUntil: third ? requireVigente('thirdParty.idValidUntil', third.idValidUntil, 'el documento del tercero', today) : null,
    attorneyIdValidUntil: power ? requireVigente('powerOfAttorney.attorneyIdValidUntil', power.attorneyIdValidUntil, 'el documento del apoderado', today) : null,
  };
}
