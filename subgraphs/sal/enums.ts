import { registerEnumType } from 'type-graphql';

// Vocabulary of seed 000 (MDT module for SAL access keys).

export enum SalGovernmentFunction {
  EJECUTIVA = 'EJECUTIVA',
  NO_EJECUTIVA = 'NO_EJECUTIVA',
}

export enum SalInstitutionStatus {
  ACTIVE = 'ACTIVE',
  /** Deactivated after fusión, absorción, escisión, supresión or eliminación (§6.5). */
  DEACTIVATED = 'DEACTIVATED',
}

export enum SalAccessKeyStatus {
  /** Issued; the holder has not signed in yet and must change the temporary password. */
  PENDING_FIRST_LOGIN = 'PENDING_FIRST_LOGIN',
  ACTIVE = 'ACTIVE',
  DEACTIVATED = 'DEACTIVATED',
}

/** §6.6 reasons to deactivate a key, plus the automatic one when a new Responsable UATH is activated. */
export enum SalDeactivationReason {
  CHANGE_OF_POST_OR_FUNCTIONS = 'CHANGE_OF_POST_OR_FUNCTIONS',
  TEMPORARY_ABSENCE = 'TEMPORARY_ABSENCE',
  CHANGE_OF_RESPONSIBLE = 'CHANGE_OF_RESPONSIBLE',
  LOSS_OR_THEFT_OR_RISK = 'LOSS_OR_THEFT_OR_RISK',
}

registerEnumType(SalGovernmentFunction, {
  name: 'SalGovernmentFunction',
  description: 'Whether the institution belongs to the Función Ejecutiva.',
  valuesConfig: {
    EJECUTIVA: { description: 'Función Ejecutiva' },
    NO_EJECUTIVA: { description: 'No Función Ejecutiva' },
  },
});
registerEnumType(SalInstitutionStatus, { name: 'SalInstitutionStatus', description: 'Status of the institution in the Sistema de Autorizaciones Laborales.' });
registerEnumType(SalAccessKeyStatus, { name: 'SalAccessKeyStatus', description: 'Status of a Responsable UATH access key.' });
registerEnumType(SalDeactivationReason, {
  name: 'SalDeactivationReason',
  description: 'Why a key was deactivated (seed 000 §6.6).',
  valuesConfig: {
    CHANGE_OF_POST_OR_FUNCTIONS: { description: 'Cambio de cargo o funciones del Responsable de Talento Humano' },
    TEMPORARY_ABSENCE: { description: 'Ausencia temporal por vacaciones o permisos' },
    CHANGE_OF_RESPONSIBLE: { description: 'Cambio de Responsable de la UATH' },
    LOSS_OR_THEFT_OR_RISK: { description: 'Pérdida o robo de la contraseña, o riesgo de acceso de un tercero' },
  },
});
