import { registerEnumType } from 'type-graphql';

// Vocabulary of seed 002 (IESS employer key, clave patronal).

export enum LegalRepresentativeIdType {
  CEDULA = 'CEDULA',
  /** Foreigners without cédula registered or affiliated with the IESS. */
  IESS_FOREIGNER_CODE = 'IESS_FOREIGNER_CODE',
  VISA = 'VISA',
  PASSPORT = 'PASSPORT',
}

export enum IessKeyRequestChannel {
  /** Ventanilla virtual: scanned JPG/PDF uploads, electronically signed solicitud. */
  VIRTUAL = 'VIRTUAL',
  /** Turno en línea and window: original documents, handwritten signatures. */
  PRESENCIAL = 'PRESENCIAL',
}

export enum IessKeyRequestStatus {
  SUBMITTED = 'SUBMITTED',
  /** Missing or wrong documents; can be corrected. */
  OBSERVED = 'OBSERVED',
  APPROVED = 'APPROVED',
  KEY_DELIVERED = 'KEY_DELIVERED',
  REJECTED = 'REJECTED',
}

registerEnumType(LegalRepresentativeIdType, {
  name: 'LegalRepresentativeIdType',
  valuesConfig: {
    CEDULA: { description: 'Cédula de identidad' },
    IESS_FOREIGNER_CODE: { description: 'Código de identificación para extranjeros del IESS' },
    VISA: { description: 'Visa vigente' },
    PASSPORT: { description: 'Pasaporte vigente' },
  },
});
registerEnumType(IessKeyRequestChannel, { name: 'IessKeyRequestChannel' });
registerEnumType(IessKeyRequestStatus, { name: 'IessKeyRequestStatus' });
