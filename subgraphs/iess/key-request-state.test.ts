import { IessKeyRequestChannel as Channel, IessKeyRequestStatus as S } from './enums';
import { assertApprovable, assertAttendable, assertPowerOfAttorneyPending, iessKeyRequestStates } from './key-request-state';

const conflictOn = (field: string, message: RegExp) => expect.objectContaining({ message: expect.stringMatching(message), extensions: expect.objectContaining({ code: 'CONFLICT', field }) });
const request = (extra: Partial<{ channel: Channel; status: S; attendedAt: Date | null; powerOfAttorneyNumber: string | null; powerOfAttorneyValidatedBy: string | null }> = {}) => ({
  channel: Channel.PRESENCIAL,
  status: S.SUBMITTED,
  attendedAt: null,
  powerOfAttorneyNumber: null,
  powerOfAttorneyValidatedBy: null,
  ...extra,
});

describe('the clave patronal request\'s life', () => {
  test.each([
    [S.SUBMITTED, S.OBSERVED, true],
    [S.OBSERVED, S.SUBMITTED, true],
    [S.SUBMITTED, S.APPROVED, true],
    [S.APPROVED, S.KEY_DELIVERED, true],
    [S.OBSERVED, S.REJECTED, true],
    [S.OBSERVED, S.APPROVED, false],
    [S.SUBMITTED, S.KEY_DELIVERED, false],
    [S.KEY_DELIVERED, S.SUBMITTED, false],
    [S.REJECTED, S.SUBMITTED, false],
    [S.SUBMITTED, S.EXPIRED, true],
    [S.APPROVED, S.EXPIRED, false],
    [S.EXPIRED, S.SUBMITTED, false],
    [S.EXPIRED, S.APPROVED, false],
  ])('%s → %s allowed: %s', (from, to, allowed) => {
    expect(iessKeyRequestStates.canMove(from, to)).toBe(allowed);
    if (!allowed) expect(() => iessKeyRequestStates.assertTransition(from, to)).toThrow(conflictOn('status', /^La solicitud de clave patronal está /));
  });

  test('a final state says so', () => {
    expect(() => iessKeyRequestStates.assertTransition(S.REJECTED, S.SUBMITTED)).toThrow(conflictOn('status', /está rechazada y no puede pasar a presentada: ese estado es definitivo\./));
  });

  test('only a presencial request, submitted and not attended yet, has a turno to attend', () => {
    expect(() => assertAttendable(request())).not.toThrow();
    expect(() => assertAttendable(request({ channel: Channel.VIRTUAL }))).toThrow(conflictOn('requestId', /ventanilla virtual/));
    expect(() => assertAttendable(request({ attendedAt: new Date() }))).toThrow(conflictOn('requestId', /ya fue atendido/));
    expect(() => assertAttendable(request({ status: S.OBSERVED }))).toThrow(conflictOn('requestId', /solicitud presentada/));
  });

  test('approval waits for the turno and for the legal area\'s seal on a power of attorney', () => {
    expect(() => assertApprovable(request({ channel: Channel.VIRTUAL }))).not.toThrow();
    expect(() => assertApprovable(request())).toThrow(conflictOn('requestId', /aún no fue atendido/));
    const withPower = request({ attendedAt: new Date(), powerOfAttorneyNumber: '20261701001P04521' });
    expect(() => assertApprovable(withPower)).toThrow(conflictOn('requestId', /validado y sellado por el área jurídica/));
    expect(() => assertApprovable({ ...withPower, powerOfAttorneyValidatedBy: 'juridico' })).not.toThrow();
  });

  test('a power of attorney is validated once, and only when one was presented', () => {
    expect(() => assertPowerOfAttorneyPending(request())).toThrow(conflictOn('requestId', /no presentó poder notarial/));
    expect(() => assertPowerOfAttorneyPending(request({ powerOfAttorneyNumber: 'N' }))).not.toThrow();
    expect(() => assertPowerOfAttorneyPending(request({ powerOfAttorneyNumber: 'N', powerOfAttorneyValidatedBy: 'juridico' }))).toThrow(conflictOn('requestId', /ya fue validado/));
  });
});
