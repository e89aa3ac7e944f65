import { createHash, randomBytes } from 'node:crypto';
import { IsNull, MoreThan } from 'typeorm';

// Seed 001 answers with an e-mail to recover / regenerate the key. Llavero's link carries a random token
// that works once, within 24 hours; only its SHA-256 is kept, so the database never holds a usable link.

export const RECOVERY_TOKEN_HOURS = 24;

export function recoveryTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new token (32 random bytes, base64url) for the e-mail, and what is stored of it. */
export function newRecoveryToken(now: Date = new Date()): { token: string; tokenSha256: string; expiresAt: Date } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenSha256: recoveryTokenHash(token), expiresAt: new Date(now.getTime() + RECOVERY_TOKEN_HOURS * 3_600_000) };
}

/** The stored token a redemption may claim at `now`: this hash, never used, not expired (claimed in one UPDATE, so only once). */
export function redeemableToken(token: string, now: Date) {
  return { tokenSha256: recoveryTokenHash(token), usedAt: IsNull(), expiresAt: MoreThan(now) };
}
