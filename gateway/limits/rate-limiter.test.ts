import { MemoryRateLimiter } from './rate-limiter';

describe('in-memory rate limiter', () => {
  test('counts per caller in one-minute windows', async () => {
    const limiter = new MemoryRateLimiter(2);
    const t = 60_000 * 1000 + 5_000;
    expect((await limiter.hit('a', t)).allowed).toBe(true);
    expect((await limiter.hit('a', t + 1)).allowed).toBe(true);
    expect(await limiter.hit('a', t + 2)).toEqual({ allowed: false, retryAfterSeconds: 55 });
    expect((await limiter.hit('b', t + 3)).allowed).toBe(true);
    expect((await limiter.hit('a', t + 60_000)).allowed).toBe(true);
  });
});
