import { SalAccessKeyStatus as S } from './enums';
import { isKeyInForce } from './one-key-in-force';

describe('one Responsable UATH key in force per institution (§6.2)', () => {
  test.each([
    [S.PENDING_FIRST_LOGIN, true],
    [S.ACTIVE, true],
    [S.DEACTIVATED, false],
  ])('%s is in force: %s', (status, inForce) => {
    expect(isKeyInForce(status)).toBe(inForce);
  });

  // The database's partial unique index counts the same keys: WHERE status <> 'DEACTIVATED'.
  test('every status but DEACTIVATED is in force, as the database index counts them', () => {
    for (const status of Object.values(S)) expect(isKeyInForce(status)).toBe(status !== S.DEACTIVATED);
  });
});
