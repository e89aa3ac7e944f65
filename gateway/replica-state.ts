import type { Logger } from '../shared/observability/log';
import type { LlaveroConfig } from '../shared/config';
import { openRevocations, type RevocationStore } from './auth/revocations';
import { MemoryIdempotencyStore, RedisIdempotencyStore, type IdempotencyStore } from './idempotency/idempotency-store';
import { MemoryRateLimiter, RedisRateLimiter, type RateLimiter } from './limits/rate-limiter';
import { closeSignInLimits, openSignInLimits, type SignInLimits } from './limits/sign-in-limits';

// What gateway replicas must agree on, opened in one place: in Redis when REDIS_URL is set (one budget,
// one set of Idempotency-Keys and closed sessions across every gateway), in this process's memory otherwise.

export interface ReplicaState {
  /** Tokens closed by "Cerrar sesión". */
  revocations: RevocationStore;
  /** Per address, before any token work (/graphql, the session and constancia endpoints). */
  perAddress: RateLimiter;
  /** Per token subject, or per address for anonymous callers. */
  perCaller: RateLimiter;
  signIn: SignInLimits;
  idempotency: IdempotencyStore;
  close(): Promise<void>;
}

export interface ReplicaStateOptions {
  redisUrl?: string;
  perAddressPerMinute: number;
  perCallerPerMinute: number;
  logger: Logger;
}

export async function openReplicaState(config: Readonly<LlaveroConfig>, options: ReplicaStateOptions): Promise<ReplicaState> {
  const { redisUrl, logger } = options;
  const limiter = (perMinute: number, namespace?: string): Promise<RateLimiter> | RateLimiter =>
    redisUrl ? RedisRateLimiter.connect(redisUrl, perMinute, { namespace, logger }) : new MemoryRateLimiter(perMinute);
  const state = {
    revocations: await openRevocations(redisUrl, logger),
    // Its own buckets: an anonymous caller's per-caller budget is also keyed by address, with another size.
    perAddress: await limiter(options.perAddressPerMinute, 'address'),
    perCaller: await limiter(options.perCallerPerMinute),
    signIn: await openSignInLimits(config, { redisUrl, logger }),
    idempotency: redisUrl ? await RedisIdempotencyStore.connect(redisUrl, logger) : new MemoryIdempotencyStore(),
  };
  return {
    ...state,
    async close() {
      await Promise.allSettled([state.revocations.close(), state.perAddress.close(), state.perCaller.close(), closeSignInLimits(state.signIn), state.idempotency.close()]);
    },
  };
}
