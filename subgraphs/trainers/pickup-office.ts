import { badUserInput } from '../../shared/errors';
import { isWorkingDay } from '../../shared/working-days';

// Seed 004: credentials are picked up in Quito, Monday to Friday from 08h00 to 16h45.
export const PICKUP_OFFICE = 'Av. Amazonas N38-42 y Villalengua, Edificio Amazonas 100, 4to. piso, Quito';
/** The office's canton: its cantonal holiday (Fundación de Quito, 6 December) closes it too. */
export const PICKUP_CANTON = 'Quito';
export const PICKUP_HOURS = 'lunes a viernes de 08h00 a 16h45';

/** Whether `at` falls in office hours, in Ecuador's time, on a working day. */
export function isWithinPickupHours(at: Date): boolean {
  const local = new Date(at.getTime() - 5 * 3_600_000); // Ecuador is UTC−5 all year
  const day = local.toISOString().slice(0, 10);
  const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
  return isWorkingDay(day, PICKUP_CANTON) && minutes >= 8 * 60 && minutes <= 16 * 60 + 45;
}

/** The pickup time, or BAD_USER_INPUT on deliveredAt when it falls outside office hours. */
export function requirePickupTime(at: Date): Date {
  if (!isWithinPickupHours(at)) {
    throw badUserInput('deliveredAt', `La entrega solo ocurre en la oficina de Quito, ${PICKUP_HOURS} (días hábiles): ${at.toISOString()} está fuera de ese horario.`, { reason: 'OUTSIDE_OFFICE_HOURS' });
  }
  return at;
}
