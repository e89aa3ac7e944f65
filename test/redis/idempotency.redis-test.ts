import { randomUUID } from 'node:crypto';
import { RedisIdempotencyStore } from '../../gateway/idempotency/idempotency-store';

// Run by .ci/run with REDIS_URL: two gateway replicas share idempotency keys, so a retry that lands on
// the other replica still gets the first answer, and of two racing claims exactly one wins.

function redisUrl(): string {
  const url = process.env.REDIS_URL;
  if (!url) throw new Error('REDIS_URL is required for this tier');
  return url;
}

describe('idempotency keys in Redis', () => {
  test('claimed at one gateway, replayed at another; racing claims have one winner; a claim expires', async () => {
    const [first, second] = await Promise.all([RedisIdempotencyStore.connect(redisUrl()), RedisIdempotencyStore.connect(redisUrl())]);
    try {
      const key = `test-${randomUUID()}`;
      const claims = await Promise.all([first.claim(key, 'f1', 5_000), second.claim(key, 'f1', 5_000), first.claim(key, 'f1', 5_000)]);
      expect(claims.filter(c => c === null)).toHaveLength(1);
      expect(claims.filter(c => c?.state === 'pending')).toHaveLength(2);
      await first.complete(key, { state: 'done', fingerprint: 'f1', status: 200, body: '{"data":{}}' }, 2_000);
      expect(await second.claim(key, 'f1', 5_000)).toEqual({ state: 'done', fingerprint: 'f1', status: 200, body: '{"data":{}}' });

      const crashed = `test-${randomUUID()}`;
      expect(await first.claim(crashed, 'f2', 300)).toBeNull();
      await new Promise(resolve => setTimeout(resolve, 400));
      expect(await second.claim(crashed, 'f2', 300)).toBeNull();

      const released = `test-${randomUUID()}`;
      await first.claim(released, 'f3', 5_000);
      await first.release(released);
      expect(await second.claim(released, 'f3', 5_000)).toBeNull();
    } finally {
      await first.close();
      await second.close();
    }
  });
});
