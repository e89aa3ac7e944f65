import { GraphQLError } from 'graphql';
import { earliestAccessDate, requireAccessDate } from './access-date';

const refusal = (requested: string | null, today: string) => {
  try {
    requireAccessDate(requested, today);
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('accepted');
};

describe('SAL access date: three días término ahead (§6.1)', () => {
  test.each([
    ['a Monday: Thursday of the same week', '2026-03-02', '2026-03-05'],
    ['a Friday: the weekend does not count', '2026-03-06', '2026-03-11'],
    ['before Carnaval: Monday and Tuesday are holidays', '2026-02-12', '2026-02-19'],
    ['Christmas Eve: 25 December and the weekend skipped', '2026-12-24', '2026-12-30'],
  ])('%s', (_label, today, earliest) => {
    expect(earliestAccessDate(today)).toBe(earliest);
    expect(requireAccessDate(earliest, today)).toBe(earliest);
  });

  test('a day before the earliest is refused, naming the earliest possible day', () => {
    const error = refusal('2026-03-04', '2026-03-02');
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requestedAccessDate', reason: 'LEAD_TIME', earliest: '2026-03-05' });
    expect(error.message).toBe('La solicitud debe enviarse al menos 3 días término antes del acceso: la fecha más próxima posible es 2026-03-05.');
    expect(refusal('2026-03-02', '2026-03-02').extensions).toMatchObject({ reason: 'LEAD_TIME' });
  });

  test.each([null, '', '2026-02-30', '05/03/2026'])('%p is not a day', requested => {
    const error = refusal(requested, '2026-03-02');
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requestedAccessDate' });
    expect(error.message).toBe('Indique la fecha de acceso requerida en formato AAAA-MM-DD.');
  });

  test.each([
    ['a Saturday', '2026-03-07', 'es sábado'],
    ['a Sunday', '2026-03-08', 'es domingo'],
    ['Christmas', '2026-12-25', 'es feriado nacional'],
  ])('%s is refused as the access day, saying why', (_label, requested, what) => {
    const error = refusal(requested, '2026-03-02');
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requestedAccessDate', reason: 'NOT_A_WORKING_DAY' });
    expect(error.message).toBe(`La fecha de acceso ${requested} ${what}: indique un día hábil (de lunes a viernes, sin feriados).`);
  });
});
