import { IsNull, MoreThan } from 'typeorm';
import { newRecoveryToken, RECOVERY_TOKEN_HOURS, recoveryTokenHash, redeemableToken } from './recovery-token';

describe('the recovery link token', () => {
  test('random, 43 base64url characters, never repeated', () => {
    const tokens = Array.from({ length: 500 }, () => newRecoveryToken().token);
    expect(new Set(tokens).size).toBe(tokens.length);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  test('only its SHA-256 is stored, which does not contain it', () => {
    const { token, tokenSha256 } = newRecoveryToken();
    expect(tokenSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenSha256).toBe(recoveryTokenHash(token));
    expect(tokenSha256).not.toContain(token);
  });

  test('expires 24 hours after it is made', () => {
    const now = new Date('2026-11-24T15:00:00Z');
    expect(RECOVERY_TOKEN_HOURS).toBe(24);
    expect(newRecoveryToken(now).expiresAt).toEqual(new Date('2026-11-25T15:00:00Z'));
  });

  test('is claimed by its hash, only while unused and unexpired', () => {
    const now = new Date('2026-11-24T15:00:00Z');
    expect(redeemableToken('abc', now)).toEqual({ tokenSha256: recoveryTokenHash('abc'), usedAt: IsNull(), expiresAt: MoreThan(now) });
  });
});
