import { registerEnumType } from 'type-graphql';

// Vocabulary of seed 001 (key recovery for the Sistema Único de Trabajo and Salarios en Línea).

export enum RecoverableSystem {
  SUT = 'SUT',
  SALARIOS_EN_LINEA = 'SALARIOS_EN_LINEA',
}

export enum SystemKeyRecoveryChannel {
  /** At an MDT window: a regional office or delegation. */
  PRESENCIAL = 'PRESENCIAL',
  /** Through the Quipux document-management system. */
  QUIPUX = 'QUIPUX',
  /** By phone to the citizen line 1800 266 822, answered by the Dirección de Contacto Ciudadano in Quito. */
  TELEFONICA = 'TELEFONICA',
}

export enum SystemKeyRecoveryStatus {
  RECEIVED = 'RECEIVED',
  /** The recovery / regeneration e-mail was sent. */
  RESOLVED = 'RESOLVED',
  REJECTED = 'REJECTED',
}

export enum SystemKeyRecoveryDocumentKind {
  /** Registro Único de Contribuyentes vigente: identifies the requester as an active taxpayer. */
  RUC_CERTIFICATE = 'RUC_CERTIFICATE',
  /** Documento de solicitud de la recuperación de claves, signed. */
  SIGNED_REQUEST = 'SIGNED_REQUEST',
}

export enum AttentionPointKind {
  REGIONAL = 'REGIONAL',
  DELEGACION = 'DELEGACION',
}

registerEnumType(RecoverableSystem, {
  name: 'RecoverableSystem',
  valuesConfig: { SUT: { description: 'Sistema Único de Trabajo' }, SALARIOS_EN_LINEA: { description: 'Salarios en Línea' } },
});
registerEnumType(SystemKeyRecoveryChannel, {
  name: 'SystemKeyRecoveryChannel',
  valuesConfig: {
    PRESENCIAL: { description: 'Ventanilla de una regional o delegación del MDT' },
    QUIPUX: { description: 'Sistema de Gestión Documental Quipux' },
    TELEFONICA: { description: 'Vía telefónica al 1800 266 822 (Dirección de Contacto Ciudadano, Quito)' },
  },
});
registerEnumType(SystemKeyRecoveryStatus, { name: 'SystemKeyRecoveryStatus' });
registerEnumType(AttentionPointKind, { name: 'AttentionPointKind' });
registerEnumType(SystemKeyRecoveryDocumentKind, {
  name: 'SystemKeyRecoveryDocumentKind',
  valuesConfig: {
    RUC_CERTIFICATE: { description: 'Registro Único de Contribuyentes (RUC) vigente' },
    SIGNED_REQUEST: { description: 'Solicitud de recuperación de claves firmada' },
  },
});
