import { GraphQLError } from 'graphql';
import { requirePublicInstitutionRuc } from './public-institution';

const refusal = (ruc: string) => {
  try {
    requirePublicInstitutionRuc(ruc);
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('accepted');
};

describe('SAL is for public institutions (seed 000 §2)', () => {
  test('a public entity (third digit 6) is accepted', () => {
    expect(requirePublicInstitutionRuc('1768152560001')).toBe('1768152560001');
  });

  test.each([
    ['a natural person', '1712345675001', /persona natural/],
    ['a private company', '1791234561001', /sociedad privada/],
  ])('%s is refused, naming the rule', (_label, ruc, holder) => {
    const error = refusal(ruc);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ruc', reason: 'SAL_PUBLIC_INSTITUTIONS_ONLY', rule: 'RUC_THIRD_DIGIT_6' });
    expect(error.message).toMatch(holder);
    expect(error.message).toMatch(/solo para instituciones del sector público .*6 como tercer dígito/);
  });
});
