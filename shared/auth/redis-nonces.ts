import type { Logger } from '../observability/log';
import { RedisConnection } from '../redis-client';
import { SIGNATURE_MAX_AGE_MS, type NonceStore } from './gateway-signature';

// The gateway's nonces in Redis, so a signed request accepted by one replica of a subgraph is refused as
// a replay by every other: SET NX succeeds once, and the key expires when the signature could no longer
// pass anyway. A Redis that does not answer refuses the request (fail closed), it does not skip the check.

export class RedisNonces implements NonceStore {
  private constructor(
    private readonly redis: RedisConnection,
    private readonly service: string,
  ) {}

  static async connect(url: string, service: string, logger?: Logger): Promise<RedisNonces> {
    return new RedisNonces(await RedisConnection.open(url, { purpose: 'nonces de la pasarela', service, logger }), service);
  }

  async useOnce(nonce: string, now: number, timestamp = now): Promise<boolean> {
    const until = Math.max(timestamp + SIGNATURE_MAX_AGE_MS, now + 1);
    return (await this.redis.run(client => client.set(`llavero:nonce:${this.service}:${nonce}`, '1', { NX: true, PXAT: until }))) === 'OK';
  }

  async close(): Promise<void> {
    await this.redis.close();
  }
}
