import { nextAttemptDelay, sanitizedError } from './retry-schedule';

describe('outbox retry schedule', () => {
  const schedule = { maxAttempts: 6, backoffMs: 30_000, backoffCapMs: 300_000 };

  test('the wait doubles after each failure, up to the cap; none after the last attempt', () => {
    expect([1, 2, 3, 4, 5, 6].map(n => nextAttemptDelay(n, schedule))).toEqual([30_000, 60_000, 120_000, 240_000, 300_000, null]);
  });

  test('error messages lose the e-mail addresses an SMTP refusal names', () => {
    expect(sanitizedError(new Error('550 5.1.1 <ana.torres@senescyt-demo.gob.ec>: Recipient address rejected'))).toBe('550 5.1.1 <[correo]>: Recipient address rejected');
    expect(sanitizedError('x'.repeat(900))).toHaveLength(500);
  });
});
