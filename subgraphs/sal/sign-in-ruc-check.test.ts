import { SalInstitutionStatus as S } from './enums';
import { confirmRuc } from './sign-in-ruc-check';

const RUC = '1768152560001';

describe('SAL sign-in, first step: the RUC (§6.3)', () => {
  test('an active institution is confirmed in the seed\'s words', () => {
    expect(confirmRuc(RUC, { status: S.ACTIVE })).toEqual({ ruc: RUC, confirmed: true, message: 'datos confirmados, favor ingresar sus credenciales' });
  });

  test.each([
    [null, 'no está registrada en el SAL'],
    [{ status: S.DEACTIVATED }, 'está desactivada en el SAL'],
  ])('%p is not confirmed, saying why', (institution, why) => {
    expect(confirmRuc(RUC, institution)).toEqual({ ruc: RUC, confirmed: false, message: `La institución con RUC ${RUC} ${why}: no puede ingresar credenciales.` });
  });
});
