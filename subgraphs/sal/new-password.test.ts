import { requireNewPassword } from './new-password';

const refusal = (message: string) => expect.objectContaining({ message, extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'newPassword' }) });

describe('a new SAL password (§6.3)', () => {
  test('follows the password policy', () => {
    expect(() => requireNewPassword('corta1')).toThrow(refusal('La nueva contraseña debe tener al menos 10 caracteres.'));
    expect(() => requireNewPassword('Talento2026Humano')).not.toThrow();
  });

  test('on a change, differs from the current one', () => {
    expect(() => requireNewPassword('Talento2026Humano', 'Talento2026Humano')).toThrow(refusal('La nueva contraseña debe ser distinta de la anterior.'));
    expect(() => requireNewPassword('Talento2026Humano', 'Temporal2026x')).not.toThrow();
  });
});
