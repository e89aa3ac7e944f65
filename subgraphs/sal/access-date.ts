import { badUserInput } from '../../shared/errors';
import { addWorkingDays, ecuadorToday, isValidDay, isWorkingDay } from '../../shared/working-days';

/** §6.1: the request must reach the Ministry at least three días término before access is needed. */
export const LEAD_WORKING_DAYS = 3;

/** The first day a key requested `today` may be used: three working days later, holidays skipped. */
export function earliestAccessDate(today = ecuadorToday()): string {
  return addWorkingDays(today, LEAD_WORKING_DAYS);
}

/** The requested access day of a creation request ('YYYY-MM-DD'), or BAD_USER_INPUT on requestedAccessDate. */
export function requireAccessDate(requested: string | null | undefined, today = ecuadorToday()): string {
  if (!requested || !isValidDay(requested)) throw badUserInput('requestedAccessDate', 'Indique la fecha de acceso requerida en formato AAAA-MM-DD.');
  const earliest = earliestAccessDate(today);
  if (requested < earliest) {
    throw badUserInput('requestedAccessDate', `La solicitud debe enviarse al menos ${LEAD_WORKING_DAYS} días término antes del acceso: la fecha más próxima posible es ${earliest}.`, {
      reason: 'LEAD_TIME',
      earliest,
    });
  }
  if (!isWorkingDay(requested)) {
    const weekday = new Date(`${requested}T12:00:00Z`).getUTCDay();
    const what = weekday === 6 ? 'es sábado' : weekday === 0 ? 'es domingo' : 'es feriado nacional';
    throw badUserInput('requestedAccessDate', `La fecha de acceso ${requested} ${what}: indique un día hábil (de lunes a viernes, sin feriados).`, { reason: 'NOT_A_WORKING_DAY' });
  }
  return requested;
}
