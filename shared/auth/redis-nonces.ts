import { createClient } from 'redis';
import { SIGNATURE_MAX_AGE_MS, type NonceStore } from './gateway-signature';

// The gateway's nonces in Redis, so a signed request accepted by one replica of a subgraph is refused as
// a replay by every other: SET NX succeeds once, and the key expires when the signature could no longer
// pass anyway. A Redis that does not answer refuses the request (fail closed), it does not skip the check.

export class RedisNonces implements NonceStore {
  private constructor(
    private readonly client: ReturnType<typeof createClient>,
    private readonly service: string,
  ) {}

  static async connect(url: string, service: string): Promise<RedisNonces> {
    const client = createClient({ url, socket: { connectTimeout: 2_000, reconnectStrategy: retries => Math.min(retries * 100, 2_000) } });
    client.on('error', error => console.error(`[${service}] Redis (nonces de la pasarela): ${error.message}`));
    await client.connect();
    return new RedisNonces(client, service);
  }

  async useOnce(nonce: string, now: number, timestamp = now): Promise<boolean> {
    const until = Math.max(timestamp + SIGNATURE_MAX_AGE_MS, now + 1);
    return (await this.client.set(`llavero:nonce:${this.service}:${nonce}`, '1', { NX: true, PXAT: until })) === 'OK';
  }

  async close(): Promise<void> {
    await this.client.quit();
  }
}
