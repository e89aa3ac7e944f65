import { shiftDay, weekdayOf } from './days';
import { easterSunday } from './easter';

// Código del Trabajo art. 65 and LOSEP art. 25, as reformed by the Ley Orgánica Reformatoria a la
// LOSEP y al Código del Trabajo (R.O. 906-S, 20-XII-2016, the "Ley de Feriados"): 11 national days
// of rest; from 2017 they move by weekday so the rest joins a weekend, except as noted below.

export interface Holiday {
  day: string;
  name: string;
}

/** A single holiday's day of rest: Sat → Fri before, Sun → Mon after; Tue → Mon before, Wed/Thu → Fri. */
export function movedByLaw(day: string, fixed = false): string {
  const weekday = weekdayOf(day);
  if (weekday === 6) return shiftDay(day, -1);
  if (weekday === 0) return shiftDay(day, 1);
  // 1 January, 25 December and Carnival Tuesday do not move from a weekday.
  if (fixed) return day;
  if (weekday === 2) return shiftDay(day, -1);
  if (weekday === 3) return shiftDay(day, 2);
  if (weekday === 4) return shiftDay(day, 1);
  return day;
}

/** Two holidays on consecutive days (2 and 3 November) rest together, by the reform's rule for pairs. */
export function pairMovedByLaw(first: string): [string, string] {
  const offsets: Record<number, [number, number]> = {
    1: [0, 1], // Mon + Tue: stay
    2: [-1, 0], // Tue + Wed: Wednesday's rest moves to the Monday before
    3: [1, 2], // Wed + Thu: Wednesday's rest moves to the Friday
    4: [0, 1], // Thu + Fri: stay
    5: [-1, 0], // Fri + Sat: Saturday's rest moves to the Thursday before
    6: [-1, 2], // Sat + Sun: Friday before and Monday after
    0: [1, 2], // Sun + Mon: Sunday's rest moves to the Tuesday
  };
  const [a, b] = offsets[weekdayOf(first)];
  return [shiftDay(first, a), shiftDay(first, b)];
}

/** Ecuador's national days of rest of `year`, as the law places them, in date order. */
export function nationalHolidays(year: number): Holiday[] {
  const y = String(year).padStart(4, '0');
  const easter = easterSunday(year);
  const [difuntos, cuenca] = pairMovedByLaw(`${y}-11-02`);
  const holidays: Holiday[] = [
    { day: movedByLaw(`${y}-01-01`, true), name: 'Año Nuevo' },
    { day: shiftDay(easter, -48), name: 'Carnaval (lunes)' },
    { day: shiftDay(easter, -47), name: 'Carnaval (martes)' },
    { day: shiftDay(easter, -2), name: 'Viernes Santo' },
    { day: movedByLaw(`${y}-05-01`), name: 'Día del Trabajo' },
    { day: movedByLaw(`${y}-05-24`), name: 'Batalla de Pichincha' },
    { day: movedByLaw(`${y}-08-10`), name: 'Primer Grito de Independencia' },
    { day: movedByLaw(`${y}-10-09`), name: 'Independencia de Guayaquil' },
    { day: difuntos, name: 'Día de los Difuntos' },
    { day: cuenca, name: 'Independencia de Cuenca' },
    { day: movedByLaw(`${y}-12-25`, true), name: 'Navidad' },
  ];
  return holidays.sort((p, q) => p.day.localeCompare(q.day));
}
