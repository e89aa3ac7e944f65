import { randomUUID } from 'node:crypto';
import { RedisNonces } from '../../shared/auth/redis-nonces';
import { encodeIdentity, signRequest, verifyRequest } from '../../shared/auth/gateway-signature';
import { anonymousIdentity } from '../../shared/auth/identity';

// Run by .ci/run with REDIS_URL: two replicas of one subgraph share the gateway's nonces, so a signed
// request accepted by one is a replay at the other.

function redisUrl(): string {
  const url = process.env.REDIS_URL;
  if (!url) throw new Error('REDIS_URL is required for this tier');
  return url;
}

describe('gateway nonces in Redis', () => {
  test('accepted by one replica, refused as a replay by the other; other services keep their own', async () => {
    const service = `sut-${randomUUID()}`;
    const [replicaA, replicaB, otherService] = await Promise.all([RedisNonces.connect(redisUrl(), service), RedisNonces.connect(redisUrl(), service), RedisNonces.connect(redisUrl(), `${service}-otro`)]);
    try {
      const secret = 'secreto-de-prueba-de-al-menos-32-caracteres';
      const body = '{"query":"{ __typename }"}';
      const headers = signRequest(secret, { service }, encodeIdentity(anonymousIdentity(randomUUID())), body);
      const verify = (store: RedisNonces) => verifyRequest(secret, { service, method: 'POST' }, headers, Buffer.from(body), store);
      expect(await verify(replicaA)).toMatchObject({ valid: true });
      expect(await verify(replicaB)).toMatchObject({ valid: false, reason: 'la solicitud firmada ya fue usada (repetición)' });
      expect(await verify(replicaA)).toMatchObject({ valid: false });
      const races = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? replicaA : replicaB).useOnce(`n-${service}`, Date.now())));
      expect(races.filter(Boolean)).toHaveLength(1);
      expect(await otherService.useOnce(`n-${service}`, Date.now())).toBe(true);
    } finally {
      await Promise.all([replicaA.close(), replicaB.close(), otherService.close()]);
    }
  });
});
