import { badUserInput } from '../../shared/errors';
import { requireValidCedula } from '../../shared/identifiers';
import { TrainerIdentificationType as Type } from './enums';

// Seed 004 is addressed to "Persona Natural - Ecuatoriana, Persona Natural - Extranjera": an Ecuadorian
// (or a resident foreigner) is identified by the cédula; a foreigner without one by passport or visa,
// with the nationality that issued it. The number travels in the `cedula` fields of the contract.

/** Passport and visa numbers as printed: letters and digits, 5 to 20 of them (spaces and dashes dropped). */
const TRAVEL_DOCUMENT = /^[A-Z0-9]{5,20}$/;
/** ISO 3166-1 alpha-3 country code. */
const COUNTRY = /^[A-Z]{3}$/;
const LABEL: Record<Type, string> = { CEDULA: 'la cédula', PASSPORT: 'el pasaporte', VISA: 'la visa' };

export interface TrainerIdentification {
  identificationType: Type;
  /** The cédula, or the passport or visa number. */
  cedula: string;
  nationality: string | null;
}

/** The trainer's identification, normalised; `nationality` is required when registering a passport or visa. */
export function requireTrainerIdentification(
  given: { identificationType?: Type | null; cedula: string; nationality?: string | null },
  options: { registering: boolean },
): TrainerIdentification {
  const type = given.identificationType ?? Type.CEDULA;
  if (type === Type.CEDULA) {
    if (given.nationality) throw badUserInput('nationality', 'Con cédula no se indica nacionalidad: se indica solo con pasaporte o visa.', { reason: 'NOT_FOR_CEDULA' });
    return { identificationType: type, cedula: requireValidCedula(given.cedula).cedula, nationality: null };
  }
  const number = given.cedula.toUpperCase().replace(/[\s-]/g, '');
  if (!TRAVEL_DOCUMENT.test(number)) {
    throw badUserInput('cedula', `El número de ${LABEL[type]} "${given.cedula}" debe tener de 5 a 20 letras o dígitos.`, { reason: 'TRAVEL_DOCUMENT_FORMAT' });
  }
  if (!options.registering) return { identificationType: type, cedula: number, nationality: null };
  const nationality = given.nationality?.trim().toUpperCase() ?? '';
  if (!COUNTRY.test(nationality)) {
    throw badUserInput('nationality', `Indique la nacionalidad de quien presenta ${LABEL[type]} con el código de país de tres letras (ISO 3166-1, por ejemplo COL o VEN).`, { reason: 'NATIONALITY_FORMAT' });
  }
  if (nationality === 'ECU') throw badUserInput('identificationType', 'Una persona ecuatoriana se identifica con su cédula, no con pasaporte ni visa.', { reason: 'ECUADORIAN_USES_CEDULA' });
  return { identificationType: type, cedula: number, nationality };
}
