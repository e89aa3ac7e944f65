import { badUserInput, conflict } from '../../shared/errors';
import { IessKeyPickupBy, IessKeyRequestChannel } from './enums';

// Seed 002, notes 2 and 4: on the virtual channel the key goes by e-mail and nobody picks it up; at the
// window it is handed to the legal representative, to the third party the solicitud authorises, or to the
// attorney whose power of attorney the legal area validated.

export interface PickupRecord {
  channel: IessKeyRequestChannel;
  contactEmail: string | null;
  thirdPartyIdNumber: string | null;
  powerOfAttorneyValidatedBy: string | null;
  thirdPartyNames?: string | null;
  attorneyNames?: string | null;
}

/** Who receives the key (null: nobody, it is e-mailed), or the error that says why that person may not. */
export function requireKeyPickup(request: PickupRecord, pickedUpBy: IessKeyPickupBy | null | undefined): IessKeyPickupBy | null {
  const presencial = request.channel === IessKeyRequestChannel.PRESENCIAL;
  if (presencial && !pickedUpBy) throw badUserInput('pickedUpBy', 'Indique quién retira la clave en la ventanilla.');
  if (!presencial && pickedUpBy) throw badUserInput('pickedUpBy', 'En la ventanilla virtual la clave se envía por correo: no hay retiro en persona.');
  if (pickedUpBy === IessKeyPickupBy.AUTHORISED_THIRD_PARTY && !request.thirdPartyIdNumber) throw conflict('pickedUpBy', 'La solicitud no registra un tercero autorizado a retirar la clave.');
  if (pickedUpBy === IessKeyPickupBy.ATTORNEY && !request.powerOfAttorneyValidatedBy) throw conflict('pickedUpBy', 'No hay un poder notarial validado para que un apoderado retire la clave.');
  return pickedUpBy ?? null;
}

/** Virtual only: the request's active e-mail, else the registered one. A presencial key is never e-mailed (window-key-notice.ts). */
export function keyMailRecipient(request: PickupRecord, registeredEmail: string): string {
  return request.contactEmail ?? registeredEmail;
}

/** The name of the person the sealed notice is handed to at the window. */
export function personAtWindow(request: PickupRecord, pickedUpBy: IessKeyPickupBy, legalRepresentativeNames: string): string {
  if (pickedUpBy === IessKeyPickupBy.AUTHORISED_THIRD_PARTY) return request.thirdPartyNames ?? '';
  if (pickedUpBy === IessKeyPickupBy.ATTORNEY) return request.attorneyNames ?? '';
  return legalRepresentativeNames;
}
