import { createHash } from 'node:crypto';
import type { Logger } from '../../shared/observability/log';
import { RedisConnection } from '../../shared/redis-client';

// Tokens closed by "Cerrar sesión" (POST /auth/salir), refused until they would have expired anyway.
// A token is named by its issuer and jti, or by its SHA-256 when it has no jti (an identity provider's
// token may not carry one). In Redis when REDIS_URL is set, so every gateway refuses it; in memory otherwise.

export interface RevocationStore {
  /** Refuses the token named `key` until `expiresAt` (ms since epoch). */
  revoke(key: string, expiresAt: number): Promise<void>;
  isRevoked(key: string): Promise<boolean>;
  close(): Promise<void>;
}

/** The name a revocation is kept under: issuer and jti, or the token's own hash. */
export function revocationKey(token: string, claims: { iss?: string; jti?: string }): string {
  if (typeof claims.jti === 'string' && claims.jti) return `jti:${createHash('sha256').update(`${claims.iss ?? ''}\u0000${claims.jti}`).digest('hex')}`;
  return `tok:${createHash('sha256').update(token).digest('hex')}`;
}

export class MemoryRevocations implements RevocationStore {
  private readonly until = new Map<string, number>();

  constructor(
    private readonly maxEntries = 100_000,
    private readonly now: () => number = Date.now,
  ) {}

  async revoke(key: string, expiresAt: number): Promise<void> {
    if (expiresAt <= this.now()) return;
    this.prune();
    // Still full of live revocations: forget the one closest to expiring, the least harm.
    if (this.until.size >= this.maxEntries && !this.until.has(key)) {
      const soonest = [...this.until].reduce((a, b) => (b[1] < a[1] ? b : a));
      this.until.delete(soonest[0]);
    }
    this.until.set(key, expiresAt);
  }

  async isRevoked(key: string): Promise<boolean> {
    const expiresAt = this.until.get(key);
    if (expiresAt === undefined) return false;
    if (expiresAt > this.now()) return true;
    this.until.delete(key);
    return false;
  }

  get size(): number {
    return this.until.size;
  }

  private prune(): void {
    const now = this.now();
    for (const [key, expiresAt] of this.until) if (expiresAt <= now) this.until.delete(key);
  }

  async close(): Promise<void> {}
}

/** One key per revoked token, expiring with it: Redis prunes them itself. */
export class RedisRevocations implements RevocationStore {
  private constructor(private readonly redis: RedisConnection) {}

  static async connect(url: string, logger?: Logger): Promise<RedisRevocations> {
    return new RedisRevocations(await RedisConnection.open(url, { purpose: 'sesiones cerradas', service: 'gateway', logger }));
  }

  async revoke(key: string, expiresAt: number): Promise<void> {
    const ttl = expiresAt - Date.now();
    if (ttl > 0) await this.redis.run(client => client.set(`llavero:revoked:${key}`, '1', { PX: ttl }));
  }

  async isRevoked(key: string): Promise<boolean> {
    return (await this.redis.run(client => client.exists(`llavero:revoked:${key}`))) === 1;
  }

  async close(): Promise<void> {
    await this.redis.close();
  }
}

export async function openRevocations(redisUrl: string | undefined, logger?: Logger): Promise<RevocationStore> {
  return redisUrl ? RedisRevocations.connect(redisUrl, logger) : new MemoryRevocations();
}
