import type { LlaveroConfig } from '../../shared/config';
import type { Logger } from '../../shared/observability/log';
import { MemoryRateLimiter, perMinute, RedisRateLimiter, type RateLimiter, type RateVerdict, type RefundableRateLimiter } from './rate-limiter';

// Password guessing at /auth/ventanilla is limited twice, and both must allow: per client address (every
// attempt), and per user name (failures only), so spreading guesses over many addresses does not help.
// A success gives its token back: only failures tell a guesser anything, and a clerk (or a development
// account shared by a whole office) signing in often must not lock itself out. The flip side, as with any
// per-user limit: someone failing on purpose delays that user's sign-in until the bucket refills.
// In Redis with REDIS_URL (several gateways share the budget), in memory for one process.

export interface SignInLimits {
  byAddress: RateLimiter;
  byUser: RefundableRateLimiter;
}

export type SignInRefusal = RateVerdict & { message: string };

const budgets = (config: Readonly<LlaveroConfig>) => ({
  byAddress: perMinute(config.rateLimits.signInPerIpPerMinute),
  byUser: { capacity: config.rateLimits.signInFailuresPerUserPerHour, periodMs: 3_600_000 },
});

/** In this process's memory: one gateway. */
export function signInLimitsFrom(config: Readonly<LlaveroConfig>): SignInLimits {
  const budget = budgets(config);
  return { byAddress: new MemoryRateLimiter(budget.byAddress), byUser: new MemoryRateLimiter(budget.byUser) };
}

/** In Redis when REDIS_URL is set, so guesses spread over several gateways share one budget; memory otherwise. */
export async function openSignInLimits(config: Readonly<LlaveroConfig>, options: { redisUrl?: string; logger?: Logger } = {}): Promise<SignInLimits> {
  const url = options.redisUrl ?? config.rateLimits.redisUrl;
  if (!url) return signInLimitsFrom(config);
  const budget = budgets(config);
  const redis = { logger: options.logger };
  return { byAddress: await RedisRateLimiter.connect(url, budget.byAddress, redis), byUser: await RedisRateLimiter.connect(url, budget.byUser, redis) };
}

export async function closeSignInLimits(limits: SignInLimits): Promise<void> {
  await limits.byAddress.close();
  await limits.byUser.close();
}

/** Bounded, so 100 000 remembered user names cannot take much memory whatever length they are sent with. */
const userKey = (user: string) => `login-user:${user.slice(0, 64)}`;

/** Takes one attempt from both buckets; a refusal says which, in Spanish. */
export async function admitSignIn(limits: SignInLimits, address: string, user: string): Promise<SignInRefusal | null> {
  const byAddress = await limits.byAddress.hit(`login-ip:${address}`);
  if (!byAddress.allowed) return { ...byAddress, message: `Demasiados intentos desde esta dirección: espere ${byAddress.retryAfterSeconds} s.` };
  const byUser = await limits.byUser.hit(userKey(user));
  if (!byUser.allowed) return { ...byUser, message: `Demasiados intentos fallidos para este usuario: espere ${byUser.retryAfterSeconds} s.` };
  return null;
}

/** After the password check: a success does not count against the user (a refund lost to a Redis outage only makes the limit stricter). */
export async function settleSignIn(limits: SignInLimits, user: string, succeeded: boolean): Promise<void> {
  if (succeeded) await limits.byUser.refund(userKey(user)).catch(() => undefined);
}
