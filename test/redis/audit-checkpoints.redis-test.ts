import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkpointSignatureValid, FileCheckpointStore, openCheckpointStores, RedisCheckpointStore, signCheckpoint } from '../../gateway/audit/audit-checkpoints';

// Run by .ci/run with REDIS_URL: the audit checkpoints reach Redis too, so deleting the files is not enough to hide a cut tail.

describe('audit checkpoints in Redis', () => {
  test('a checkpoint published to file and Redis is read back from each, signed, the newest kept per chain', async () => {
    const url = process.env.REDIS_URL;
    if (!url) throw new Error('REDIS_URL is required for this tier');
    const dir = mkdtempSync(join(tmpdir(), 'llavero-checkpoints-redis-'));
    const stores = await openCheckpointStores(dir, url);
    const redisOnly = await RedisCheckpointStore.connect(url);
    const chainId = `prueba-${randomUUID()}`;
    try {
      await stores.publish(signCheckpoint({ chainId, seq: 3, hash: 'a'.repeat(64) }, 'clave'));
      await stores.publish(signCheckpoint({ chainId, seq: 7, hash: 'b'.repeat(64) }, 'clave'));
      rmSync(dir, { recursive: true, force: true }); // someone deletes the files…
      expect(await new FileCheckpointStore(dir).load()).toEqual([]);
      const mine = (await redisOnly.load()).filter(c => c.chainId === chainId); // …Redis still has the head
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ seq: 7, hash: 'b'.repeat(64) });
      expect(checkpointSignatureValid(mine[0], 'clave')).toBe(true);
      expect(checkpointSignatureValid({ ...mine[0], seq: 6 }, 'clave')).toBe(false);
    } finally {
      await stores.close();
      await redisOnly.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
