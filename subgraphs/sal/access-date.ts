import { badUserInput } from '../../shared/errors';
import { addWorkingDays, ecuadorToday, isValidDay } from '../../shared/working-days';

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
  return requested;
}
