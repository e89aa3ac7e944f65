import { requireResolutionDate } from './qualification-resolution-date';

const NOW = new Date('2026-11-23T03:00:00Z'); // still 22 November in Ecuador
const reasonOf = (day: string) => {
  try {
    return requireResolutionDate(day, NOW);
  } catch (error) {
    return (error as { extensions: Record<string, unknown> }).extensions;
  }
};

describe('the qualification resolution is dated today or earlier (seed 004)', () => {
  test('today and past dates, in Ecuador, are accepted', () => {
    expect(reasonOf('2026-11-22')).toBe('2026-11-22');
    expect(reasonOf('2019-03-01')).toBe('2019-03-01');
  });

  test('a future date and a malformed one are refused on resolutionDate', () => {
    expect(reasonOf('2026-11-23')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'resolutionDate', reason: 'RESOLUTION_DATE_IN_THE_FUTURE' });
    expect(reasonOf('2026-02-30')).toMatchObject({ field: 'resolutionDate', reason: 'DATE_FORMAT' });
  });
});
