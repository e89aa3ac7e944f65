import { afterWrongCode, assertRecoveryQuota, recoveryCodeExpiry, recoveryQuotaStart, requireCodeFormat } from './recovery-limits';

const NOW = new Date('2026-03-02T15:00:00Z');
const RUC = '1768152560001';

describe('SAL key recovery limits (§6.3)', () => {
  test('a code is valid fifteen minutes; the quota counts the last hour', () => {
    expect(recoveryCodeExpiry(NOW)).toEqual(new Date('2026-03-02T15:15:00Z'));
    expect(recoveryQuotaStart(NOW)).toEqual(new Date('2026-03-02T14:00:00Z'));
  });

  test('three codes per RUC and hour; the fourth is FORBIDDEN, RATE_LIMITED', () => {
    for (const recent of [0, 1, 2]) expect(() => assertRecoveryQuota(RUC, recent)).not.toThrow();
    expect(() => assertRecoveryQuota(RUC, 3)).toThrow(
      expect.objectContaining({
        message: `Se pidieron 3 códigos de recuperación para ${RUC} en la última hora: espere antes de pedir otro.`,
        extensions: expect.objectContaining({ code: 'FORBIDDEN', reason: 'RATE_LIMITED', field: 'ruc' }),
      }),
    );
  });

  test.each(['12345', '1234567', 'abcdef', '12 456'])('%p is not a six-digit code', code => {
    expect(() => requireCodeFormat(code)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'code' }) }));
  });

  test('wrong codes are counted; the fifth spends the code', () => {
    expect(() => requireCodeFormat('012345')).not.toThrow();
    const tries = [0, 1, 2, 3].map(afterWrongCode);
    expect(tries.map(t => [t.failedAttempts, t.spent, t.error.message])).toEqual([
      [1, false, 'El código de confirmación no es correcto.'],
      [2, false, 'El código de confirmación no es correcto.'],
      [3, false, 'El código de confirmación no es correcto.'],
      [4, false, 'El código de confirmación no es correcto.'],
    ]);
    const last = afterWrongCode(4);
    expect([last.failedAttempts, last.spent, last.error.message]).toEqual([5, true, 'Código incorrecto: se agotaron los intentos, pida un código nuevo.']);
    expect(last.error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code', reason: 'CODE_WRONG' });
  });
});
