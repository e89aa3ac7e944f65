import { GraphQLError } from 'graphql';
import { monthOf, monthsBetween, requireMonthRange } from './months';

describe('months', () => {
  test('an attention counts in the Ecuadorian month (UTC−5), not the UTC one', () => {
    expect(monthOf(new Date('2026-01-01T03:00:00Z'))).toBe('2025-12');
    expect(monthOf(new Date('2026-01-01T05:00:00Z'))).toBe('2026-01');
  });

  test('ranges include both ends and cross years', () => {
    expect(monthsBetween('2020-11', '2021-02')).toEqual(['2020-11', '2020-12', '2021-01', '2021-02']);
    expect(monthsBetween('2021-05', '2021-05')).toEqual(['2021-05']);
  });

  test.each([
    ['2020-1', '2020-02', 'from'],
    ['2020-00', '2020-02', 'from'],
    ['2020-01', '2020-13', 'to'],
    ['2021-01', '2020-12', 'from'],
    ['2000-01', '2020-01', 'to'],
  ])('%s..%s is refused on %s', (from, to, field) => {
    expect(() => requireMonthRange(from, to)).toThrow(GraphQLError);
    try {
      requireMonthRange(from, to);
    } catch (error) {
      expect((error as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  test('exactly 240 months is allowed', () => {
    expect(requireMonthRange('2000-01', '2019-12')).toHaveLength(240);
  });
});
