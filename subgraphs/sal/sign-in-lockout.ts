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
