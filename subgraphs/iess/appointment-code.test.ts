import { verifySecret } from '../../shared/passwords';
import { APPOINTMENT_CODE_MINUTES, newAppointmentCode, requireAppointmentCode } from './appointment-code';
import { appointmentCodeMail } from './mail';

const NOW = new Date('2026-11-20T15:00:00Z');
const refused = { extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'code', reason: 'CODE_INVALID' }) };

describe('the turnero verification code (10 minutes, single use, stored hashed)', () => {
  test('six digits, kept only as a hash, valid for 10 minutes', async () => {
    const { code, codeHash, expiresAt } = await newAppointmentCode(NOW);
    expect(code).toMatch(/^\d{6}$/);
    expect(codeHash).toMatch(/^scrypt\$/);
    expect(codeHash).not.toContain(code);
    expect(await verifySecret(code, codeHash)).toBe(true);
    expect(expiresAt.getTime() - NOW.getTime()).toBe(APPOINTMENT_CODE_MINUTES * 60_000);
    expect(APPOINTMENT_CODE_MINUTES).toBe(10);
    expect(appointmentCodeMail('a@b.ec', code).body).toContain(`${code}. Vence en 10 minutos y sirve una sola vez.`);
  });

  test('accepted once, in time, with its own code', async () => {
    const { code, codeHash, expiresAt } = await newAppointmentCode(NOW);
    const verification = { id: 'v', codeHash, expiresAt, usedAt: null };
    await expect(requireAppointmentCode(verification, code, new Date(expiresAt.getTime() - 1))).resolves.toBe(verification);
    await expect(requireAppointmentCode(verification, code === '000000' ? '111111' : '000000', NOW)).rejects.toMatchObject(refused);
    await expect(requireAppointmentCode(verification, code, expiresAt)).rejects.toMatchObject(refused);
    await expect(requireAppointmentCode({ ...verification, usedAt: NOW }, code, NOW)).rejects.toMatchObject(refused);
    await expect(requireAppointmentCode(null, code, NOW)).rejects.toMatchObject({ ...refused, message: 'El código de verificación no es válido, ya fue usado o venció (10 minutos): pida uno nuevo.' });
  });
});
