import type { Logger } from '../../shared/observability/log';
import { RedisConnection } from '../../shared/redis-client';

// Per-caller request budgets as token buckets: in memory for one gateway, or in Redis when REDIS_URL is
// set so several gateways share them. Our own small bucket because rate-limiter-flexible only offers fixed
// windows, which let a whole window's budget through in seconds at a window's edge.

export interface RateVerdict {
  allowed: boolean;
  retryAfterSeconds: number;
}

export interface RateLimiter {
  hit(caller: string): Promise<RateVerdict>;
  close(): Promise<void>;
}

/** A limiter that can give a token back (a sign-in that succeeded does not count against the user). */
export interface RefundableRateLimiter extends RateLimiter {
  refund(caller: string): Promise<void>;
}

/** At most `capacity` requests at once, refilled continuously at `capacity` per `periodMs`. */
export interface Budget {
  capacity: number;
  periodMs: number;
}

export const perMinute = (capacity: number): Budget => ({ capacity, periodMs: 60_000 });

/** What a request is told when its budget cannot be checked (the limiter's Redis is away): refused, not let through. */
export const RATE_LIMIT_UNAVAILABLE = { reason: 'RATE_LIMIT_UNAVAILABLE', message: 'No se pudo comprobar el límite de solicitudes: reintente en unos segundos.' } as const;

export interface Bucket {
  tokens: number;
  at: number;
}

function checked(budget: Budget | number): Budget {
  const b = typeof budget === 'number' ? perMinute(budget) : budget;
  if (!Number.isInteger(b.capacity) || b.capacity < 1 || !(b.periodMs > 0)) throw new Error(`Límite de solicitudes inválido: ${b.capacity} cada ${b.periodMs} ms.`);
  return b;
}

/** Tokens in the bucket at `now`: a missing bucket is full. */
export function tokensAt(bucket: Bucket | undefined, budget: Budget, now: number): number {
  if (!bucket) return budget.capacity;
  return Math.min(budget.capacity, bucket.tokens + (Math.max(0, now - bucket.at) * budget.capacity) / budget.periodMs);
}

/** The verdict for a request that left `tokens` (allowed) or found only `tokens` (refused). */
export function verdict(allowed: boolean, tokens: number, budget: Budget): RateVerdict {
  if (allowed) return { allowed, retryAfterSeconds: 0 };
  const msToNextToken = ((1 - tokens) * budget.periodMs) / budget.capacity;
  return { allowed, retryAfterSeconds: Math.max(1, Math.ceil(msToNextToken / 1000)) };
}

export interface MemoryLimiterOptions {
  /** Buckets kept at most; full buckets go first, as they equal a missing one. */
  maxKeys?: number;
  now?: () => number;
}

export class MemoryRateLimiter implements RefundableRateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly budget: Budget;
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(budget: Budget | number, options: MemoryLimiterOptions = {}) {
    this.budget = checked(budget);
    this.maxKeys = options.maxKeys ?? 100_000;
    this.now = options.now ?? Date.now;
  }

  async hit(caller: string): Promise<RateVerdict> {
    const now = this.now();
    const current = this.buckets.get(caller);
    const tokens = tokensAt(current, this.budget, now);
    if (tokens < 1) return verdict(false, tokens, this.budget);
    if (!current) this.makeRoom(now);
    this.buckets.set(caller, { tokens: tokens - 1, at: now });
    return verdict(true, tokens - 1, this.budget);
  }

  /** Gives back the token of a request that should not count (a successful sign-in). */
  async refund(caller: string): Promise<void> {
    const bucket = this.buckets.get(caller);
    if (!bucket) return;
    const now = this.now();
    this.buckets.set(caller, { tokens: Math.min(this.budget.capacity, tokensAt(bucket, this.budget, now) + 1), at: now });
  }

  get size(): number {
    return this.buckets.size;
  }

  private makeRoom(now: number): void {
    if (this.buckets.size < this.maxKeys) return;
    for (const [caller, bucket] of this.buckets) if (tokensAt(bucket, this.budget, now) >= this.budget.capacity) this.buckets.delete(caller);
    if (this.buckets.size < this.maxKeys) return;
    // A flood of distinct current callers: stay bounded by forgetting the tenth closest to full, never the drained.
    const fullest = [...this.buckets].map(([caller, bucket]) => [caller, tokensAt(bucket, this.budget, now)] as const).sort((a, b) => b[1] - a[1]);
    for (const [caller] of fullest.slice(0, Math.ceil(this.maxKeys / 10))) this.buckets.delete(caller);
  }

  async close(): Promise<void> {}
}

/** What both scripts start with: the budget, Redis's clock (so every gateway agrees) and the stored bucket. */
const READ_BUCKET = `
local capacity = tonumber(ARGV[1])
local period = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
`;

/** One atomic step of the bucket in Redis; the key expires once full. */
const TAKE_TOKEN = `${READ_BUCKET}local tokens = capacity
if state[1] and state[2] then
  tokens = math.min(capacity, tonumber(state[1]) + math.max(0, now - tonumber(state[2])) * capacity / period)
end
local allowed = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
  redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
  redis.call('PEXPIRE', KEYS[1], period)
end
return { allowed, tostring(tokens) }`;

/** Gives one token back, never above capacity, on Redis's clock. */
const GIVE_BACK = `${READ_BUCKET}if not (state[1] and state[2]) then return 0 end
local tokens = math.min(capacity, tonumber(state[1]) + math.max(0, now - tonumber(state[2])) * capacity / period + 1)
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], period)
return 1`;

export interface RedisLimiterOptions {
  /** Keeps this limiter's buckets apart from another's with the same callers (the per-address and the per-caller budgets). */
  namespace?: string;
  logger?: Logger;
}

export class RedisRateLimiter implements RefundableRateLimiter {
  private constructor(
    private readonly redis: RedisConnection,
    private readonly budget: Budget,
    private readonly prefix: string,
  ) {}

  static async connect(url: string, budget: Budget | number, options: RedisLimiterOptions = {}): Promise<RedisRateLimiter> {
    const checkedBudget = checked(budget);
    const redis = await RedisConnection.open(url, { purpose: 'límites de solicitudes', service: 'gateway', logger: options.logger });
    return new RedisRateLimiter(redis, checkedBudget, options.namespace ? `llavero:bucket:${options.namespace}:` : 'llavero:bucket:');
  }

  async hit(caller: string): Promise<RateVerdict> {
    const [allowed, tokens] = (await this.redis.run(client =>
      client.eval(TAKE_TOKEN, { keys: [`${this.prefix}${caller}`], arguments: [String(this.budget.capacity), String(this.budget.periodMs)] }),
    )) as [number, string];
    return verdict(Number(allowed) === 1, Number(tokens), this.budget);
  }

  async refund(caller: string): Promise<void> {
    await this.redis.run(client => client.eval(GIVE_BACK, { keys: [`${this.prefix}${caller}`], arguments: [String(this.budget.capacity), String(this.budget.periodMs)] }));
  }

  async close(): Promise<void> {
    await this.redis.close();
  }
}
