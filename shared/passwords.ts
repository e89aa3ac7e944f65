import { randomBytes, randomInt, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

// Passwords and one-time codes are stored only as scrypt hashes ("scrypt$N$r$p$salt$hash").

const scrypt = promisify(scryptCallback) as (password: string, salt: Buffer, keylen: number, options: { N: number; r: number; p: number }) => Promise<Buffer>;
const PARAMS = { N: 16384, r: 8, p: 1 };

export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(secret, salt, 32, PARAMS);
  return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt') return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scrypt(secret, Buffer.from(salt, 'base64url'), expected.length, { N: Number(n), r: Number(r), p: Number(p) });
  return timingSafeEqual(actual, expected);
}

/** A temporary password: 14 characters, letters and digits, without look-alikes. */
export function temporaryPassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  let password = '';
  while (!/[A-Z]/.test(password) || !/[a-z]/.test(password) || !/\d/.test(password)) {
    password = Array.from({ length: 14 }, () => alphabet[randomInt(alphabet.length)]).join('');
  }
  return password;
}

/** A six-digit confirmation code. */
export function confirmationCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** Spanish reason why a new password is not acceptable, or null. */
export function passwordPolicyViolation(password: string): string | null {
  if (password.length < 10) return 'La nueva contraseña debe tener al menos 10 caracteres.';
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return 'La nueva contraseña debe combinar letras y números.';
  return null;
}
