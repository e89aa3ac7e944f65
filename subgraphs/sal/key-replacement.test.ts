import { SalDeactivationReason as R, SalKeyRequestKind as K } from './enums';
import { assertStillTheDeclaredKey, NO_REPLACEMENT, requireReplacement } from './key-replacement';

const ANA = { holderCedula: '1710034065', holderNames: 'Ana María Torres Vela' };
const error = (code: string, field: string, message: RegExp) => expect.objectContaining({ message: expect.stringMatching(message), extensions: expect.objectContaining({ code, field }) });

describe('a key in force is never replaced silently (§6.1, §6.6)', () => {
  test('without a key in force a creation replaces nothing, and may not say it does', () => {
    expect(requireReplacement(K.CREATION, null, null)).toEqual(NO_REPLACEMENT);
    expect(() => requireReplacement(K.CREATION, null, { holderCedula: ANA.holderCedula, reason: R.CHANGE_OF_RESPONSIBLE })).toThrow(error('CONFLICT', 'replacedKey', /no hay clave que reemplazar/));
  });

  test('with a key in force the creation must name its holder and a §6.6 reason', () => {
    expect(() => requireReplacement(K.CREATION, ANA, null)).toThrow(error('CONFLICT', 'replacedKey', /ya tiene una clave vigente, de Ana María Torres Vela \(cédula 1710034065\)/));
    expect(() => requireReplacement(K.CREATION, ANA, { holderCedula: '0926687856', reason: R.CHANGE_OF_RESPONSIBLE })).toThrow(error('CONFLICT', 'replacedKey.holderCedula', /no de 0926687856/));
    expect(() => requireReplacement(K.CREATION, ANA, { holderCedula: ANA.holderCedula, reason: R.INSTITUTION_DEACTIVATED })).toThrow(error('BAD_USER_INPUT', 'replacedKey.reason', /§6.6/));
    expect(requireReplacement(K.CREATION, ANA, { holderCedula: ANA.holderCedula, reason: R.LOSS_OR_THEFT_OR_RISK })).toEqual({
      replacedHolderCedula: ANA.holderCedula,
      replacedHolderNames: ANA.holderNames,
      replacementReason: R.LOSS_OR_THEFT_OR_RISK,
    });
  });

  test('a deactivation names its holder, not a replaced key', () => {
    expect(requireReplacement(K.DEACTIVATION, ANA, null)).toEqual(NO_REPLACEMENT);
    expect(() => requireReplacement(K.DEACTIVATION, ANA, { holderCedula: ANA.holderCedula, reason: R.TEMPORARY_ABSENCE })).toThrow(error('BAD_USER_INPUT', 'replacedKey', /no reemplaza/));
  });

  test('at approval the key in force is still the declared one, or there is none', () => {
    const request = { institutionRuc: '1768152560001', ...NO_REPLACEMENT };
    expect(() => assertStillTheDeclaredKey(request, null)).not.toThrow();
    expect(() => assertStillTheDeclaredKey({ ...request, replacedHolderCedula: ANA.holderCedula }, ANA)).not.toThrow();
    expect(() => assertStillTheDeclaredKey(request, ANA)).toThrow(error('CONFLICT', 'requestId', /no declara reemplazarla/));
  });
});
