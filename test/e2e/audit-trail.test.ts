import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { FileCheckpointStore } from '../../gateway/audit/audit-checkpoints';
import { createAuditDataSource } from '../../gateway/audit/database';
import { verifyAuditTrail } from '../../gateway/audit/audit-verification';
import { JPEG, PDF, upload } from '../support/files';
import { naturalPersonRucs } from '../support/ruc-factory';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';
import { bearer } from '../support/tokens';

// The audit trail an auditor relies on: every read findable by its RUC, bounded rows, writes recorded
// before they run, refusals recorded before they leave, least-privilege roles, and a deleted tail or a
// paused trigger reported by `npm run audit:verify`.

const ROOT = resolve(__dirname, '../../..');
const AUDITOR = { role: 'auditor', subject: 'auditora-lopdp' } as const;
const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'America/Guayaquil' });
const TRAIL = `query ($ruc: String, $d: String!) { auditTrail(from: $d, to: $d, ruc: $ruc, limit: 5000) {
  id chainId seq kind subject agency role clientAddress operationName operationType rucs services outcome errorCodes } }`;

describe('audit trail', () => {
  let stack: Stack;
  const trail = async (ruc: string | null = null) => {
    const response = await stack.queryAs(AUDITOR, TRAIL, { ruc, d: today() });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.auditTrail as Array<Record<string, any>>;
  };
  beforeAll(async () => {
    stack = await startSubgraphsAndGateway();
  });
  afterAll(() => stack?.stop());

  describe('reads the auditor must find by RUC', () => {
    test.each([
      ['a RUC given only as a variable default', 'query DefaultRuc($r: String! = "1791234561001") { taxpayer(ruc: $r) { ruc } }', {}, 'defecto'],
      ['a RUC padded with spaces', 'query Padded($r: String!) { taxpayer(ruc: $r) { ruc } }', { r: '  1791234561001  ' }, 'espacios'],
      ['a RUC behind a byte-order mark', 'query Bom($r: String!) { taxpayer(ruc: $r) { ruc } }', { r: '\uFEFF1791234561001' }, 'bom'],
      ['a list default in a fragment', 'query Listed($r: [String!]! = [" 1791234561001"]) { ...F } fragment F on Query { taxpayers(rucs: $r) { ruc } }', {}, 'lista'],
    ])('%s is recorded under the normalised RUC', async (_label, query, variables, subject) => {
      const response = await stack.queryAs({ role: 'partner', agency: 'SRI', scopes: ['sal:read'], subject: `sri-${subject}` }, query, variables);
      expect(response.errors).toBeUndefined();
      const mine = (await trail('1791234561001')).filter(e => e.subject === `sri-${subject}`);
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ kind: 'REQUEST', rucs: ['1791234561001'], outcome: 'OK' });
    });
  });

  test('stored values are bounded; an anonymous row keeps the client address', async () => {
    const name = `Q${'x'.repeat(200_000)}`;
    const before = (await stack.adminQuery(`SELECT pg_total_relation_size('audit.audit_entry')::bigint AS size`))[0].size;
    for (let i = 0; i < 10; i++) {
      const response = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query: `query ${name}${i} { taxpayer(ruc: "1760001630001") { ruc } }` }),
      });
      expect((await response.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED'); // a personal-data root: audited
    }
    const after = (await stack.adminQuery(`SELECT pg_total_relation_size('audit.audit_entry')::bigint AS size`))[0].size;
    expect(Number(after) - Number(before)).toBeLessThan(200_000); // 10 × 200 KB names would be 2 MB
    const anonymous = (await trail('1760001630001')).filter(e => e.role === 'anonymous' && e.operationName?.startsWith('Qxxx'));
    expect(anonymous).toHaveLength(10);
    for (const entry of anonymous) {
      expect(entry.operationName.length).toBeLessThanOrEqual(128);
      expect(entry.operationName).toMatch(/…#[0-9a-f]{16}$/);
      expect(entry.clientAddress).toMatch(/127\.0\.0\.1|::1/);
    }
    expect(new Set(anonymous.map(e => e.operationName)).size).toBe(10); // still told apart
  });

  describe('writes: an INTENT before the subgraph runs, the OUTCOME after', () => {
    const SUBMIT = `mutation Submit($a: SubmitSystemKeyRecoveryInput!, $b: SubmitSystemKeyRecoveryInput!) {
      a: submitSystemKeyRecovery(input: $a) { id } b: submitSystemKeyRecovery(input: $b) { id } }`;
    const [ruc] = naturalPersonRucs(1, 9500);
    const input = (requesterRuc: string) => ({
      requesterRuc,
      system: 'SUT',
      channel: 'PRESENCIAL',
      attentionPointCode: 'guayaquil',
      contactEmail: 'contabilidad@comercio-demo.ec',
      documents: [upload('RUC_CERTIFICATE', 'ruc.pdf', PDF), upload('SIGNED_REQUEST', 'solicitud.jpg', JPEG)],
    });
    const recoveries = async () => (await stack.dataSources.sut.query('SELECT count(*)::int AS n FROM recovery_request WHERE requester_ruc = $1', [ruc]))[0].n;

    test('an 8 KB string in a sibling field no longer loses the entry of a write that ran', async () => {
      const clerk = { role: 'front-office', subject: 'ventanilla-hermanos' } as const;
      const response = await stack.queryAs(clerk, SUBMIT, { a: input(ruc), b: input('9'.repeat(8 * 1024)) });
      // Mutations run in order: a is written, then b is refused, and its non-null field empties the answer.
      expect(response.data ?? null).toBeNull();
      expect(response.errors![0]).toMatchObject({ path: ['b'], extensions: { code: 'BAD_USER_INPUT', field: 'requesterRuc' } });
      expect(await recoveries()).toBe(1);
      const mine = (await trail(ruc)).filter(e => e.subject === 'ventanilla-hermanos');
      expect(mine.map(e => [e.kind, e.outcome])).toEqual([
        ['INTENT', 'PENDING'],
        ['OUTCOME', 'ERROR'],
      ]);
      expect(mine[1]).toMatchObject({ operationName: 'Submit', operationType: 'mutation', rucs: [ruc], services: ['sut'], errorCodes: ['BAD_USER_INPUT'] });
    });

    test('when the INTENT cannot be written, nothing executes', async () => {
      const clerk = { role: 'front-office', subject: 'ventanilla-sin-bitacora' } as const;
      await stack.adminQuery('REVOKE INSERT ON audit.audit_entry FROM llavero_audit');
      try {
        const response = await stack.queryAs(clerk, SUBMIT.replace(/ b: .*\) \{ id \} \}/s, ' }').replace(', $b: SubmitSystemKeyRecoveryInput!', ''), { a: input(ruc) });
        expect(response.status).toBe(503);
        expect(response.data ?? null).toBeNull();
        expect(response.errors![0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'audit' });
      } finally {
        await stack.adminQuery('GRANT INSERT ON audit.audit_entry TO llavero_audit');
      }
      expect(await recoveries()).toBe(1);
    });
  });

  test('refusals outside GraphQL (CSRF, batching, a body too large) are on record by the time the answer arrives', async () => {
    const token = bearer(await stack.issuer.token({ role: 'partner', agency: 'SRI', scopes: ['sut:read'], subject: 'sri-rechazos' }));
    const csrf = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'text/plain', ...token }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(csrf.status).toBe(400);
    const batch = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...token }, body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]) });
    expect(batch.status).toBe(400);
    const big = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...token }, body: JSON.stringify({ query: '{ __typename }', v: 'x'.repeat(9 * 1024 * 1024) }) });
    expect(big.status).toBe(413);
    // No waiting: the entries were committed before each answer left.
    const rows = await stack.adminQuery(`SELECT kind, error_codes FROM audit.audit_entry WHERE subject = 'sri-rechazos' ORDER BY id`);
    expect(rows).toEqual([
      { kind: 'REFUSAL', error_codes: ['HTTP_400'] },
      { kind: 'REFUSAL', error_codes: ['HTTP_400'] },
      { kind: 'REFUSAL', error_codes: ['BODY_TOO_LARGE'] },
    ]);
  });

  test('concurrent requests share commits (group commit) and each finds its own entry', async () => {
    const subjects = Array.from({ length: 40 }, (_, i) => `concurrente-${i}`);
    const responses = await Promise.all(subjects.map(subject => stack.queryAs({ role: 'front-office', subject }, '{ taxpayer(ruc: "1712345675001") { ruc } }')));
    expect(responses.every(r => r.status === 200 && !r.errors)).toBe(true);
    const rows = await stack.adminQuery(`SELECT subject, chain_id, seq FROM audit.audit_entry WHERE subject LIKE 'concurrente-%'`);
    expect(rows.map((r: any) => r.subject).sort()).toEqual([...subjects].sort());
    expect(new Set(rows.map((r: any) => r.chain_id)).size).toBe(1);
    const commits = await stack.adminQuery(`SELECT count(DISTINCT occurred_at)::int AS n FROM audit.audit_entry WHERE subject LIKE 'concurrente-%'`);
    expect(commits[0].n).toBeLessThan(40);
  });

  describe('least privilege', () => {
    test('no runtime role is a superuser, owns a table, or can change another schema', async () => {
      const roles = await stack.adminQuery(`SELECT rolname, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles WHERE rolname LIKE 'llavero\\_%' ORDER BY rolname`);
      expect(roles.map((r: any) => r.rolname)).toEqual(['llavero_audit', 'llavero_iess', 'llavero_sal', 'llavero_sut', 'llavero_trainers']);
      for (const role of roles) expect(role).toMatchObject({ rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false });
      const owned = await stack.adminQuery(`SELECT tableowner FROM pg_tables WHERE schemaname IN ('audit', 'sal', 'sut', 'trainers', 'iess') AND tableowner LIKE 'llavero\\_%'`);
      expect(owned).toEqual([]);
      for (const [name, ds] of Object.entries(stack.dataSources)) {
        const [{ user }] = await ds.query('SELECT current_user AS user');
        expect(user).toBe(`llavero_${name}`);
        const other = name === 'sal' ? 'sut.recovery_request' : 'sal.access_key';
        await expect(ds.query(`SELECT 1 FROM ${other} LIMIT 1`)).rejects.toThrow(/permission denied/);
        await expect(ds.query(`CREATE TABLE ${name}.intrusa (x int)`)).rejects.toThrow(/permission denied/);
      }
    });

    test("the gateway's role can append and read the trail, never change it or pause its triggers", async () => {
      const gatewayRole = await stack.adminQuery(`SELECT has_table_privilege('llavero_audit', 'audit.audit_entry', 'INSERT') AS ins,
        has_table_privilege('llavero_audit', 'audit.audit_entry', 'SELECT') AS sel, has_table_privilege('llavero_audit', 'audit.audit_entry', 'UPDATE') AS upd,
        has_table_privilege('llavero_audit', 'audit.audit_entry', 'DELETE') AS del, has_table_privilege('llavero_audit', 'audit.audit_entry', 'TRUNCATE') AS trunc,
        has_sequence_privilege('llavero_audit', 'audit.audit_entry_id_seq', 'UPDATE') AS setval`);
      expect(gatewayRole).toEqual([{ ins: true, sel: true, upd: false, del: false, trunc: false, setval: false }]);
    });
  });

  describe('npm run audit:verify', () => {
    const verify = () =>
      new Promise<{ code: number | null; output: string }>(done => {
        const child = spawn(process.execPath, ['dist/scripts/audit-verify.js'], {
          cwd: ROOT,
          env: { ...process.env, DATABASE_URL: stack.databaseUrl, AUDIT_CHAIN_KEY: stack.auditChainKey, AUDIT_CHECKPOINT_DIR: stack.auditCheckpointDir },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let output = '';
        child.stdout!.on('data', c => (output += c));
        child.stderr!.on('data', c => (output += c));
        child.once('exit', code => done({ code, output }));
      });
    test('reports a deleted tail against the signed checkpoint, and ids are never reused', async () => {
      await stack.queryAs({ role: 'front-office', subject: 'antes-del-corte' }, '{ taxpayer(ruc: "1712345675001") { ruc } }');
      await waitForCheckpointToCover(stack);
      expect((await verify()).code).toBe(0);
      const [{ max: lastId }] = await stack.adminQuery('SELECT max(id)::bigint AS max FROM audit.audit_entry');
      await stack.adminQuery('ALTER TABLE audit.audit_entry DISABLE TRIGGER audit_entry_no_change');
      await stack.adminQuery(`DELETE FROM audit.audit_entry WHERE id > (SELECT max(id) - 3 FROM audit.audit_entry)`);
      await stack.adminQuery('ALTER TABLE audit.audit_entry ENABLE TRIGGER audit_entry_no_change');
      const cut = await verify();
      expect(cut.code).toBe(1);
      expect(cut.output).toMatch(/faltan las últimas entradas de la cadena/);
      await stack.queryAs({ role: 'front-office', subject: 'despues-del-corte' }, '{ taxpayer(ruc: "1712345675001") { ruc } }');
      const [next] = await stack.adminQuery(`SELECT id FROM audit.audit_entry WHERE subject = 'despues-del-corte'`);
      expect(Number(next.id)).toBeGreaterThan(Number(lastId));
    });

    test('reports a paused append-only trigger', async () => {
      await stack.adminQuery('ALTER TABLE audit.audit_entry DISABLE TRIGGER audit_entry_no_truncate');
      try {
        const source = createAuditDataSource(stack.databaseUrl);
        await source.initialize();
        const report = await verifyAuditTrail(source, stack.auditChainKey, await new FileCheckpointStore(stack.auditCheckpointDir).load()).finally(() => source.destroy());
        expect(report.problems.map(p => p.kind)).toContain('TRIGGER_DISABLED');
        const cli = await verify();
        expect(cli.code).toBe(1);
        expect(cli.output).toMatch(/audit_entry_no_truncate está desactivado/);
      } finally {
        await stack.adminQuery('ALTER TABLE audit.audit_entry ENABLE TRIGGER audit_entry_no_truncate');
      }
    });
  });
});

/** Waits until the published checkpoint covers the chain's newest entry (the test stack publishes every 200 ms). */
async function waitForCheckpointToCover(stack: Stack): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const [head] = await stack.adminQuery(`SELECT chain_id, max(seq)::int AS seq FROM audit.audit_entry WHERE chain_id <> 'v1' GROUP BY chain_id`);
    const checkpoints = await new FileCheckpointStore(stack.auditCheckpointDir).load();
    if (checkpoints.some(c => c.chainId === head.chain_id && c.seq >= head.seq)) return;
    await new Promise(r => setTimeout(r, 100));
  }
  throw new Error('no checkpoint covered the chain in 10 s');
}
