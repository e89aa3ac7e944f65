import { confirmationCode, hashSecret, passwordPolicyViolation, temporaryPassword, verifySecret } from './passwords';

describe('secrets are stored as scrypt hashes', () => {
  test('hash and verify, never the same hash twice', async () => {
    const password = temporaryPassword();
    const [a, b] = await Promise.all([hashSecret(password), hashSecret(password)]);
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain(password);
    expect(await verifySecret(password, a)).toBe(true);
    expect(await verifySecret(`${password}x`, a)).toBe(false);
  });

  test('temporary passwords and codes', () => {
    expect(temporaryPassword()).toMatch(/^(?=.*[A-Z])(?=.*[a-z])(?=.*\d)[A-Za-z0-9]{14}$/);
    expect(confirmationCode()).toMatch(/^\d{6}$/);
    expect(passwordPolicyViolation('abc')).toMatch(/10 caracteres/);
    expect(passwordPolicyViolation('abcdefghijk')).toMatch(/letras y números/);
    expect(passwordPolicyViolation('Talento2026Humano')).toBeNull();
  });
});
