import { afterFailedSignIn, isLocked } from './sign-in-lockout';

const NOW = new Date('2026-03-02T15:00:00Z');

describe('SAL sign-in lockout (§6.3)', () => {
  test('four wrong passwords count down; the fifth locks the key for thirty minutes and starts the count again', () => {
    expect([0, 1, 2, 3].map(failed => afterFailedSignIn(failed, NOW))).toEqual([
      { failedAttempts: 1, lockedUntil: null, remainingAttempts: 4 },
      { failedAttempts: 2, lockedUntil: null, remainingAttempts: 3 },
      { failedAttempts: 3, lockedUntil: null, remainingAttempts: 2 },
      { failedAttempts: 4, lockedUntil: null, remainingAttempts: 1 },
    ]);
    expect(afterFailedSignIn(4, NOW)).toEqual({ failedAttempts: 0, lockedUntil: new Date('2026-03-02T15:30:00Z'), remainingAttempts: 0 });
  });

  test('a lock holds until its moment, not after', () => {
    expect(isLocked(null, NOW)).toBe(false);
    expect(isLocked(new Date('2026-03-02T15:00:01Z'), NOW)).toBe(true);
    expect(isLocked(NOW, NOW)).toBe(false);
  });
});
