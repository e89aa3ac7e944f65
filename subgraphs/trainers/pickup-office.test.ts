import { useCalendarExceptions } from '../../shared/calendar/calendar-exceptions';
import { isWithinPickupHours, PICKUP_CANTON, requirePickupTime } from './pickup-office';

describe('pickup in Quito: working days, 08h00 to 16h45 Ecuador time', () => {
  test.each([
    ['2026-11-24T13:00:00Z', '08h00, a Tuesday'],
    ['2026-11-24T15:00:00Z', '10h00'],
    ['2026-11-24T21:45:00Z', '16h45, the last minute'],
  ])('%s (%s) is within office hours', at => {
    expect(isWithinPickupHours(new Date(at))).toBe(true);
  });

  test.each([
    ['2026-11-28T15:00:00Z', 'a Saturday'],
    ['2026-11-24T12:30:00Z', '07h30 in Quito'],
    ['2026-11-24T12:59:00Z', '07h59 in Quito'],
    ['2026-11-24T21:50:00Z', '16h50 in Quito'],
    ['2026-11-03T15:00:00Z', 'Independencia de Cuenca (holiday)'],
    ['2026-11-25T02:00:00Z', '21h00 on a working day, already the 25th in UTC'],
  ])('%s (%s) is outside office hours', at => {
    expect(isWithinPickupHours(new Date(at))).toBe(false);
  });

  test('a pickup outside office hours is refused on deliveredAt, naming the hours', () => {
    expect(() => requirePickupTime(new Date('2026-11-24T12:30:00Z'))).toThrow(
      expect.objectContaining({
        message: 'La entrega solo ocurre en la oficina de Quito, lunes a viernes de 08h00 a 16h45 (días hábiles): 2026-11-24T12:30:00.000Z está fuera de ese horario.',
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'deliveredAt', reason: 'OUTSIDE_OFFICE_HOURS' }),
      }),
    );
    const inHours = new Date('2026-11-24T21:45:00Z');
    expect(requirePickupTime(inHours)).toBe(inHours);
  });
});

describe("the office's cantonal holiday", () => {
  afterAll(() => useCalendarExceptions([]));
  test('Fundación de Quito closes the Quito office (6 December 2027 is a Monday), not a working Tuesday after it', () => {
    useCalendarExceptions([{ kind: 'LOCAL_HOLIDAY', monthDay: '12-06', canton: PICKUP_CANTON, day: null, name: 'Fundación de Quito' } as never]);
    expect(isWithinPickupHours(new Date('2027-12-06T15:00:00Z'))).toBe(false);
    expect(isWithinPickupHours(new Date('2027-12-07T15:00:00Z'))).toBe(true);
  });
});
