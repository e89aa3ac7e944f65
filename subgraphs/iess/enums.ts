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
  /** Presencial: the turno was not attended on its day within the tolerance. */
  EXPIRED = 'EXPIRED',
}

export enum IessDocumentKind {
  RUC = 'RUC',
  SIGNED_REQUEST = 'SIGNED_REQUEST',
  LEGAL_REPRESENTATIVE_ID = 'LEGAL_REPRESENTATIVE_ID',
  /** For foreigners without cédula: IESS identification code, current visa or current passport. */
  FOREIGN_ID_DOCUMENT = 'FOREIGN_ID_DOCUMENT',
  SIGNED_AGREEMENT = 'SIGNED_AGREEMENT',
  ARTISAN_QUALIFICATION = 'ARTISAN_QUALIFICATION',
}

export enum IessSignatureKind {
  /** Ventanilla virtual: the solicitud carries a PDF signature dictionary. */
  ELECTRONIC = 'ELECTRONIC',
  /** At the window: solicitud and acuerdo signed by hand. */
  HANDWRITTEN = 'HANDWRITTEN',
}

/** Who received the key at the window (seed 002, notes 2 and 4). */
export enum IessKeyPickupBy {
  LEGAL_REPRESENTATIVE = 'LEGAL_REPRESENTATIVE',
  AUTHORISED_THIRD_PARTY = 'AUTHORISED_THIRD_PARTY',
  ATTORNEY = 'ATTORNEY',
}

/** The virtual form's "trámite" (Recepción de trámites): this service takes the clave patronal. */
export enum IessProcedure {
  CLAVE_PATRONAL = 'CLAVE_PATRONAL',
}

export enum IessIdDocumentType {
  CEDULA = 'CEDULA',
  PASSPORT = 'PASSPORT',
  VISA = 'VISA',
}

registerEnumType(IessDocumentKind, {
  name: 'IessDocumentKind',
  valuesConfig: {
    RUC: { description: 'Registro Único de Contribuyentes' },
    SIGNED_REQUEST: { description: 'Solicitud de entrega de clave patronal, suscrita' },
    LEGAL_REPRESENTATIVE_ID: { description: 'Cédula del representante legal' },
    FOREIGN_ID_DOCUMENT: { description: 'Código de identificación IESS, visa vigente o pasaporte vigente (extranjeros sin cédula)' },
    SIGNED_AGREEMENT: { description: 'Acuerdo de Responsabilidad y Uso de la Información, suscrito' },
    ARTISAN_QUALIFICATION: { description: 'Calificación artesanal (solo artesanos calificados)' },
  },
});
registerEnumType(IessSignatureKind, {
  name: 'IessSignatureKind',
  valuesConfig: { ELECTRONIC: { description: 'Firma electrónica' }, HANDWRITTEN: { description: 'Firma manuscrita en ventanilla' } },
});
registerEnumType(IessProcedure, { name: 'IessProcedure', valuesConfig: { CLAVE_PATRONAL: { description: 'Generación de clave patronal de acceso al portal IESS' } } });
registerEnumType(IessKeyPickupBy, {
  name: 'IessKeyPickupBy',
  valuesConfig: {
    LEGAL_REPRESENTATIVE: { description: 'Representante legal' },
    AUTHORISED_THIRD_PARTY: { description: 'Tercero autorizado en la solicitud' },
    ATTORNEY: { description: 'Apoderado con poder notarial validado' },
  },
});
registerEnumType(IessIdDocumentType, {
  name: 'IessIdDocumentType',
  valuesConfig: { CEDULA: { description: 'Cédula de identidad' }, PASSPORT: { description: 'Pasaporte' }, VISA: { description: 'Visa' } },
});
registerEnumType(LegalRepresentativeIdType, {
  name: 'LegalRepresentativeIdType',
  valuesConfig: {
    CEDULA: { description: 'Cédula de identidad' },
    IESS_FOREIGNER_CODE: { description: 'Código de identificación para extranjeros del IESS' },
    VISA: { description: 'Visa vigente' },
    PASSPORT: { description: 'Pasaporte vigente' },
  },
});
registerEnumType(IessKeyRequestChannel, {
  name: 'IessKeyRequestChannel',
  valuesConfig: { VIRTUAL: { description: 'Ventanilla virtual' }, PRESENCIAL: { description: 'Ventanilla presencial (turno)' } },
});
registerEnumType(IessKeyRequestStatus, {
  name: 'IessKeyRequestStatus',
  valuesConfig: {
    SUBMITTED: { description: 'Presentada' },
    OBSERVED: { description: 'Observada' },
    APPROVED: { description: 'Aprobada' },
    KEY_DELIVERED: { description: 'Con clave entregada' },
    REJECTED: { description: 'Rechazada' },
    EXPIRED: { description: 'Vencida (turno no atendido)' },
  },
});
