import { b64, PDF } from '../../test/support/files';
import { ANA, CLERK, creation, REVIEWER, RUC, startSal, SUBMIT, type SalUnderTest } from './sal-under-test';

// §3 and §6.5 at the subgraph: registration, and the status change refused while processes are pending
// (the blocker itself: institution-status.test.ts).

describe('SAL institutions (seed 000 §3, §6.5)', () => {
  let t: SalUnderTest;
  beforeAll(async () => {
    t = await startSal();
    await t.issueKey(ANA);
  });
  afterAll(() => t?.stop());

  test('a registered institution starts ACTIVE', () => {
    expect(t.registered).toEqual({ registerSalInstitution: { ruc: RUC, status: 'ACTIVE' } });
  });

  test('institution status change is refused while authorisation processes are pending, then allowed', async () => {
    const change = `mutation { changeSalInstitutionStatus(input: { ruc: "${RUC}", reason: FUSION, oficioNumber: "MDT-2026-0099-OF", requestedBy: "Máxima Autoridad de Demostración", oficio: { fileName: "oficio.pdf", contentBase64: "${b64(PDF)}" } }) { status statusChangeReason } }`;
    await t.as(REVIEWER, `mutation { recordSalPendingAuthorizationProcesses(ruc: "${RUC}", count: 2) { pendingAuthorizationProcesses } }`);
    const refused = await t.as(REVIEWER, change);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'CONFLICT', pendingAuthorizationProcesses: 2 });
    expect(refused.errors![0].message).toMatch(/2 proceso\(s\) de autorización laboral pendiente/);
    await t.as(REVIEWER, `mutation { recordSalPendingAuthorizationProcesses(ruc: "${RUC}", count: 0) { pendingAuthorizationProcesses } }`);
    expect((await t.as(REVIEWER, change)).data!.changeSalInstitutionStatus).toEqual({ status: 'DEACTIVATED', statusChangeReason: 'FUSION' });
    const late = await t.as(CLERK, SUBMIT, { input: creation() });
    expect(late.errors![0].extensions!.code).toBe('CONFLICT');
    // Its key in force went with it (§6.5).
    expect(await t.rows('SELECT status, deactivation_reason FROM access_key WHERE institution_ruc = $1', [RUC])).toEqual([{ status: 'DEACTIVATED', deactivation_reason: 'INSTITUTION_DEACTIVATED' }]);
  });
});
