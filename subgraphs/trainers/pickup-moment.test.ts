import { requirePickupMoment } from './pickup-moment';

const NOW = new Date('2026-11-24T15:00:00Z'); // Tuesday 10h00 in Quito
const ISSUED = new Date('2026-11-23T14:00:00Z');
const rules = { now: NOW, issuedAt: ISSUED, lateRecordingMinutes: 60 };
const reasonOf = (deliveredAt: string, context = rules) => {
  try {
    requirePickupMoment(new Date(deliveredAt), context);
  } catch (error) {
    return (error as { extensions: Record<string, unknown> }).extensions;
  }
  return 'accepted';
};

describe('a pickup is recorded when it happens (seed 004)', () => {
  test('now, or a moment ago within the late-recording window, during office hours, is accepted', () => {
    expect(reasonOf('2026-11-24T15:00:00Z')).toBe('accepted');
    expect(reasonOf('2026-11-24T14:05:00Z')).toBe('accepted');
    expect(reasonOf('2026-11-24T15:00:30Z')).toBe('accepted'); // clock skew
  });

  test.each([
    ['2026-11-24T15:10:00Z', 'PICKUP_IN_THE_FUTURE'],
    ['2027-03-02T15:00:00Z', 'PICKUP_IN_THE_FUTURE'], // months ahead, a working Tuesday in hours
    ['2026-11-23T13:30:00Z', 'PICKUP_BEFORE_ISSUE'],
    ['2026-11-24T13:30:00Z', 'PICKUP_RECORDED_TOO_LATE'],
  ])('%s is refused: %s', (deliveredAt, reason) => {
    expect(reasonOf(deliveredAt)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deliveredAt', reason });
  });

  test('office hours still apply to the moment itself', () => {
    const night = { ...rules, now: new Date('2026-11-25T02:00:00Z') };
    expect(reasonOf('2026-11-25T01:30:00Z', night)).toMatchObject({ reason: 'OUTSIDE_OFFICE_HOURS' });
  });
});
