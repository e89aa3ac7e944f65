import { createHmac, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Logger } from '../../shared/observability/log';
import { RedisConnection } from '../../shared/redis-client';
import type { ChainHead } from './audit-chain';

// Signed checkpoints of each chain's head, kept outside the audit table: whoever deletes a chain's newest
// rows cannot also rewind what was published (a file under LLAVERO_HOME, and Redis when REDIS_URL is
// set), nor forge a checkpoint without the audit key. `npm run audit:verify` compares the two.

export interface AuditCheckpoint extends ChainHead {
  /** When the checkpoint was published (ISO). */
  at: string;
  signature: string;
}

const REDIS_KEY = 'llavero:audit:checkpoints';

function sign(head: ChainHead, at: string, key: string): string {
  return createHmac('sha256', key).update(JSON.stringify(['checkpoint', head.chainId, head.seq, head.hash, at])).digest('hex');
}

export function signCheckpoint(head: ChainHead, key: string, at = new Date()): AuditCheckpoint {
  const iso = at.toISOString();
  return { chainId: head.chainId, seq: head.seq, hash: head.hash, at: iso, signature: sign(head, iso, key) };
}

export function checkpointSignatureValid(checkpoint: AuditCheckpoint, key: string): boolean {
  const expected = Buffer.from(sign(checkpoint, checkpoint.at, key), 'hex');
  const given = Buffer.from(String(checkpoint.signature), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export interface CheckpointStore {
  publish(checkpoint: AuditCheckpoint): Promise<void>;
  /** Every stored checkpoint (the latest per chain from each place), signatures unchecked. */
  load(): Promise<AuditCheckpoint[]>;
  close(): Promise<void>;
}

const fileName = (chainId: string) => `${chainId.replace(/[^A-Za-z0-9._-]/g, '_')}.json`;

/** One file per chain holding its latest checkpoint, replaced atomically (write, then rename). */
export class FileCheckpointStore implements CheckpointStore {
  constructor(private readonly dir: string) {}

  async publish(checkpoint: AuditCheckpoint): Promise<void> {
    // Parents keep the default mode (the embedded PostgreSQL lives beside it); the checkpoints' own folder is private.
    mkdirSync(dirname(this.dir), { recursive: true });
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const target = join(this.dir, fileName(checkpoint.chainId));
    writeFileSync(`${target}.tmp`, JSON.stringify(checkpoint), { mode: 0o600 });
    renameSync(`${target}.tmp`, target);
  }

  async load(): Promise<AuditCheckpoint[]> {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .filter(name => name.endsWith('.json'))
      .map(name => JSON.parse(readFileSync(join(this.dir, name), 'utf8')) as AuditCheckpoint);
  }

  async close(): Promise<void> {}
}

export class RedisCheckpointStore implements CheckpointStore {
  private constructor(private readonly redis: RedisConnection) {}

  static async connect(url: string, logger?: Logger): Promise<RedisCheckpointStore> {
    return new RedisCheckpointStore(await RedisConnection.open(url, { purpose: 'puntos de control de auditoría', service: 'gateway', logger }));
  }

  async publish(checkpoint: AuditCheckpoint): Promise<void> {
    await this.redis.run(client => client.hSet(REDIS_KEY, checkpoint.chainId, JSON.stringify(checkpoint)));
  }

  async load(): Promise<AuditCheckpoint[]> {
    return Object.values(await this.redis.run(client => client.hGetAll(REDIS_KEY))).map(value => JSON.parse(value) as AuditCheckpoint);
  }

  async close(): Promise<void> {
    await this.redis.close();
  }
}

/** Publishes to every store; a store that fails is reported, the others still get the checkpoint. */
export class CheckpointStores implements CheckpointStore {
  constructor(private readonly stores: CheckpointStore[]) {}

  async publish(checkpoint: AuditCheckpoint): Promise<void> {
    const results = await Promise.allSettled(this.stores.map(store => store.publish(checkpoint)));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }

  async load(): Promise<AuditCheckpoint[]> {
    return (await Promise.all(this.stores.map(store => store.load()))).flat();
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.stores.map(store => store.close()));
  }
}

/** File store under `dir`, plus Redis when `redisUrl` is given. */
export async function openCheckpointStores(dir: string, redisUrl?: string, logger?: Logger): Promise<CheckpointStores> {
  const stores: CheckpointStore[] = [new FileCheckpointStore(dir)];
  if (redisUrl) stores.push(await RedisCheckpointStore.connect(redisUrl, logger));
  return new CheckpointStores(stores);
}
