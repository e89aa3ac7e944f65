import { createClient } from 'redis';

// Per-caller request budget in fixed one-minute windows: in memory for one gateway, or in Redis when
// REDIS_URL is set so several gateways share the same budget.

export interface RateVerdict {
  allowed: boolean;
  retryAfterSeconds: number;
}

export interface RateLimiter {
  hit(caller: string): Promise<RateVerdict>;
  close(): Promise<void>;
}

const WINDOW_MS = 60_000;

export class MemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly perMinute: number) {}

  async hit(caller: string, now = Date.now()): Promise<RateVerdict> {
    const start = now - (now % WINDOW_MS);
    const window = this.windows.get(caller);
    if (!window || window.start !== start) {
      if (this.windows.size > 100_000) this.evictOlderThan(start); // bounded memory; current budgets survive
      this.windows.set(caller, { start, count: 1 });
      return { allowed: true, retryAfterSeconds: 0 };
    }
    window.count++;
    return { allowed: window.count <= this.perMinute, retryAfterSeconds: Math.ceil((start + WINDOW_MS - now) / 1000) };
  }

  private evictOlderThan(start: number): void {
    for (const [caller, window] of this.windows) if (window.start < start) this.windows.delete(caller);
  }

  async close(): Promise<void> {}
}

export class RedisRateLimiter implements RateLimiter {
  private constructor(
    private readonly client: ReturnType<typeof createClient>,
    private readonly perMinute: number,
  ) {}

  static async connect(url: string, perMinute: number): Promise<RedisRateLimiter> {
    const client = createClient({ url });
    client.on('error', error => console.error(`[gateway] Redis (límites de solicitudes): ${error.message}`));
    await client.connect();
    return new RedisRateLimiter(client, perMinute);
  }

  async hit(caller: string, now = Date.now()): Promise<RateVerdict> {
    const start = now - (now % WINDOW_MS);
    const key = `llavero:rate:${caller}:${start}`;
    const [count] = (await this.client.multi().incr(key).pExpire(key, WINDOW_MS * 2).exec()) as unknown as [number];
    return { allowed: Number(count) <= this.perMinute, retryAfterSeconds: Math.ceil((start + WINDOW_MS - now) / 1000) };
  }

  async close(): Promise<void> {
    await this.client.quit();
  }
}
