import { GraphQLError } from 'graphql';
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

  test('a year without holiday data is refused, not guessed', () => {
    expect(() => isWorkingDay('2031-03-03')).toThrow(GraphQLError);
  });

  test('dates', () => {
    expect(isValidDay('2026-02-29')).toBe(false);
    expect(isValidDay('2028-02-29')).toBe(true);
    expect(ecuadorToday(new Date('2026-11-23T03:00:00Z'))).toBe('2026-11-22');
  });
});
