import { SalInstitutionStatus as S, SalStatusChangeReason } from './enums';
import { assertKeysMayBeIssued, assertMayBeUpdated, assertReceivesRequests, assertStatusMayChange } from './institution-status';

const RUC = '1768152560001';
const institution = (status: S, pendingAuthorizationProcesses = 0) => ({ ruc: RUC, status, pendingAuthorizationProcesses });
const conflictOn = (field: string, message: string | RegExp, extra: Record<string, unknown> = {}) =>
  expect.objectContaining({ message: typeof message === 'string' ? message : expect.stringMatching(message), extensions: expect.objectContaining({ code: 'CONFLICT', field, ...extra }) });

describe('SAL institution status blocker (§6.5)', () => {
  test('an active institution with nothing pending may be deactivated, receives requests and gets keys', () => {
    expect(() => assertStatusMayChange(institution(S.ACTIVE))).not.toThrow();
    expect(() => assertReceivesRequests(institution(S.ACTIVE, 3))).not.toThrow();
    expect(() => assertKeysMayBeIssued(institution(S.ACTIVE, 3))).not.toThrow();
  });

  test('pending labour-authorisation processes block the status change, counted in the error', () => {
    expect(() => assertStatusMayChange(institution(S.ACTIVE, 2))).toThrow(
      conflictOn('ruc', `La institución ${RUC} tiene 2 proceso(s) de autorización laboral pendiente(s): debe concluirlos antes de cambiar su estado (§6.5).`, { pendingAuthorizationProcesses: 2 }),
    );
  });

  test('a deactivated institution cannot change again, receives no requests and gets no keys', () => {
    expect(() => assertStatusMayChange(institution(S.DEACTIVATED))).toThrow(conflictOn('ruc', `La institución ${RUC} ya está desactivada.`));
    expect(() => assertReceivesRequests(institution(S.DEACTIVATED))).toThrow(conflictOn('institutionRuc', /está desactivada en el SAL: no recibe solicitudes de claves/));
    expect(() => assertKeysMayBeIssued(institution(S.DEACTIVATED))).toThrow(conflictOn('institutionRuc', /fue desactivada: no se emiten claves/));
  });

  test('a deactivated institution is not renamed: the error says after which process', () => {
    expect(() => assertMayBeUpdated(institution(S.ACTIVE))).not.toThrow();
    expect(() => assertMayBeUpdated({ ...institution(S.DEACTIVATED), statusChangeReason: SalStatusChangeReason.FUSION })).toThrow(
      conflictOn('ruc', `La institución ${RUC} fue desactivada en el SAL tras su fusión: sus datos ya no se modifican (§6.5).`),
    );
  });
});
