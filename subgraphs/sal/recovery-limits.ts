import { badUserInput, llaveroError } from '../../shared/errors';

// §6.3 "Recuperar clave": a six-digit code by e-mail, valid fifteen minutes and once; a few per RUC per
// hour, and a few wrong tries per code, so that neither the mailbox can be flooded nor the code guessed.

export const RECOVERY_CODE_MINUTES = 15;
export const RECOVERY_CODES_PER_HOUR = 3;
export const MAX_CODE_ATTEMPTS = 5;

export function recoveryCodeExpiry(now: Date): Date {
  return new Date(now.getTime() + RECOVERY_CODE_MINUTES * 60_000);
}

/** Since when recent codes count against RECOVERY_CODES_PER_HOUR. */
export function recoveryQuotaStart(now: Date): Date {
  return new Date(now.getTime() - 3_600_000);
}

/** FORBIDDEN (RATE_LIMITED) when the RUC already asked for RECOVERY_CODES_PER_HOUR codes in the last hour. */
export function assertRecoveryQuota(ruc: string, recent: number): void {
  if (recent >= RECOVERY_CODES_PER_HOUR) {
    throw llaveroError('FORBIDDEN', `Se pidieron ${recent} códigos de recuperación para ${ruc} en la última hora: espere antes de pedir otro.`, { reason: 'RATE_LIMITED', field: 'ruc' });
  }
}

export function requireCodeFormat(code: string): void {
  if (!/^\d{6}$/.test(code)) throw badUserInput('code', 'El código de confirmación tiene 6 dígitos.');
}

/** A wrong code: the try is counted, and the code is spent after MAX_CODE_ATTEMPTS; the error to give back. */
export function afterWrongCode(failedAttempts: number): { failedAttempts: number; spent: boolean; error: ReturnType<typeof badUserInput> } {
  const attempts = failedAttempts + 1;
  const spent = attempts >= MAX_CODE_ATTEMPTS;
  const message = spent ? 'Código incorrecto: se agotaron los intentos, pida un código nuevo.' : 'El código de confirmación no es correcto.';
  return { failedAttempts: attempts, spent, error: badUserInput('code', message, { reason: 'CODE_WRONG' }) };
}
