import { badUserInput } from '../../shared/errors';
import { ecuadorToday, isValidDay } from '../../shared/working-days';

// Seed 004: the credential is for people who already "obtuvieron ante el MDT la calificación": a
// resolution dated after today (in Ecuador) has not been issued yet.

/** The resolution's date, 'YYYY-MM-DD', or BAD_USER_INPUT on resolutionDate. */
export function requireResolutionDate(day: string, now = new Date()): string {
  if (!isValidDay(day)) throw badUserInput('resolutionDate', 'La fecha de la resolución debe ser AAAA-MM-DD.', { reason: 'DATE_FORMAT' });
  const today = ecuadorToday(now);
  if (day > today) {
    throw badUserInput('resolutionDate', `La resolución de calificación no puede tener fecha futura: ${day} es posterior a hoy (${today}).`, { reason: 'RESOLUTION_DATE_IN_THE_FUTURE' });
  }
  return day;
}
