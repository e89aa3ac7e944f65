import { useCalendarExceptions } from './calendar/calendar-exceptions';
import { addWorkingDays, ecuadorToday, isValidDay, isWorkingDay } from './working-days';

describe('días término (working days in Ecuador)', () => {
  test.each([
    ['2026-11-20', 3, '2026-11-25', 'Friday → Wednesday, over the weekend'],
    ['2026-10-30', 3, '2026-11-06', 'over the weekend and Difuntos / Independencia de Cuenca (2–3 Nov)'],
    ['2026-12-23', 3, '2026-12-29', 'Navidad (Friday 25) is not a working day'],
    ['2026-02-13', 3, '2026-02-20', 'Carnaval Monday and Tuesday are holidays'],
    ['2026-04-01', 1, '2026-04-02', 'the day after'],
    ['2026-04-02', 1, '2026-04-06', 'Viernes Santo'],
  ])('%s + %i working days = %s (%s)', (from, days, expected) => {
    expect(addWorkingDays(from, days)).toBe(expected);
  });

  test('weekends and holidays are not working days', () => {
    expect(isWorkingDay('2026-11-21')).toBe(false);
    expect(isWorkingDay('2026-05-25')).toBe(false); // Batalla de Pichincha moved from Sunday 24
    expect(isWorkingDay('2026-05-26')).toBe(true);
  });

  test('no year is refused: 2028 and later are computed from the law', () => {
    expect(isWorkingDay('2028-01-03')).toBe(true);
    expect(isWorkingDay('2028-02-29')).toBe(false); // Carnaval Tuesday
    expect(addWorkingDays('2027-12-23', 3)).toBe('2027-12-29'); // Christmas (Saturday) rests on Friday 24
    expect(addWorkingDays('2032-12-29', 2)).toBe('2033-01-03'); // 1 January 2033 (Saturday) rests on Friday 31
    expect(() => isWorkingDay('2031-03-03')).not.toThrow();
  });

  test("a canton's own holiday and decreed days come from the calendar_exception rows", () => {
    useCalendarExceptions([
      { kind: 'LOCAL_HOLIDAY', monthDay: '12-06', canton: 'Quito', day: null, name: 'Fundación de Quito' },
      { kind: 'REST', day: '2026-12-31', canton: null, monthDay: null, name: 'Puente decretado (ejemplo)' },
      { kind: 'WORK', day: '2026-12-26', canton: null, monthDay: null, name: 'Sábado de recuperación (ejemplo)' },
    ]);
    try {
      expect(isWorkingDay('2027-12-06', 'Quito')).toBe(false); // Monday 6 December, in Quito only
      expect(isWorkingDay('2027-12-06')).toBe(true);
      expect(isWorkingDay('2028-12-06', 'quito')).toBe(true); // Wednesday 6 December 2028 rests on Friday 8
      expect(isWorkingDay('2028-12-08', 'Quito')).toBe(false);
      expect(isWorkingDay('2028-12-08', 'Cuenca')).toBe(true);
      expect(isWorkingDay('2026-12-31')).toBe(false);
      expect(isWorkingDay('2026-12-26')).toBe(true);
    } finally {
      useCalendarExceptions([]);
    }
  });

  test('dates', () => {
    expect(isValidDay('2026-02-29')).toBe(false);
    expect(isValidDay('2028-02-29')).toBe(true);
    expect(ecuadorToday(new Date('2026-11-23T03:00:00Z'))).toBe('2026-11-22');
  });
});
