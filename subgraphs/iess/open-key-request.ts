import { In, IsNull, Not, type EntityManager } from 'typeorm';
import { conflict } from '../../shared/errors';
import { IessEmployer } from './employer';
import { IessKeyRequestChannel, IessKeyRequestStatus as S } from './enums';
import { IessEmployerKeyRequest } from './key-request';
import { moveKeyRequest } from './key-request-state';
import { isTurnoMissed, turnoDeadline } from './turno-attendance';

// One clave patronal request in course per employer (issue 12, point 14): a second one, on either
// channel, is refused while one is presented, observed or approved and not delivered. A missed turno
// no longer holds the employer: it expires first, and its history says so.

export const OPEN_STATUSES = [S.SUBMITTED, S.OBSERVED, S.APPROVED] as const;
const LABELS: Record<(typeof OPEN_STATUSES)[number], string> = { SUBMITTED: 'presentada', OBSERVED: 'observada', APPROVED: 'aprobada, con la clave por entregar' };
export const SYSTEM_ACTOR = 'llavero (vencimiento de turno)';

/** Moves the employer's (or one request's) missed turnos to EXPIRED, with the deadline in the history. */
export async function expireMissedTurnos(manager: EntityManager, where: { employerRuc: string } | { id: string }, now: Date): Promise<number> {
  const candidates = await manager.getRepository(IessEmployerKeyRequest).find({
    where: { ...where, channel: IessKeyRequestChannel.PRESENCIAL, status: S.SUBMITTED, attendedAt: IsNull(), appointmentAt: Not(IsNull()) },
  });
  const missed = candidates.filter(r => isTurnoMissed(r.appointmentAt!, now));
  for (const request of missed) {
    const deadline = turnoDeadline(request.appointmentAt!).toLocaleString('es-EC', { timeZone: 'America/Guayaquil', dateStyle: 'long', timeStyle: 'short' });
    await moveKeyRequest(manager, request.id, S.EXPIRED, SYSTEM_ACTOR, `Turno no atendido: venció el ${deadline}.`);
  }
  return missed.length;
}

/** Locks the employer (two submissions at once wait for each other) and refuses a second open request. */
export async function assertNoOpenKeyRequest(manager: EntityManager, ruc: string, now: Date): Promise<void> {
  await manager.getRepository(IessEmployer).findOne({ where: { ruc }, lock: { mode: 'pessimistic_write' } });
  await expireMissedTurnos(manager, { employerRuc: ruc }, now);
  const open = await manager.getRepository(IessEmployerKeyRequest).findOne({ where: { employerRuc: ruc, status: In([...OPEN_STATUSES]) }, order: { submittedAt: 'DESC' } });
  if (!open) return;
  const since = open.submittedAt.toLocaleDateString('es-EC', { timeZone: 'America/Guayaquil', dateStyle: 'long' });
  throw conflict('employerRuc', `El empleador ${ruc} ya tiene una solicitud de clave patronal en curso (${LABELS[open.status as (typeof OPEN_STATUSES)[number]]}, presentada el ${since}): espere a que se resuelva antes de presentar otra.`, {
    reason: 'KEY_REQUEST_ALREADY_OPEN',
    openRequestId: open.id,
  });
}
