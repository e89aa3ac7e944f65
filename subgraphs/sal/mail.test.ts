import 'reflect-metadata';
import { SalDeactivationReason } from './enums';
import { keyDeactivatedMail } from './mail';

describe('SAL e-mails speak Spanish', () => {
  test.each(Object.values(SalDeactivationReason))('the deactivation reason %s reaches the holder as words, never as its code', reason => {
    const mail = keyDeactivatedMail('uath@demostracion.gob.ec', '1760001630001', '1710034065', reason);
    expect(mail.body).not.toContain(reason);
    expect(mail.body).toMatch(/motivo: [a-záéíóúñ]/);
    expect(mail.body).not.toMatch(/(?<!\.)\.\.(?!\.)/);
  });
});
