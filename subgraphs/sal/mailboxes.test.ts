import { SalKeyRequestKind as K } from './enums';
import { mailboxFor, senderFor } from './mailboxes';

describe('the two mailboxes of seed 000', () => {
  test('creation requests are answered from clavesautorizacioneslaborales@, deactivations from migracioneslaborales@ (§6.4)', () => {
    expect(mailboxFor(K.CREATION)).toBe('clavesautorizacioneslaborales@trabajo.gob.ec');
    expect(mailboxFor(K.DEACTIVATION)).toBe('migracioneslaborales@trabajo.gob.ec');
    expect(senderFor(K.DEACTIVATION)).toBe('Ministerio del Trabajo – Migraciones Laborales <migracioneslaborales@trabajo.gob.ec>');
    expect(senderFor(K.CREATION)).toMatch(/<clavesautorizacioneslaborales@trabajo\.gob\.ec>$/);
  });
});
