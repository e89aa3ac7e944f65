import { checkPassword, parseVentanillaUsers } from './ventanilla-users';

describe('VENTANILLA_USERS', () => {
  test('user:password[:role[:office]]: two-part entries stay front-office without office', () => {
    const accounts = parseVentanillaUsers('ana:clave1:reviewer:Regional 2 Quito, luis:clave2 ,eva:clave3:front-office,,solo');
    expect(Object.fromEntries(accounts)).toEqual({
      ana: { password: 'clave1', role: 'reviewer', office: 'Regional 2 Quito' },
      luis: { password: 'clave2', role: 'front-office', office: null },
      eva: { password: 'clave3', role: 'front-office', office: null },
    });
  });

  test('an unknown role stops the start, naming the user', () => {
    expect(() => parseVentanillaUsers('ana:clave:admin')).toThrow(/rol "admin" del usuario "ana"/);
  });

  test('the password must match exactly', () => {
    const accounts = parseVentanillaUsers('ana:clave1');
    expect(checkPassword(accounts, 'ana', 'clave1')).toMatchObject({ role: 'front-office' });
    expect(checkPassword(accounts, 'ana', 'clave')).toBeNull();
    expect(checkPassword(accounts, 'nadie', 'clave1')).toBeNull();
  });
});
