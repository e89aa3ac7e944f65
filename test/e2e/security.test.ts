import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { entryHash } from '../../gateway/audit/audit-chain';
import { FileCheckpointStore } from '../../gateway/audit/audit-checkpoints';
import { verifyAuditTrail } from '../../gateway/audit/audit-verification';
import { AuditEntry } from '../../gateway/audit/audit-entry';
import { createAuditDataSource } from '../../gateway/audit/database';
import { encodeIdentity, signRequest } from '../../shared/auth/gateway-signature';
import { effectiveScopes, type Identity } from '../../shared/auth/identity';
import { postGraphQL, postSigned } from '../support/graphql-client';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';
import { bearer } from '../support/tokens';

const ROOT = resolve(__dirname, '../../..');
const DOSSIER = `query PartnerCheck($ruc: String!) { taxpayer(ruc: $ruc) {
  ruc salAccessKeys { status holderNames holderEmail holderCedula } salInstitution { name }
  systemKeyRecoveries { status contactEmail } iessEmployer { businessName legalRepresentativeNames } iessEmployerKeyRequests { status } } }`;
const IESS_PARTNER = { role: 'partner', agency: 'IESS', scopes: ['sal:read'] } as const;

describe('security: authentication, scopes, minimisation, signed subgraph calls and the audit chain', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startSubgraphsAndGateway();
  });
  afterAll(() => stack?.stop());

  describe('authentication at the gateway', () => {
    test('public data needs no token; everything else does', async () => {
      const report = await stack.queryAs(null, '{ attentionReport(from: "2020-12", to: "2020-12") { systemKeyRecovery { attentions } } }');
      expect(report.data!.attentionReport.systemKeyRecovery[0].attentions).toBe(5602);
      const credential = await stack.queryAs(null, '{ trainerCredential(code: "CAP-7K2M9-QX4TR-Z") { status validUntil trainer { names qualificationResolutionNumber } } }');
      expect(credential.errors).toBeUndefined();
      expect(credential.data!.trainerCredential.trainer.names).toBe('Ana Lucía Pérez Játiva');
      // Only what a potential client needs: the code they typed comes back; the channel and the cédula need a token.
      const more = await stack.queryAs(null, '{ trainerCredential(code: "CAP-7K2M9-QX4TR-Z") { status code trainer { names cedula } } }');
      expect(more.data!.trainerCredential).toBeNull(); // trainer.cedula is non-null: the denial nulls the object
      expect(more.errors!.map(e => [e.extensions!.code, e.path!.at(-1)])).toEqual([
        ['UNAUTHENTICATED', 'cedula'],
      ]);
      const channel = await stack.queryAs(null, '{ trainerCredential(code: "CAP-7K2M9-QX4TR-Z") { code channel } }');
      expect(channel.errors!.map(e => [e.extensions!.code, e.path!.at(-1)])).toEqual([['UNAUTHENTICATED', 'channel']]);
      const dossier = await stack.queryAs(null, DOSSIER, { ruc: '1760001630001' });
      expect(dossier.data).toBeNull();
      expect(dossier.errors![0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
      expect(dossier.errors![0].message).toMatch(/token de acceso/);
    });

    test.each([
      ['expired', async (s: Stack) => bearer(await s.issuer.token({ role: 'front-office', expiresIn: '-1m' })), /venció/],
      ['signed by an unknown key', async (s: Stack) => bearer(await s.issuer.forgedToken({ role: 'front-office' })), /firma/],
      ['for another audience', async (s: Stack) => bearer(await s.issuer.token({ role: 'front-office', audience: 'otra-app' })), /audiencia/],
      ['from another issuer', async (s: Stack) => bearer(await s.issuer.token({ role: 'front-office', issuer: 'otro' })), /emisor/],
      ['malformed', async () => bearer('abc.def.ghi'), /mal formado/],
      ['not a Bearer header', async () => ({ authorization: 'Basic YWxhZGRpbjpvcGVuc2VzYW1l' }), /Bearer/],
      ['without a valid role', async (s: Stack) => bearer(await s.issuer.token({ role: 'superuser' as never })), /rol válido/],
      ['with a NUL in its subject', async (s: Stack) => bearer(await s.issuer.token({ role: 'front-office', subject: 'ventanilla\u0000x' })), /claim "sub"/],
      ['with an 8 KB subject', async (s: Stack) => bearer(await s.issuer.token({ role: 'front-office', subject: 'v'.repeat(8192) })), /claim "sub"/],
      ['with an escape sequence in its agency', async (s: Stack) => bearer(await s.issuer.token({ role: 'partner', agency: 'IESS\u001b[2J', subject: 'iess-1', scopes: ['sal:read'] })), /claim "agency"/],
      ['a partner without agency', async (s: Stack) => bearer(await s.issuer.token({ role: 'partner', scopes: ['sal:read'] })), /agencia/],
    ])('a token %s is UNAUTHENTICATED (401) with a Spanish reason and no stack trace', async (_label, headers, message) => {
      const response = await postGraphQL(stack.gatewayUrl, DOSSIER, { ruc: '1760001630001' }, await headers(stack));
      expect(response.status).toBe(401);
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
      expect(response.errors![0].message).toMatch(message);
    });
  });

  describe('scopes and minimisation for partner agencies', () => {
    test('a partner with sal:read reads SAL masked, and gets FORBIDDEN on the other services with the rest of the answer', async () => {
      const { data, errors } = await stack.queryAs(IESS_PARTNER, DOSSIER, { ruc: '1760001630001' });
      const t = data!.taxpayer;
      expect(t.salInstitution.name).toBe('Secretaría Nacional de Demostración');
      expect(t.salAccessKeys[0]).toEqual({ status: 'ACTIVE', holderNames: 'M**** F***** A***** R***', holderEmail: 'm***@demostracion.gob.ec', holderCedula: '17******65' });
      expect(t.systemKeyRecoveries).toEqual([]);
      expect(t.iessEmployer).toBeNull();
      expect(t.iessEmployerKeyRequests).toEqual([]);
      const forbidden = errors!.filter(e => e.extensions!.code === 'FORBIDDEN');
      expect(new Set(forbidden.map(e => e.extensions!.service))).toEqual(new Set(['sut', 'iess']));
      expect(forbidden[0].message).toMatch(/alcance (sut|iess):read/);
    });

    test('the unmasked scope shows names and e-mails; staff see them too', async () => {
      const partner = await stack.queryAs({ ...IESS_PARTNER, scopes: ['sal:read:unmasked'] }, DOSSIER, { ruc: '1760001630001' });
      expect(partner.data!.taxpayer.salAccessKeys[0].holderNames).toBe('María Fernanda Andrade Ruiz');
      const clerk = await stack.queryGateway(DOSSIER, { ruc: '1760001630001' });
      expect(clerk.errors).toBeUndefined();
      expect(clerk.data!.taxpayer.iessEmployer.legalRepresentativeNames).toBe('Jorge Luis Cevallos Tapia');
    });

    test("a person's name is masked wherever it appears: trainer names, a natural person's business name", async () => {
      const partner = { role: 'partner', agency: 'SRI', scopes: ['trainers:read', 'iess:read'] } as const;
      const { data, errors } = await stack.queryAs(partner, '{ taxpayer(ruc: "1712345675001") { trainerCredentials { code trainer { names } } iessEmployer { businessName email } } }');
      expect(errors).toBeUndefined();
      expect(data!.taxpayer.trainerCredentials[0]).toEqual({ code: 'CAP-*****-*****-*', trainer: { names: 'A** L**** P**** J*****' } });
      expect(data!.taxpayer.iessEmployer).toEqual({ businessName: 'A** L**** P**** J*****', email: 'a***@correo.ec' });
    });

    test('an auditor reads the audit trail but no dossier', async () => {
      const auditor = { role: 'auditor', subject: 'auditora-1' } as const;
      const dossier = await stack.queryAs(auditor, DOSSIER, { ruc: '1760001630001' });
      expect(dossier.errors!.some(e => e.extensions!.code === 'FORBIDDEN')).toBe(true);
      expect(dossier.data?.taxpayer?.salAccessKeys ?? []).toEqual([]);
    });
  });

  describe('subgraphs accept only requests signed by the gateway', () => {
    const query = '{ salInstitution(ruc: "1760001630001") { name } }';
    const identity = (): Identity => ({ subject: 'x', role: 'front-office', scopes: effectiveScopes('front-office', []), agency: null, trustedOperationsOnly: false, requestId: 'r' });

    test('a direct call without signature gets nothing', async () => {
      const response = await postGraphQL(stack.subgraphUrls.sal, query);
      expect(response.status).toBe(401);
      expect(response.data).toBeUndefined();
      expect(response.errors![0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED', service: 'sal' } });
      expect(response.errors![0].message).toMatch(/firmadas por la pasarela/);
    });

    test('the gateway secret signs; a forged, tampered, stale or replayed signature is refused', async () => {
      expect((await postSigned(stack.subgraphUrls.sal, stack.signingSecret, 'sal', identity(), query)).data).toEqual({ salInstitution: { name: 'Secretaría Nacional de Demostración' } });
      const forged = await postSigned(stack.subgraphUrls.sal, 'otro-secreto', 'sal', identity(), query);
      expect(forged.status).toBe(401);
      expect(forged.errors![0].message).toMatch(/no es válida/);

      const body = JSON.stringify({ query });
      const sign = (b: string, service = 'sal', at = Date.now()) => signRequest(stack.signingSecret, { service }, encodeIdentity(identity()), b, at);
      const headers = sign(body);
      const send = (b: string, h: Record<string, string>, url = stack.subgraphUrls.sal) =>
        fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...h }, body: b }).then(async r => ({ status: r.status, json: await r.json() }));
      expect((await send(body, headers)).status).toBe(200);
      const replay = await send(body, headers);
      expect(replay.status).toBe(401);
      expect(replay.json.errors[0].message).toMatch(/ya fue usada/);
      const tampered = await send(JSON.stringify({ query: '{ salInstitution(ruc: "1791234561001") { name } }' }), sign(body));
      expect(tampered.status).toBe(401);
      const stale = await send(body, sign(body, 'sal', Date.now() - 5 * 60_000));
      expect(stale.status).toBe(401);
      expect(stale.json.errors[0].message).toMatch(/vencida/);
      const future = await send(body, sign(body, 'sal', Date.now() + 55_000));
      expect(future.status).toBe(401);
      expect(future.json.errors[0].message).toMatch(/fecha futura/);
      // A signature made for sal is worthless at sut, even unused.
      const sutBody = JSON.stringify({ query: '{ attentionPoints(regional: 7) { city } }' });
      const elsewhere = await send(sutBody, sign(sutBody, 'sal'), stack.subgraphUrls.sut);
      expect(elsewhere.status).toBe(401);
      expect((await send(sutBody, sign(sutBody, 'sut'), stack.subgraphUrls.sut)).status).toBe(200);
      const get = await fetch(`${stack.subgraphUrls.sal}?query=${encodeURIComponent(query)}`, { headers: { ...sign(''), 'apollo-require-preflight': 'true' } });
      expect(get.status).toBe(405);
      const elevated = { ...identity(), role: 'partner' as const, scopes: [] };
      const forbidden = await postSigned(stack.subgraphUrls.sal, stack.signingSecret, 'sal', elevated, query);
      expect(forbidden.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', scope: 'sal:read' });
    });
  });

  describe('audit trail', () => {
    test('a partner read is written with caller, agency, role, operation, RUCs and services; auditors query it', async () => {
      await stack.queryAs({ ...IESS_PARTNER, subject: 'iess-cliente-7' }, DOSSIER, { ruc: '1791234561001' });
      const today = new Date().toLocaleDateString('en-CA', { timeZone: 'America/Guayaquil' });
      const trail = await stack.queryAs(
        { role: 'auditor' },
        'query ($ruc: String, $d: String!) { auditTrail(ruc: $ruc, from: $d, to: $d) { subject agency role operationName operationType rucs services outcome errorCodes } }',
        { ruc: '1791234561001', d: today },
      );
      expect(trail.errors).toBeUndefined();
      expect(trail.data!.auditTrail).toContainEqual({
        subject: 'iess-cliente-7',
        agency: 'IESS',
        role: 'partner',
        operationName: 'PartnerCheck',
        operationType: 'query',
        rucs: ['1791234561001'],
        services: ['iess', 'sal', 'sut'],
        outcome: 'PARTIAL',
        errorCodes: ['FORBIDDEN'],
      });
      const denied = await stack.queryAs(IESS_PARTNER, 'query ($d: String!) { auditTrail(from: $d, to: $d) { subject } }', { d: today });
      expect(denied.errors![0].extensions!.code).toBe('FORBIDDEN');
    });

    test('the chains verify; a tampered row is named by the check and by npm run audit:verify', async () => {
      const source = await auditSource();
      const report = await verifyTrail(source);
      expect(report).toMatchObject({ intact: true, problems: [] });
      expect(report.checkedEntries).toBeGreaterThan(2);
      // The runtime role cannot change evidence at all; the owner is stopped by the append-only trigger.
      await expect(stack.dataSources.sal.query(`UPDATE audit.audit_entry SET subject = 'otro' WHERE seq = 2`)).rejects.toThrow(/permission denied|permiso denegado/);
      await expect(stack.adminQuery(`UPDATE audit.audit_entry SET subject = 'otro' WHERE seq = 2`)).rejects.toThrow(/solo anexado/);
      const [second] = await stack.adminQuery(`SELECT id, chain_id FROM audit.audit_entry WHERE seq = 2 AND chain_id <> 'v1' LIMIT 1`);
      await stack.adminQuery('ALTER TABLE audit.audit_entry DISABLE TRIGGER audit_entry_no_change');
      await stack.adminQuery(`UPDATE audit.audit_entry SET agency = 'SRI' WHERE id = $1`, [second.id]);
      await stack.adminQuery('ALTER TABLE audit.audit_entry ENABLE TRIGGER audit_entry_no_change');
      const verdict = await verifyTrail(source);
      expect(verdict.intact).toBe(false);
      expect(verdict.problems[0]).toMatchObject({ kind: 'CHAIN_BROKEN', entry: Number(second.id) });
      const cli = await run(['dist/scripts/audit-verify.js'], { DATABASE_URL: stack.databaseUrl, AUDIT_CHAIN_KEY: stack.auditChainKey, AUDIT_CHECKPOINT_DIR: stack.auditCheckpointDir });
      expect(cli.code).toBe(1);
      expect(cli.output).toMatch(new RegExp(`ROTA[\\s\\S]*entrada ${second.id}`));

      // Someone with database access re-chains every hash after the change: without the key, it still shows.
      const rows = await source.getRepository(AuditEntry).find({ where: { chainId: second.chain_id }, order: { seq: 'ASC' } });
      await stack.adminQuery('ALTER TABLE audit.audit_entry DISABLE TRIGGER audit_entry_no_change');
      let previous = rows[0].hash;
      for (const row of rows.slice(1)) {
        const hash = entryHash({ ...row, previousHash: previous }, 'clave-adivinada');
        await stack.adminQuery('UPDATE audit.audit_entry SET previous_hash = $1, hash = $2 WHERE id = $3', [previous, hash, row.id]);
        previous = hash;
      }
      await stack.adminQuery('ALTER TABLE audit.audit_entry ENABLE TRIGGER audit_entry_no_change');
      expect((await verifyTrail(source)).problems[0]).toMatchObject({ kind: 'CHAIN_BROKEN', entry: Number(second.id) });
    });
  });

  async function verifyTrail(source: Awaited<ReturnType<typeof auditSource>>) {
    return verifyAuditTrail(source, stack.auditChainKey, await new FileCheckpointStore(stack.auditCheckpointDir).load());
  }

  async function auditSource() {
    const ds = createAuditDataSource(stack.databaseUrl);
    await ds.initialize();
    afterAllCleanup.push(() => ds.destroy());
    return ds;
  }
});

const afterAllCleanup: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const cleanup of afterAllCleanup) await cleanup();
});

function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise(done => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', c => (output += c));
    child.stderr!.on('data', c => (output += c));
    child.once('exit', code => done({ code, output }));
  });
}

