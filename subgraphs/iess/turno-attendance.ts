import { processConfig } from '../../shared/config';
import { isWorkingDay } from '../../shared/working-days';

// Seed 002: a turno is attended on its day, from its hour, Monday to Friday 8:00–17:00. The tolerance
// after the hour is a setting (IESS_TURNO_TOLERANCE_MINUTES); past it, never past 17:00, the turno expires.

const QUITO_OFFSET_MS = 5 * 3_600_000; // Ecuador, UTC−5, no daylight saving
const CLOSING_MINUTES = 17 * 60;

export type TurnoProblem = { reason: 'TURNO_NOT_YET' | 'TURNO_EXPIRED' | 'OUTSIDE_OFFICE_HOURS'; message: string };

const quito = (at: Date) => new Date(at.getTime() - QUITO_OFFSET_MS);
const dayOf = (at: Date) => quito(at).toISOString().slice(0, 10);
const minutesOf = (at: Date) => quito(at).getUTCHours() * 60 + quito(at).getUTCMinutes();
const hour = (at: Date) => quito(at).toISOString().slice(11, 16);

/** The last instant the turno can be attended: its hour plus the tolerance, or 17:00 that day if earlier. */
export function turnoDeadline(startsAt: Date, toleranceMinutes = processConfig().iessWindow.turnoToleranceMinutes): Date {
  const closing = new Date(Date.parse(`${dayOf(startsAt)}T00:00:00Z`) + QUITO_OFFSET_MS + CLOSING_MINUTES * 60_000);
  return new Date(Math.min(startsAt.getTime() + toleranceMinutes * 60_000, closing.getTime()));
}

export function isTurnoMissed(startsAt: Date, now: Date, toleranceMinutes?: number): boolean {
  return now > turnoDeadline(startsAt, toleranceMinutes);
}

/** Why the turno cannot be attended at `now`, or null when it can. */
export function turnoAttendanceProblem(startsAt: Date, now: Date, toleranceMinutes?: number): TurnoProblem | null {
  const minutes = minutesOf(now);
  if (!isWorkingDay(dayOf(now)) || minutes < 8 * 60 || minutes >= CLOSING_MINUTES) {
    return { reason: 'OUTSIDE_OFFICE_HOURS', message: 'Los Centros de Atención atienden de lunes a viernes (días hábiles) de 8:00 a 17:00: el turno no puede atenderse ahora.' };
  }
  if (now < startsAt) {
    return { reason: 'TURNO_NOT_YET', message: `El turno es el ${dayOf(startsAt)} a las ${hour(startsAt)}: se atiende ese día desde esa hora, no antes.` };
  }
  const deadline = turnoDeadline(startsAt, toleranceMinutes);
  if (now > deadline) {
    return { reason: 'TURNO_EXPIRED', message: `El turno del ${dayOf(startsAt)} a las ${hour(startsAt)} venció a las ${hour(deadline)} sin ser atendido: genere un turno nuevo.` };
  }
  return null;
}
