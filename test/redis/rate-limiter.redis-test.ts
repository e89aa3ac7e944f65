import { randomUUID } from 'node:crypto';
import { RedisRateLimiter } from '../../gateway/limits/rate-limiter';

// Run by .ci/run with REDIS_URL (jest.redis.config.js): two gateways share one budget through Redis.

describe('Redis rate limiter', () => {
  test('two limiters on the same Redis share the per-caller budget', async () => {
    const url = process.env.REDIS_URL;
    if (!url) throw new Error('REDIS_URL is required for this tier');
    const [first, second] = await Promise.all([RedisRateLimiter.connect(url, 3), RedisRateLimiter.connect(url, 3)]);
    try {
      const caller = `test-${randomUUID()}`;
      const verdicts = [await first.hit(caller), await second.hit(caller), await first.hit(caller), await second.hit(caller)];
      expect(verdicts.map(v => v.allowed)).toEqual([true, true, true, false]);
      expect(verdicts[3].retryAfterSeconds).toBeGreaterThan(0);
      expect((await second.hit(`${caller}-other`)).allowed).toBe(true);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
