import { badUserInput } from '../../shared/errors';
import { requirePickupTime } from './pickup-office';

// Seed 004: the trainer picks the issued credential up in Quito; the clerk records the handover as it
// happens (a short late-recording window, a setting to confirm with the MDT), never ahead, never before issue.

/** A few seconds of difference between the clerk's clock and the server's are not "ahead of time". */
const CLOCK_SKEW_MS = 60_000;

const at = (d: Date) => d.toLocaleString('es-EC', { timeZone: 'America/Guayaquil', dateStyle: 'short', timeStyle: 'short' });

/** The pickup moment, or BAD_USER_INPUT on deliveredAt naming the rule it breaks. */
export function requirePickupMoment(deliveredAt: Date, context: { now: Date; issuedAt: Date | null; lateRecordingMinutes: number }): Date {
  const { now, issuedAt, lateRecordingMinutes } = context;
  if (deliveredAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw badUserInput('deliveredAt', `La entrega se registra cuando ocurre: ${at(deliveredAt)} es posterior a este momento (${at(now)}).`, { reason: 'PICKUP_IN_THE_FUTURE' });
  }
  if (issuedAt && deliveredAt.getTime() < issuedAt.getTime()) {
    throw badUserInput('deliveredAt', `La credencial no puede entregarse antes de ser emitida: se emitió el ${at(issuedAt)} y la entrega indica ${at(deliveredAt)}.`, { reason: 'PICKUP_BEFORE_ISSUE' });
  }
  if (now.getTime() - deliveredAt.getTime() > lateRecordingMinutes * 60_000) {
    throw badUserInput('deliveredAt', `La entrega se registra cuando ocurre: ${at(deliveredAt)} fue hace más de ${lateRecordingMinutes} minutos.`, { reason: 'PICKUP_RECORDED_TOO_LATE' });
  }
  return requirePickupTime(deliveredAt);
}
