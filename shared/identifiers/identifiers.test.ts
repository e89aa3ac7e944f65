import { checkCedula, checkRuc, requireValidRuc } from './index';
import { GraphQLError } from 'graphql';

describe('cédula (modulo 10, SRI/Registro Civil rules)', () => {
  test.each([
    ['1712345675', 'valid Pichincha cédula'],
    ['0926687856', 'valid Guayas cédula'],
    ['1710034065', 'valid, check digit 5'],
    ['3012345678', 'province 30 (registered abroad)'],
    ['5012345673', 'province 50'],
    ['1762345674', 'third digit 6 is still ≤ 6'],
  ])('accepts %s (%s)', (cedula) => {
    expect(checkCedula(cedula)).toEqual({ valid: true, cedula });
  });

  test.each([
    ['171234567', 'FORMAT', '10 dígitos'],
    ['17123456755', 'FORMAT', '10 dígitos'],
    ['17123456a5', 'FORMAT', '10 dígitos'],
    ['2512345670', 'PROVINCE', 'provincia'],
    ['0012345670', 'PROVINCE', 'provincia'],
    ['3112345670', 'PROVINCE', 'provincia'],
    ['1772345670', 'THIRD_DIGIT', 'tercer dígito'],
    ['1712345674', 'CHECK_DIGIT', 'módulo 10'],
  ])('rejects %s with rule %s', (cedula, rule, words) => {
    const result = checkCedula(cedula);
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.rule).toBe(rule);
    expect(result.message).toContain(words);
  });
});

describe('RUC (SRI rules)', () => {
  test.each([
    ['1712345675001', 'NATURAL_PERSON', true, '1712345675'],
    ['1712345675002', 'NATURAL_PERSON', true, '1712345675'],
    ['1760001630001', 'PUBLIC_ENTITY', true, null],
    ['1768152560001', 'PUBLIC_ENTITY', true, null],
    ['1791234561001', 'COMPANY', true, null],
    ['1790016919001', 'COMPANY', true, null],
    // Issued by the SRI although it fails modulo 11: accepted, flagged unverified.
    ['0993370026001', 'COMPANY', false, null],
    ['1760001640001', 'PUBLIC_ENTITY', false, null],
  ])('accepts %s as %s (checksumVerified %s)', (ruc, kind, checksumVerified, cedula) => {
    expect(checkRuc(ruc)).toEqual({ valid: true, ruc, kind, checksumVerified, cedula });
  });

  test.each([
    ['179123456100', 'FORMAT', '13 dígitos'],
    ['17912345610011', 'FORMAT', '13 dígitos'],
    ['17912345610O1', 'FORMAT', '13 dígitos'],
    ['', 'FORMAT', '13 dígitos'],
    ['2791234561001', 'PROVINCE', 'provincia'],
    ['1771234561001', 'THIRD_DIGIT', '7 y 8 no existen'],
    ['1781234561001', 'THIRD_DIGIT', '7 y 8 no existen'],
    ['1712345674001', 'CHECK_DIGIT', 'módulo 10'],
    ['1712345675000', 'ESTABLISHMENT', '000'],
    ['1760001630000', 'ESTABLISHMENT', '0000'],
    ['1791234561000', 'ESTABLISHMENT', '000'],
  ])('rejects %s with rule %s', (ruc, rule, words) => {
    const result = checkRuc(ruc);
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.rule).toBe(rule);
    expect(result.message).toContain(words);
  });

  test('a public RUC whose establishment is 0001 but position 9 is wrong is only unverified', () => {
    const result = checkRuc('1760001630001'.slice(0, 8) + '9' + '0001');
    expect(result).toMatchObject({ valid: true, checksumVerified: false });
  });

  test('requireValidRuc throws a coded Spanish error naming the field', () => {
    let error: unknown;
    try {
      requireValidRuc('1771234561001', 'rucs[2]');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GraphQLError);
    const { extensions, message } = error as GraphQLError;
    expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rucs[2]', rule: 'RUC_THIRD_DIGIT', value: '1771234561001' });
    expect(message).toMatch(/tercer dígito/);
  });
});
