import { ANA, CLERK, RUC, SIGN_IN, startSal, type SalUnderTest } from './sal-under-test';

// §6.3 at the subgraph: the temporary password, the forced change, the lockout (its arithmetic: sign-in-lockout.test.ts).

describe('SAL sign-in (seed 000 §6.3)', () => {
  let t: SalUnderTest;
  let temporary: string;
  beforeAll(async () => {
    t = await startSal();
    temporary = await t.issueKey(ANA);
  });
  afterAll(() => t?.stop());

  test('sign in with the temporary password, forced change, lockout after five failures', async () => {
    const signIn = (password: string) => t.as(CLERK, SIGN_IN, { input: { ruc: RUC, cedula: ANA.cedula, password } });
    expect((await signIn(temporary)).data!.checkSalSignIn.outcome).toBe('PASSWORD_CHANGE_REQUIRED');
    const weak = await t.as(CLERK, 'mutation ($i: ChangeSalPasswordInput!) { changeSalPassword(input: $i) { status } }', { i: { ruc: RUC, cedula: ANA.cedula, password: temporary, newPassword: 'corta1' } });
    expect(weak.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const changed = await t.as(CLERK, 'mutation ($i: ChangeSalPasswordInput!) { changeSalPassword(input: $i) { status mustChangePassword } }', {
      i: { ruc: RUC, cedula: ANA.cedula, password: temporary, newPassword: 'Talento2026Humano' },
    });
    expect(changed.data!.changeSalPassword).toEqual({ status: 'ACTIVE', mustChangePassword: false });
    expect((await signIn('Talento2026Humano')).data!.checkSalSignIn.outcome).toBe('SUCCESS');
    const outcomes = [];
    for (let i = 0; i < 5; i++) outcomes.push((await signIn('equivocada123')).data!.checkSalSignIn);
    expect(outcomes.map(o => o.outcome)).toEqual(['WRONG_CREDENTIALS', 'WRONG_CREDENTIALS', 'WRONG_CREDENTIALS', 'WRONG_CREDENTIALS', 'LOCKED']);
    expect(outcomes[0].remainingAttempts).toBe(4);
    expect((await signIn('Talento2026Humano')).data!.checkSalSignIn.outcome).toBe('LOCKED');
  });
});

describe('SAL sign-in under concurrent guesses', () => {
  let t: SalUnderTest;
  beforeAll(async () => {
    t = await startSal();
    await t.issueKey(ANA);
  });
  afterAll(() => t?.stop());

  test('20 wrong passwords at once: exactly five are counted, the fifth locks, the rest find the key locked', async () => {
    const signIn = () => t.as(CLERK, SIGN_IN, { input: { ruc: RUC, cedula: ANA.cedula, password: 'equivocada123' } });
    const answers = (await Promise.all(Array.from({ length: 20 }, signIn))).map(a => a.data!.checkSalSignIn);
    const wrong = answers.filter(a => a.outcome === 'WRONG_CREDENTIALS').map(a => a.remainingAttempts).sort();
    expect(wrong).toEqual([1, 2, 3, 4]);
    expect(answers.filter(a => a.outcome === 'LOCKED')).toHaveLength(16);
    const [key] = await t.rows(`SELECT failed_attempts, locked_until FROM access_key WHERE holder_cedula = $1 ORDER BY issued_at DESC LIMIT 1`, [ANA.cedula]);
    expect(key.failed_attempts).toBe(0);
    expect(new Date(key.locked_until).getTime()).toBeGreaterThan(Date.now() + 29 * 60_000);
  });
});
