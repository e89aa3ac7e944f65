import { ANA, CLERK, RUC, SIGN_IN, startSal, type SalUnderTest } from './sal-under-test';

// §6.3 "Recuperar clave" at the subgraph (its limits: recovery-limits.test.ts).

describe('SAL key recovery (seed 000 §6.3)', () => {
  let t: SalUnderTest;
  beforeAll(async () => {
    t = await startSal();
    const temporary = await t.issueKey(ANA);
    // Locked by five wrong passwords: the recovery unlocks it.
    for (let i = 0; i < 5; i++) await t.as(CLERK, SIGN_IN, { input: { ruc: RUC, cedula: ANA.cedula, password: `${temporary}-no` } });
  });
  afterAll(() => t?.stop());

  test('recover the key: a hashed, single-use, expiring code by e-mail; rate-limited per RUC', async () => {
    const sent = await t.as(CLERK, `mutation { requestSalKeyRecovery(ruc: "${RUC}") { sentTo expiresAt } }`);
    expect(sent.data!.requestSalKeyRecovery.sentTo).toBe('a***@senescyt-demo.gob.ec');
    const minutes = (Date.parse(sent.data!.requestSalKeyRecovery.expiresAt) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    const code = /código de confirmación es (\d{6})/.exec((await t.lastMailTo(ANA.email)).body)![1];
    const [stored] = await t.rows('SELECT code_hash FROM recovery_code ORDER BY created_at DESC LIMIT 1');
    expect(stored.code_hash).toMatch(/^scrypt\$/);
    const confirm = (c: string) =>
      t.as(CLERK, 'mutation ($i: ConfirmSalKeyRecoveryInput!) { confirmSalKeyRecovery(input: $i) { status lockedUntil } }', { i: { ruc: RUC, code: c, newPassword: 'Recuperada2026' } });
    const wrong = await confirm(code === '000000' ? '111111' : '000000');
    expect(wrong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code', reason: 'CODE_WRONG' });
    expect((await confirm(code)).data!.confirmSalKeyRecovery).toEqual({ status: 'ACTIVE', lockedUntil: null });
    expect((await confirm(code)).errors![0].extensions).toMatchObject({ reason: 'CODE_EXPIRED' });
    expect((await t.as(CLERK, SIGN_IN, { input: { ruc: RUC, cedula: ANA.cedula, password: 'Recuperada2026' } })).data!.checkSalSignIn.outcome).toBe('SUCCESS');
    await t.as(CLERK, `mutation { requestSalKeyRecovery(ruc: "${RUC}") { sentTo } }`);
    await t.as(CLERK, `mutation { requestSalKeyRecovery(ruc: "${RUC}") { sentTo } }`);
    const limited = await t.as(CLERK, `mutation { requestSalKeyRecovery(ruc: "${RUC}") { sentTo } }`);
    expect(limited.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'RATE_LIMITED' });
  });

  test('an institution without a key in force has nothing to recover', async () => {
    const none = await t.as(CLERK, 'mutation { requestSalKeyRecovery(ruc: "1760001640001") { sentTo } }');
    expect(none.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'ruc' });
    expect(none.errors![0].message).toBe('La institución 1760001640001 no tiene una clave vigente que recuperar.');
  });
});
