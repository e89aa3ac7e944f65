import type { LlaveroConfig } from '../../shared/config';
import { MemoryRateLimiter, perMinute, type RateVerdict } from './rate-limiter';

// Password guessing at /auth/ventanilla is limited twice, and both must allow: per client address (every
// attempt), and per user name (failures only), so spreading guesses over many addresses does not help.
// A success gives its token back: only failures tell a guesser anything, and a clerk (or a development
// account shared by a whole office) signing in often must not lock itself out. The flip side, as with any
// per-user limit: someone failing on purpose delays that user's sign-in until the bucket refills.
// In memory: the page signs in only in development; in production the identity provider issues tokens.

export interface SignInLimits {
  byAddress: MemoryRateLimiter;
  byUser: MemoryRateLimiter;
}

export type SignInRefusal = RateVerdict & { message: string };

export function signInLimitsFrom(config: Readonly<LlaveroConfig>): SignInLimits {
  return {
    byAddress: new MemoryRateLimiter(perMinute(config.rateLimits.signInPerIpPerMinute)),
    byUser: new MemoryRateLimiter({ capacity: config.rateLimits.signInFailuresPerUserPerHour, periodMs: 3_600_000 }),
  };
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

/** After the password check: a success does not count against the user. */
export async function settleSignIn(limits: SignInLimits, user: string, succeeded: boolean): Promise<void> {
  if (succeeded) await limits.byUser.refund(userKey(user));
}
