import { registerEnumType } from 'type-graphql';

// Vocabulary of seed 004 (credentials of independent trainers).

export enum TrainerCredentialStatus {
  REQUESTED = 'REQUESTED',
  ISSUED = 'ISSUED',
  /** Picked up at Av. Amazonas N38-42 y Villalengua, Edificio Amazonas 100, 4to piso, Quito. */
  DELIVERED = 'DELIVERED',
  /** The qualification was withdrawn. */
  REVOKED = 'REVOKED',
}

export enum TrainerCredentialChannel {
  ONLINE = 'ONLINE',
  EMAIL = 'EMAIL',
}

/** Seed 004 is for "Persona Natural - Ecuatoriana, Persona Natural - Extranjera": a foreigner without a cédula shows a passport or visa. */
export enum TrainerIdentificationType {
  CEDULA = 'CEDULA',
  PASSPORT = 'PASSPORT',
  VISA = 'VISA',
}

export enum TrainerCredentialDocumentKind {
  /** Fotografía en formato jpg. */
  PHOTO = 'PHOTO',
  /** Resolución de calificación como capacitador independiente, en pdf. */
  QUALIFICATION_RESOLUTION = 'QUALIFICATION_RESOLUTION',
}

registerEnumType(TrainerCredentialDocumentKind, {
  name: 'TrainerCredentialDocumentKind',
  valuesConfig: { PHOTO: { description: 'Fotografía (JPG)' }, QUALIFICATION_RESOLUTION: { description: 'Resolución de calificación (PDF)' } },
});
registerEnumType(TrainerCredentialStatus, { name: 'TrainerCredentialStatus' });
registerEnumType(TrainerIdentificationType, {
  name: 'TrainerIdentificationType',
  valuesConfig: { CEDULA: { description: 'Cédula de identidad' }, PASSPORT: { description: 'Pasaporte (persona extranjera)' }, VISA: { description: 'Visa (persona extranjera)' } },
});
registerEnumType(TrainerCredentialChannel, {
  name: 'TrainerCredentialChannel',
  valuesConfig: { ONLINE: { description: 'Trámite en línea' }, EMAIL: { description: 'Correo electrónico a soporte@setec.gob.ec' } },
});
