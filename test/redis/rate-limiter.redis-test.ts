import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import { RedisRateLimiter } from '../../gateway/limits/rate-limiter';

// Run by .ci/run with REDIS_URL (jest.redis.config.js): two gateways share one token bucket through Redis.

function redisUrl(): string {
  const url = process.env.REDIS_URL;
  if (!url) throw new Error('REDIS_URL is required for this tier');
  return url;
}

describe('Redis rate limiter (token bucket)', () => {
  test('two limiters on the same Redis share the per-caller bucket; a burst stops at the budget', async () => {
    const [first, second] = await Promise.all([RedisRateLimiter.connect(redisUrl(), 3), RedisRateLimiter.connect(redisUrl(), 3)]);
    try {
      const caller = `test-${randomUUID()}`;
      const verdicts = [await first.hit(caller), await second.hit(caller), await first.hit(caller), await second.hit(caller)];
      expect(verdicts.map(v => v.allowed)).toEqual([true, true, true, false]);
      expect(verdicts[3].retryAfterSeconds).toBeGreaterThanOrEqual(19); // one token per 20 s
      expect(verdicts[3].retryAfterSeconds).toBeLessThanOrEqual(20);
      expect((await second.hit(`${caller}-other`)).allowed).toBe(true);
      // Concurrent hits from both gateways are atomic: exactly the budget gets through.
      const racing = `test-${randomUUID()}`;
      const all = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? first : second).hit(racing)));
      expect(all.filter(v => v.allowed)).toHaveLength(3);
    } finally {
      await first.close();
      await second.close();
    }
  });

  test('the bucket refills continuously, and its key expires once it would be full', async () => {
    const limiter = await RedisRateLimiter.connect(redisUrl(), { capacity: 2, periodMs: 1_000 }); // one token per 500 ms
    const client = createClient({ url: redisUrl() });
    await client.connect();
    try {
      const caller = `test-${randomUUID()}`;
      expect((await Promise.all([limiter.hit(caller), limiter.hit(caller), limiter.hit(caller)])).map(v => v.allowed).sort()).toEqual([false, true, true]);
      const ttl = await client.pTTL(`llavero:bucket:${caller}`);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(1_000);
      await new Promise(done => setTimeout(done, 600));
      expect((await limiter.hit(caller)).allowed).toBe(true);
      expect((await limiter.hit(caller)).allowed).toBe(false);
      await new Promise(done => setTimeout(done, 1_100));
      expect(await client.exists(`llavero:bucket:${caller}`)).toBe(0);
    } finally {
      await limiter.close();
      await client.quit();
    }
  });
});
