import type { EntityManager } from 'typeorm';
import { SalAccessKey } from './access-key';

// §6.3: the SAL sign-in (RUC, cédula, password) locks the key after repeated failures, so a password cannot be guessed.

export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 30;

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return !!lockedUntil && lockedUntil > now;
}

/** After one more wrong password: the count kept, or a lock (the count starts again) until `lockedUntil`. */
export function afterFailedSignIn(failedAttempts: number, now: Date): { failedAttempts: number; lockedUntil: Date | null; remainingAttempts: number } {
  const failed = failedAttempts + 1;
  if (failed >= MAX_FAILED_SIGN_INS) return { failedAttempts: 0, lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000), remainingAttempts: 0 };
  return { failedAttempts: failed, lockedUntil: null, remainingAttempts: MAX_FAILED_SIGN_INS - failed };
}

export type SignInAttempt = { counted: true; remainingAttempts: number; lockedUntil: Date | null } | { counted: false; lockedUntil: Date | null };

/**
 * Counts one attempt before its password is checked, in one UPDATE (PostgreSQL's row lock orders concurrent
 * attempts, so none is lost): the fifth locks the key at once, and attempts against a locked key are not counted.
 * A right password then clears the count and the lock (`signedIn`), as it would one attempt at a time.
 */
export async function countSignInAttempt(manager: EntityManager, keyId: string, now: Date): Promise<SignInAttempt> {
  const lockUntil = afterFailedSignIn(MAX_FAILED_SIGN_INS - 1, now).lockedUntil;
  const next = `failed_attempts + 1 >= ${MAX_FAILED_SIGN_INS}`;
  const result = await manager
    .createQueryBuilder()
    .update(SalAccessKey)
    .set({
      failedAttempts: () => `CASE WHEN ${next} THEN 0 ELSE failed_attempts + 1 END`,
      lockedUntil: () => `CASE WHEN ${next} THEN CAST(:lockUntil AS timestamptz) ELSE locked_until END`,
    })
    .where('id = :keyId AND (locked_until IS NULL OR locked_until <= :now)', { keyId, now })
    .setParameter('lockUntil', lockUntil)
    .returning('failed_attempts, locked_until')
    .execute();
  const [row] = (result.raw ?? []) as Array<{ failed_attempts: number; locked_until: Date | null }>;
  if (!row) {
    const current = await manager.findOne(SalAccessKey, { where: { id: keyId }, select: { id: true, lockedUntil: true } });
    return { counted: false, lockedUntil: current?.lockedUntil ?? null };
  }
  const locked = isLocked(row.locked_until, now);
  return { counted: true, remainingAttempts: locked ? 0 : MAX_FAILED_SIGN_INS - row.failed_attempts, lockedUntil: locked ? row.locked_until : null };
}
