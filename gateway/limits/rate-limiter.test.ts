import { MemoryRateLimiter, perMinute } from './rate-limiter';

/** A limiter on a clock the test moves by hand. */
function limiterAt(budget: number, options: { maxKeys?: number } = {}) {
  const clock = { now: 1_700_000_000_000 };
  const limiter = new MemoryRateLimiter(perMinute(budget), { ...options, now: () => clock.now });
  const burst = async (caller: string, n: number) => {
    const verdicts = [];
    for (let i = 0; i < n; i++) verdicts.push(await limiter.hit(caller));
    return verdicts;
  };
  return { clock, limiter, burst, allowedOf: async (caller: string, n: number) => (await burst(caller, n)).filter(v => v.allowed).length };
}

describe('token-bucket rate limiter (in memory)', () => {
  test('a burst never exceeds the per-minute budget, whenever in the minute it comes', async () => {
    const { clock, allowedOf } = limiterAt(60);
    expect(await allowedOf('a', 500)).toBe(60);
    // A fixed window would hand out a second full budget right after its edge; the bucket does not.
    for (const step of [1_000, 9_000, 20_000]) {
      clock.now += step;
      expect(await allowedOf('a', 500)).toBe(step / 1_000);
    }
    expect(await allowedOf('b', 500)).toBe(60); // budgets are per caller
  });

  test('refills continuously at budget/60 per second, never above the budget', async () => {
    const { clock, allowedOf } = limiterAt(120);
    expect(await allowedOf('a', 120)).toBe(120);
    clock.now += 499;
    expect(await allowedOf('a', 10)).toBe(0); // 0.998 of a token
    clock.now += 1;
    expect(await allowedOf('a', 10)).toBe(1);
    clock.now += 30_000;
    expect(await allowedOf('a', 500)).toBe(60);
    clock.now += 10 * 60_000; // a long pause fills it up to the budget, no more
    expect(await allowedOf('a', 500)).toBe(120);
  });

  test('retry-after is the time until the next token, in whole seconds', async () => {
    const { clock, limiter, burst } = limiterAt(2); // one token per 30 s
    expect((await burst('a', 2)).map(v => v.allowed)).toEqual([true, true]);
    expect(await limiter.hit('a')).toEqual({ allowed: false, retryAfterSeconds: 30 });
    clock.now += 12_500;
    expect(await limiter.hit('a')).toEqual({ allowed: false, retryAfterSeconds: 18 }); // 17.5 s, rounded up
    clock.now += 17_499;
    expect(await limiter.hit('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    clock.now += 1;
    expect(await limiter.hit('a')).toEqual({ allowed: true, retryAfterSeconds: 0 });
    const fast = limiterAt(600); // ten tokens a second: never "retry in 0 s"
    await fast.burst('a', 600);
    expect(await fast.limiter.hit('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  test('a refused request costs nothing; a refund gives one token back, up to the budget', async () => {
    const { clock, limiter, allowedOf } = limiterAt(3);
    expect(await allowedOf('a', 10)).toBe(3);
    await limiter.refund('a');
    expect(await allowedOf('a', 10)).toBe(1);
    clock.now += 20_000; // one token refilled, refused hits did not delay it
    expect(await allowedOf('a', 10)).toBe(1);
    await limiter.refund('a');
    await limiter.refund('a');
    await limiter.refund('a');
    await limiter.refund('a');
    expect(await allowedOf('a', 10)).toBe(3);
  });

  test('memory is bounded: full buckets are evicted first, current ones are kept', async () => {
    const { clock, limiter, allowedOf } = limiterAt(60, { maxKeys: 10 });
    expect(await allowedOf('drained', 60)).toBe(60);
    for (let i = 0; i < 9; i++) await limiter.hit(`light-${i}`);
    clock.now += 1_000; // the light callers' buckets are full again, the drained one is not
    for (let i = 0; i < 50; i++) await limiter.hit(`new-${i}`);
    expect(limiter.size).toBeLessThanOrEqual(10);
    expect(await allowedOf('drained', 60)).toBe(1); // still remembered: no fresh budget
  });

  test('a flood of distinct current callers keeps memory bounded and cannot flush a drained bucket', async () => {
    const { limiter, allowedOf } = limiterAt(60, { maxKeys: 100 });
    expect(await allowedOf('drained', 60)).toBe(60);
    for (let i = 0; i < 1_000; i++) await limiter.hit(`caller-${i}`);
    expect(limiter.size).toBeLessThanOrEqual(100);
    expect(await allowedOf('drained', 1)).toBe(0);
  });

  test('a budget below one request is refused at start', () => {
    expect(() => new MemoryRateLimiter(0)).toThrow(/Límite de solicitudes inválido/);
  });
});
