import { randomInt } from 'node:crypto';

// Credential codes: 'CAP-' + 10 random Crockford base-32 characters + 1 check character (Luhn mod 32),
// so a mistyped code (one wrong character, two swapped) is told apart from an unknown one.

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BODY_LENGTH = 10;

function luhnModN(body: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    let addend = factor * ALPHABET.indexOf(body[i]);
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / ALPHABET.length) + (addend % ALPHABET.length);
    sum += addend;
  }
  return ALPHABET[(ALPHABET.length - (sum % ALPHABET.length)) % ALPHABET.length];
}

function format(body: string): string {
  return `CAP-${body.slice(0, 5)}-${body.slice(5)}-${luhnModN(body)}`;
}

/** 50 bits of randomness from the OS CSPRNG: unguessable. */
export function newCredentialCode(): string {
  let body = '';
  for (let i = 0; i < BODY_LENGTH; i++) body += ALPHABET[randomInt(ALPHABET.length)];
  return format(body);
}

/** A new code no credential holds yet (codes are unique: a clash, however unlikely, draws again). */
export async function newUnusedCredentialCode(isTaken: (code: string) => Promise<boolean>): Promise<string> {
  let code = newCredentialCode();
  while (await isTaken(code)) code = newCredentialCode();
  return code;
}

export type CredentialCodeCheck = { valid: true; code: string } | { valid: false; reason: 'FORMAT' | 'CHECK_CHARACTER'; message: string };

/** Accepts the code as people type it: any case, with or without dashes, O for 0 and I/L for 1. */
export function checkCredentialCode(input: string): CredentialCodeCheck {
  const compact = input.toUpperCase().replace(/[\s-]/g, '').replace(/^CAP/, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (compact.length !== BODY_LENGTH + 1 || [...compact].some(ch => !ALPHABET.includes(ch))) {
    return {
      valid: false,
      reason: 'FORMAT',
      message: `El código de credencial "${input}" no tiene el formato esperado CAP-XXXXX-XXXXX-X (10 caracteres y un carácter de control).`,
    };
  }
  const body = compact.slice(0, BODY_LENGTH);
  if (luhnModN(body) !== compact[BODY_LENGTH]) {
    return {
      valid: false,
      reason: 'CHECK_CHARACTER',
      message: `El código de credencial "${input}" parece mal digitado: su carácter de control no coincide. Revise cada carácter.`,
    };
  }
  return { valid: true, code: format(body) };
}
