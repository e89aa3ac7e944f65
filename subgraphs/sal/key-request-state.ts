import { conflict } from '../../shared/errors';
import { SalKeyRequestStatus } from './enums';

// The one place that says how a key request may move. Decided requests are final (§6.1: after a
// "correo de cierre" the institution sends a new request).

const TRANSITIONS: Record<SalKeyRequestStatus, readonly SalKeyRequestStatus[]> = {
  [SalKeyRequestStatus.SUBMITTED]: [SalKeyRequestStatus.APPROVED, SalKeyRequestStatus.CLOSED_WITH_OBSERVATIONS],
  [SalKeyRequestStatus.APPROVED]: [],
  [SalKeyRequestStatus.CLOSED_WITH_OBSERVATIONS]: [],
};

const LABELS: Record<SalKeyRequestStatus, string> = {
  SUBMITTED: 'recibida',
  APPROVED: 'aprobada',
  CLOSED_WITH_OBSERVATIONS: 'cerrada con observaciones',
};

export function canMove(from: SalKeyRequestStatus, to: SalKeyRequestStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertTransition(from: SalKeyRequestStatus, to: SalKeyRequestStatus): void {
  if (!canMove(from, to)) {
    throw conflict(`La solicitud está ${LABELS[from]} y no puede pasar a ${LABELS[to]}${TRANSITIONS[from].length === 0 ? ': es definitiva; la institución debe enviar una nueva solicitud' : ''}.`, {
      from,
      to,
    });
  }
}
