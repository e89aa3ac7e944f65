import { isWorkingDay } from '../../shared/working-days';

// Centros de Atención: Monday to Friday 8:00–17:00 (seed 002); turns start every 30 minutes.
export const SLOT_MINUTES = 30;

export function appointmentSlotProblem(startsAt: Date, now = new Date()): string | null {
  const local = new Date(startsAt.getTime() - 5 * 3_600_000); // Ecuador, UTC−5
  const day = local.toISOString().slice(0, 10);
  const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
  if (startsAt <= now) return 'el turno debe ser en el futuro';
  if (!isWorkingDay(day)) return `${day} no es día hábil (lunes a viernes, sin feriados nacionales)`;
  if (minutes < 8 * 60 || minutes > 17 * 60 - SLOT_MINUTES) return 'la atención es de 8:00 a 17:00';
  if (minutes % SLOT_MINUTES !== 0 || local.getUTCSeconds() !== 0) return `los turnos empiezan cada ${SLOT_MINUTES} minutos (8:00, 8:30, …)`;
  return null;
}
