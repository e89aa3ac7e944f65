import { appointmentSlotProblem, SLOT_MINUTES } from './appointment-slots';

// Ecuador is UTC−5: 10:00 in Quito is 15:00Z.
const NOW = new Date('2026-10-30T15:00:00Z');
const at = (day: string, time: string) => new Date(`${day}T${time}:00-05:00`);
const MONDAY = '2026-11-23';

describe('appointment slots (Monday–Friday 8:00–17:00, every 30 minutes)', () => {
  test.each(['08:00', '10:00', '12:30', '16:30'])('%s on a working day is a slot', time => {
    expect(appointmentSlotProblem(at(MONDAY, time), NOW)).toBeNull();
  });

  test.each([
    ['before opening', at(MONDAY, '07:30'), /la atención es de 8:00 a 17:00/],
    ['a turno that would end after closing', at(MONDAY, '17:00'), /la atención es de 8:00 a 17:00/],
    ['between slots', at(MONDAY, '10:15'), /los turnos empiezan cada 30 minutos/],
    ['with seconds', new Date(at(MONDAY, '10:00').getTime() + 20_000), /los turnos empiezan cada 30 minutos/],
    ['on a Saturday', at('2026-11-28', '10:00'), /2026-11-28 no es día hábil/],
    ['on a national holiday (Día de Difuntos)', at('2026-11-02', '10:00'), /2026-11-02 no es día hábil/],
    ['in the past', at('2026-10-29', '10:00'), /el turno debe ser en el futuro/],
  ])('%s is refused', (_case, startsAt, reason) => {
    expect(appointmentSlotProblem(startsAt, NOW)).toMatch(reason);
  });

  test('turns last 30 minutes', () => {
    expect(SLOT_MINUTES).toBe(30);
  });
});
