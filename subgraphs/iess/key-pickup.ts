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

/** Virtual: the request's active e-mail. Presencial: the window hands over access; the key itself goes to the registered e-mail. */
export function keyMailRecipient(request: PickupRecord, registeredEmail: string): string {
  return request.channel === IessKeyRequestChannel.PRESENCIAL ? registeredEmail : request.contactEmail ?? registeredEmail;
}
