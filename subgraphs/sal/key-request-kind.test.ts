import { SalDeactivationReason as R, SalKeyRequestKind as K } from './enums';
import { requireKindDetails } from './key-request-kind';

const TODAY = '2026-03-02'; // a Monday: the earliest access day is Thursday 2026-03-05

describe('what each kind of key request carries (§6.1–6.4, §6.6)', () => {
  test('a creation carries the access day and no reason', () => {
    expect(requireKindDetails({ kind: K.CREATION, requestedAccessDate: '2026-03-05' }, TODAY)).toEqual({ requestedAccessDate: '2026-03-05', deactivationReason: null });
  });

  test('a deactivation carries a §6.6 reason and no day', () => {
    for (const reason of [R.CHANGE_OF_POST_OR_FUNCTIONS, R.TEMPORARY_ABSENCE, R.CHANGE_OF_RESPONSIBLE, R.LOSS_OR_THEFT_OR_RISK]) {
      expect(requireKindDetails({ kind: K.DEACTIVATION, deactivationReason: reason }, TODAY)).toEqual({ requestedAccessDate: null, deactivationReason: reason });
    }
  });

  test.each([
    ['creation without a day', { kind: K.CREATION }, 'requestedAccessDate', /formato AAAA-MM-DD/],
    ['creation with a reason', { kind: K.CREATION, requestedAccessDate: '2026-03-05', deactivationReason: R.TEMPORARY_ABSENCE }, 'deactivationReason', /creación no lleva motivo/],
    ['deactivation without a reason', { kind: K.DEACTIVATION }, 'deactivationReason', /Indique el motivo de la desactivación \(§6\.6\)/],
    ['deactivation giving the institution’s own deactivation', { kind: K.DEACTIVATION, deactivationReason: R.INSTITUTION_DEACTIVATED }, 'deactivationReason', /Indique el motivo/],
    ['deactivation with a day', { kind: K.DEACTIVATION, deactivationReason: R.TEMPORARY_ABSENCE, requestedAccessDate: '2026-03-05' }, 'requestedAccessDate', /desactivación no lleva fecha/],
  ])('%s: BAD_USER_INPUT naming the field', (_label, input, field, message) => {
    expect(() => requireKindDetails(input, TODAY)).toThrow(expect.objectContaining({ message: expect.stringMatching(message), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) }));
  });
});
