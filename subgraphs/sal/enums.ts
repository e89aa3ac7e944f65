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
  /** The institution itself was deactivated (§6.5). */
  INSTITUTION_DEACTIVATED = 'INSTITUTION_DEACTIVATED',
}

export enum SalKeyRequestKind {
  CREATION = 'CREATION',
  DEACTIVATION = 'DEACTIVATION',
}

export enum SalKeyRequestStatus {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  /** "Correo de cierre": observations sent, the request is final; a new one must be submitted. */
  CLOSED_WITH_OBSERVATIONS = 'CLOSED_WITH_OBSERVATIONS',
}

export enum SalReviewDecision {
  APPROVE = 'APPROVE',
  CLOSE_WITH_OBSERVATIONS = 'CLOSE_WITH_OBSERVATIONS',
}

/** Who the Responsable UATH is (§4, §6.2.1): it decides whether a delegation or a statement is needed. */
export enum SalUathAppointment {
  DIRECTOR_OR_JEFE = 'DIRECTOR_OR_JEFE',
  DESIGNATED_BY_MAXIMA_AUTORIDAD = 'DESIGNATED_BY_MAXIMA_AUTORIDAD',
  MAXIMA_AUTORIDAD_ACTS_AS_UATH = 'MAXIMA_AUTORIDAD_ACTS_AS_UATH',
}

export enum SalDocumentKind {
  REQUEST_FORM = 'REQUEST_FORM',
  ELEARNING_CERTIFICATE = 'ELEARNING_CERTIFICATE',
  APPOINTMENT_DOCUMENT = 'APPOINTMENT_DOCUMENT',
  DELEGATION = 'DELEGATION',
  MAXIMA_AUTORIDAD_STATEMENT = 'MAXIMA_AUTORIDAD_STATEMENT',
  REQUESTER_PERSONNEL_ACTION = 'REQUESTER_PERSONNEL_ACTION',
}

/** §6.5: processes after which the Máxima Autoridad asks to deactivate the institution. */
export enum SalStatusChangeReason {
  FUSION = 'FUSION',
  ABSORCION = 'ABSORCION',
  ESCISION = 'ESCISION',
  SUPRESION = 'SUPRESION',
  ELIMINACION = 'ELIMINACION',
}

export enum SalSignInOutcome {
  SUCCESS = 'SUCCESS',
  PASSWORD_CHANGE_REQUIRED = 'PASSWORD_CHANGE_REQUIRED',
  WRONG_CREDENTIALS = 'WRONG_CREDENTIALS',
  LOCKED = 'LOCKED',
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
    INSTITUTION_DEACTIVATED: { description: 'Desactivación de la institución (fusión, absorción, escisión, supresión o eliminación)' },
  },
});
registerEnumType(SalKeyRequestKind, { name: 'SalKeyRequestKind', description: 'Creación o desactivación de clave.' });
registerEnumType(SalKeyRequestStatus, { name: 'SalKeyRequestStatus' });
registerEnumType(SalReviewDecision, { name: 'SalReviewDecision' });
registerEnumType(SalUathAppointment, {
  name: 'SalUathAppointment',
  valuesConfig: {
    DIRECTOR_OR_JEFE: { description: 'Director o Jefe de Talento Humano' },
    DESIGNATED_BY_MAXIMA_AUTORIDAD: { description: 'Servidor designado por la Máxima Autoridad (requiere la delegación)' },
    MAXIMA_AUTORIDAD_ACTS_AS_UATH: { description: 'La Máxima Autoridad actúa como Director o Jefe de Talento Humano (requiere su declaración)' },
  },
});
registerEnumType(SalDocumentKind, {
  name: 'SalDocumentKind',
  valuesConfig: {
    REQUEST_FORM: { description: 'Formulario de solicitud de creación y/o desactivación de claves (creación: Excel o PDF; desactivación: solo Excel, XLSX o XLS, §6.4)' },
    ELEARNING_CERTIFICATE: { description: 'Certificado de aprobación de la capacitación e-learning' },
    APPOINTMENT_DOCUMENT: { description: 'Nombramiento, contrato o acción de personal del responsable de Talento Humano' },
    DELEGATION: { description: 'Delegación suscrita por la Máxima Autoridad' },
    MAXIMA_AUTORIDAD_STATEMENT: { description: 'Declaración de que la Máxima Autoridad actúa como Director o Jefe de Talento Humano' },
    REQUESTER_PERSONNEL_ACTION: { description: 'Acción de personal del responsable que solicita la desactivación (§6.4)' },
  },
});
registerEnumType(SalStatusChangeReason, { name: 'SalStatusChangeReason' });
registerEnumType(SalSignInOutcome, { name: 'SalSignInOutcome' });
