import { badUserInput } from '../../shared/errors';
import { confirmationCode, hashSecret, verifySecret } from '../../shared/passwords';

// Seed 002, "Verificar IESS turno online": a six-digit code goes by e-mail, lives 10 minutes and serves
// once; only its hash is kept.
export const APPOINTMENT_CODE_MINUTES = 10;

export interface AppointmentCodeRecord {
  codeHash: string;
  expiresAt: Date;
  usedAt: Date | null;
}

/** A new code, what is stored of it, and until when it is valid. */
export async function newAppointmentCode(now = new Date()): Promise<{ code: string; codeHash: string; expiresAt: Date }> {
  const code = confirmationCode();
  return { code, codeHash: await hashSecret(code), expiresAt: new Date(now.getTime() + APPOINTMENT_CODE_MINUTES * 60_000) };
}

/** The verification, when the code is its own, unused and in time; else BAD_USER_INPUT on `code`. */
export async function requireAppointmentCode<V extends AppointmentCodeRecord>(verification: V | null, code: string, now = new Date()): Promise<V> {
  if (!verification || verification.usedAt || verification.expiresAt <= now || !(await verifySecret(code, verification.codeHash))) {
    throw badUserInput('code', `El código de verificación no es válido, ya fue usado o venció (${APPOINTMENT_CODE_MINUTES} minutos): pida uno nuevo.`, { reason: 'CODE_INVALID' });
  }
  return verification;
}

/** Two bookings raced for one code: the second finds it claimed. */
export function appointmentCodeAlreadyUsed() {
  return badUserInput('code', 'El código de verificación ya fue usado.', { reason: 'CODE_INVALID' });
}
