import { randomUUID } from 'node:crypto';
import { RedisRevocations } from '../../gateway/auth/revocations';

// Run by .ci/run with REDIS_URL (jest.redis.config.js): a sign-out at one gateway closes the token at every other.

function redisUrl(): string {
  const url = process.env.REDIS_URL;
  if (!url) throw new Error('REDIS_URL is required for this tier');
  return url;
}

describe('closed sessions in Redis', () => {
  test('closed at one gateway, refused at another, until the token would have expired', async () => {
    const [first, second] = await Promise.all([RedisRevocations.connect(redisUrl()), RedisRevocations.connect(redisUrl())]);
    try {
      const key = `jti:test-${randomUUID()}`;
      expect(await second.isRevoked(key)).toBe(false);
      await first.revoke(key, Date.now() + 1_000);
      expect(await second.isRevoked(key)).toBe(true);
      await new Promise(resolve => setTimeout(resolve, 1_200));
      expect(await second.isRevoked(key)).toBe(false);
      await first.revoke(`${key}-expired`, Date.now() - 1);
      expect(await second.isRevoked(`${key}-expired`)).toBe(false);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
