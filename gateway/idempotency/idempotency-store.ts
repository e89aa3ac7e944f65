import type { Logger } from '../../shared/observability/log';
import { RedisConnection } from '../../shared/redis-client';

// Where idempotency keys live: Redis when REDIS_URL is set (every gateway replica sees the same keys),
// memory for a single process. A key is first claimed (pending, short-lived: a crash mid-request frees
// it), then holds the first answer for `ttlMs`.

export type IdempotencyRecord =
  | { state: 'pending'; fingerprint: string }
  | { state: 'done'; fingerprint: string; status: number; body: string };

export interface IdempotencyStore {
  /** Claims `key` for a new execution; when it is already claimed, the record that holds it. */
  claim(key: string, fingerprint: string, pendingMs: number): Promise<IdempotencyRecord | null>;
  complete(key: string, record: Extract<IdempotencyRecord, { state: 'done' }>, ttlMs: number): Promise<void>;
  /** Frees a claim whose execution cannot be replayed (the service was unavailable): a retry runs again. */
  release(key: string): Promise<void>;
  close(): Promise<void>;
}

export class MemoryIdempotencyStore implements IdempotencyStore {
  private readonly records = new Map<string, { record: IdempotencyRecord; until: number }>();

  constructor(
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  async claim(key: string, fingerprint: string, pendingMs: number): Promise<IdempotencyRecord | null> {
    const held = this.records.get(key);
    if (held && held.until > this.now()) return held.record;
    this.records.delete(key);
    this.evict();
    this.records.set(key, { record: { state: 'pending', fingerprint }, until: this.now() + pendingMs });
    return null;
  }

  async complete(key: string, record: Extract<IdempotencyRecord, { state: 'done' }>, ttlMs: number): Promise<void> {
    this.records.delete(key); // re-inserted last: Map order is the eviction order
    this.records.set(key, { record, until: this.now() + ttlMs });
  }

  async release(key: string): Promise<void> {
    this.records.delete(key);
  }

  /** Bounded: expired records go first, then the oldest. */
  private evict(): void {
    if (this.records.size < this.maxEntries) return;
    const now = this.now();
    for (const [key, held] of this.records) if (held.until <= now) this.records.delete(key);
    while (this.records.size >= this.maxEntries) this.records.delete(this.records.keys().next().value!);
  }

  async close(): Promise<void> {}
}

export class RedisIdempotencyStore implements IdempotencyStore {
  private constructor(private readonly redis: RedisConnection) {}

  static async connect(url: string, logger?: Logger): Promise<RedisIdempotencyStore> {
    return new RedisIdempotencyStore(await RedisConnection.open(url, { purpose: 'claves de idempotencia', service: 'gateway', logger }));
  }

  async claim(key: string, fingerprint: string, pendingMs: number): Promise<IdempotencyRecord | null> {
    const pending = JSON.stringify({ state: 'pending', fingerprint });
    // SET NX: exactly one of the gateways racing on the same key claims it.
    if ((await this.redis.run(client => client.set(`llavero:idem:${key}`, pending, { NX: true, PX: pendingMs }))) === 'OK') return null;
    const held = await this.redis.run(client => client.get(`llavero:idem:${key}`));
    return held ? (JSON.parse(held) as IdempotencyRecord) : this.claim(key, fingerprint, pendingMs);
  }

  async complete(key: string, record: Extract<IdempotencyRecord, { state: 'done' }>, ttlMs: number): Promise<void> {
    await this.redis.run(client => client.set(`llavero:idem:${key}`, JSON.stringify(record), { PX: ttlMs }));
  }

  async release(key: string): Promise<void> {
    await this.redis.run(client => client.del(`llavero:idem:${key}`));
  }

  async close(): Promise<void> {
    await this.redis.close();
  }
}
