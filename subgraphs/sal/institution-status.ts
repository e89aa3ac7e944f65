import { conflict } from '../../shared/errors';
import { SalInstitutionStatus, SalStatusChangeReason } from './enums';
import type { SalInstitution } from './institution';

// §6.5: an institution with pending labour-authorisation processes cannot change its status; once
// deactivated (fusión, absorción, escisión, supresión, eliminación) it receives no key requests and gets no keys.

const STATUS_CHANGE_LABELS: Record<SalStatusChangeReason, string> = { FUSION: 'fusión', ABSORCION: 'absorción', ESCISION: 'escisión', SUPRESION: 'supresión', ELIMINACION: 'eliminación' };

type InstitutionState = Pick<SalInstitution, 'ruc' | 'status' | 'pendingAuthorizationProcesses'>;

/** The Máxima Autoridad's oficio may deactivate the institution only when it is active with nothing pending. */
export function assertStatusMayChange(institution: InstitutionState): void {
  const { ruc, pendingAuthorizationProcesses: pending } = institution;
  if (institution.status === SalInstitutionStatus.DEACTIVATED) throw conflict('ruc', `La institución ${ruc} ya está desactivada.`);
  if (pending > 0) {
    throw conflict('ruc', `La institución ${ruc} tiene ${pending} proceso(s) de autorización laboral pendiente(s): debe concluirlos antes de cambiar su estado (§6.5).`, {
      pendingAuthorizationProcesses: pending,
    });
  }
}

/** A deactivated institution (fusión, absorción …) no longer exists as such: its name and Función stay as they were. */
export function assertMayBeUpdated(institution: InstitutionState & Partial<Pick<SalInstitution, 'statusChangeReason'>>): void {
  if (institution.status !== SalInstitutionStatus.DEACTIVATED) return;
  const after = institution.statusChangeReason ? ` tras su ${STATUS_CHANGE_LABELS[institution.statusChangeReason]}` : '';
  throw conflict('ruc', `La institución ${institution.ruc} fue desactivada en el SAL${after}: sus datos ya no se modifican (§6.5).`);
}

/** A key request is received only from an active institution. */
export function assertReceivesRequests(institution: InstitutionState): void {
  if (institution.status !== SalInstitutionStatus.ACTIVE) throw conflict('institutionRuc', `La institución ${institution.ruc} está desactivada en el SAL: no recibe solicitudes de claves.`);
}

/** A key is issued only to an active institution (it may have been deactivated while the request waited). */
export function assertKeysMayBeIssued(institution: InstitutionState): void {
  if (institution.status !== SalInstitutionStatus.ACTIVE) throw conflict('institutionRuc', `La institución ${institution.ruc} fue desactivada: no se emiten claves.`);
}
