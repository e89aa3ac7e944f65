import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { decodeJwt } from 'jose';
import { PDFArray, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { loadConfig } from '../../shared/config';
import { postGraphQL } from '../support/graphql-client';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';
import { bearer } from '../support/tokens';

// What the gateway serves the window clerk's page: the session (who, until when, idle time), sign-out
// that closes the token everywhere, the constancia de atención and its verification, and the pages'
// assets compressed and cached by their content hash. Real HTTP against the whole stack.

const USERS = 'ventanilla:llavero-demo:front-office:Regional 2 Quito,revisor:llavero-revisor:reviewer:Regional 2 Quito,antigua:clave-antigua';
const WEB = resolve(__dirname, '../../web');

async function signIn(baseUrl: string, user: string, password: string) {
  const response = await fetch(`${baseUrl}/auth/ventanilla`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user, password }) });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as Record<string, any> };
}

async function session(baseUrl: string, headers: Record<string, string>) {
  const response = await fetch(`${baseUrl}/auth/sesion`, { headers });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

async function constancia(baseUrl: string, headers: Record<string, string>, body: unknown) {
  const response = await fetch(`${baseUrl}/ventanilla/constancia`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, type: response.headers.get('content-type'), disposition: response.headers.get('content-disposition'), bytes };
}

/** The text pdf-lib drew (one hex string per line, Helvetica's WinAnsi), page by page, lines joined by spaces. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(bytes);
  const streams = doc.getPages().flatMap(page => {
    const contents = page.node.Contents()!;
    return contents instanceof PDFArray ? contents.asArray().map(ref => doc.context.lookup(ref)) : [contents];
  }) as PDFRawStream[];
  return streams
    .map(stream => (stream.dict.get(PDFName.of('Filter')) ? inflateSync(stream.contents) : Buffer.from(stream.contents)).toString('latin1'))
    .flatMap(content => [...content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)].map(m => Buffer.from(m[1], 'hex').toString('latin1')))
    .join(' ');
}

const between = (text: string, from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to, text.indexOf(from)));

describe('the window clerk at the gateway: session, sign-out, constancia, assets', () => {
  let stack: Stack;
  let clerk: string;
  beforeAll(async () => {
    stack = await startSubgraphsAndGateway({ gateway: { config: loadConfig({ ...process.env, VENTANILLA_USERS: USERS, VENTANILLA_IDLE_SECONDS: '120' }) } });
    clerk = (await signIn(stack.baseUrl, 'ventanilla', 'llavero-demo')).body.token;
  });
  afterAll(() => stack?.stop());

  describe('accounts and session', () => {
    test('the default accounts: a front-office clerk and a reviewer at a seed-001 office; the idle time defaults to 300 s', () => {
      const defaults = loadConfig({});
      expect(defaults.gateway.ventanillaUsers).toBe('ventanilla:llavero-demo:front-office:Regional 2 Quito,revisor:llavero-revisor:reviewer:Regional 2 Quito');
      expect(defaults.gateway.ventanillaIdleSeconds).toBe(300);
      expect(() => loadConfig({ VENTANILLA_IDLE_SECONDS: '10' })).toThrow(/VENTANILLA_IDLE_SECONDS debe estar entre 30 y 3600/);
    });

    test.each([
      ['ventanilla', 'llavero-demo', 'front-office', 'Regional 2 Quito'],
      ['revisor', 'llavero-revisor', 'reviewer', 'Regional 2 Quito'],
      ['antigua', 'clave-antigua', 'front-office', null],
    ])('%s signs in; the token carries role, office and a jti; GET /auth/sesion answers the contract', async (user, password, role, office) => {
      const { status, body } = await signIn(stack.baseUrl, user, password);
      expect(status).toBe(200);
      const claims = decodeJwt(body.token);
      expect(claims).toMatchObject({ sub: `ventanilla:${user}`, role, ...(office ? { office } : {}) });
      expect(typeof claims.jti).toBe('string');
      const answer = await session(stack.baseUrl, bearer(body.token));
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ subject: `ventanilla:${user}`, user, office, role, expiresAt: new Date(claims.exp! * 1000).toISOString(), idleSeconds: 120 });
    });

    test('a token from the identity provider (no "ventanilla:" subject, no office) is shown as it is', async () => {
      const token = await stack.issuer.token({ role: 'reviewer', subject: 'maria.andrade@trabajo.gob.ec' });
      expect((await session(stack.baseUrl, bearer(token))).body).toMatchObject({ subject: 'maria.andrade@trabajo.gob.ec', user: 'maria.andrade@trabajo.gob.ec', office: null, role: 'reviewer' });
    });

    test.each([
      ['missing', async () => ({}), /Falta el token/],
      ['expired', async () => bearer(await stack.issuer.token({ role: 'front-office', expiresIn: '-1m' })), /venció/],
      ['signed by an unknown key', async () => bearer(await stack.issuer.forgedToken({ role: 'front-office' })), /firma/],
      ['malformed', async () => bearer('abc.def.ghi'), /mal formado/],
    ])('a token that is %s: 401 { error, code: UNAUTHENTICATED } in Spanish', async (_label, headers, message) => {
      const { status, body } = await session(stack.baseUrl, await headers());
      expect(status).toBe(401);
      expect(body).toEqual({ error: expect.stringMatching(message), code: 'UNAUTHENTICATED' });
    });
  });

  describe('sign-out', () => {
    test('POST /auth/salir closes that token on /auth/sesion and /graphql; the same user\'s other sessions stay open', async () => {
      const { token } = (await signIn(stack.baseUrl, 'ventanilla', 'llavero-demo')).body;
      const other = (await signIn(stack.baseUrl, 'ventanilla', 'llavero-demo')).body.token;
      const query = '{ taxpayer(ruc: "1760001630001") { ruc } }';
      expect((await postGraphQL(stack.gatewayUrl, query, {}, bearer(token))).data).toEqual({ taxpayer: { ruc: '1760001630001' } });
      const out = await fetch(`${stack.baseUrl}/auth/salir`, { method: 'POST', headers: bearer(token) });
      expect(out.status).toBe(204);
      const closed = await session(stack.baseUrl, bearer(token));
      expect(closed).toEqual({ status: 401, body: { error: expect.stringMatching(/sesión .*cerrada/), code: 'UNAUTHENTICATED', reason: 'SESSION_CLOSED' } });
      const refused = await postGraphQL(stack.gatewayUrl, query, {}, bearer(token));
      expect(refused.status).toBe(401);
      expect(refused.errors![0]).toMatchObject({ message: expect.stringMatching(/sesión .*cerrada/), extensions: { code: 'UNAUTHENTICATED' } });
      // Twice is still a success (a double click); the other tab's token is another session.
      expect((await fetch(`${stack.baseUrl}/auth/salir`, { method: 'POST', headers: bearer(token) })).status).toBe(204);
      expect((await session(stack.baseUrl, bearer(other))).status).toBe(200);
    });

    test('a token without jti (identity provider) is closed too; sign-out without a token is 401', async () => {
      const token = await stack.issuer.token({ role: 'front-office', subject: 'sin-jti' });
      expect((await fetch(`${stack.baseUrl}/auth/salir`, { method: 'POST', headers: bearer(token) })).status).toBe(204);
      expect((await session(stack.baseUrl, bearer(token))).status).toBe(401);
      const anonymous = await fetch(`${stack.baseUrl}/auth/salir`, { method: 'POST' });
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toMatchObject({ code: 'UNAUTHENTICATED', error: expect.stringMatching(/token/) });
    });
  });

  test('sign-in guessing: 429 with a Spanish error and Retry-After (the test stack\'s issuer signs the tokens)', async () => {
    const strict = await stack.startAnotherGateway({ config: loadConfig({ ...process.env, VENTANILLA_USERS: USERS, SIGN_IN_ATTEMPTS_PER_IP_PER_MINUTE: '2' }) });
    const base = strict.url.replace(/\/graphql$/, '');
    expect((await signIn(base, 'ventanilla', 'llavero-demo')).status).toBe(200);
    expect((await signIn(base, 'ventanilla', 'equivocada')).body).toEqual({ error: 'Usuario o contraseña incorrectos.', code: 'UNAUTHENTICATED' });
    const refused = await signIn(base, 'ventanilla', 'llavero-demo');
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({ error: expect.stringMatching(/^Demasiados intentos desde esta dirección: espere \d+ s\.$/), code: 'FORBIDDEN', reason: 'RATE_LIMITED' });
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
  });

  describe('constancia de atención', () => {
    test('a PDF with the dossier in Spanish, the clerk, the office and a code; recorded, verifiable, audited', async () => {
      const answer = await constancia(stack.baseUrl, bearer(clerk), { ruc: '1760001630001' });
      expect(answer.status).toBe(200);
      expect(answer.type).toBe('application/pdf');
      expect(answer.disposition).toMatch(/^attachment; filename="constancia-1760001630001-\d{8}-\d{4}\.pdf"$/);
      const text = await pdfText(answer.bytes);
      for (const expected of [
        'Constancia de atención',
        'RUC: 1760001630001',
        'Nombre o razón social: Secretaría Nacional de Demostración',
        'Clave UATH: Activa; titular María Fernanda Andrade Ruiz',
        'Clave UATH: Desactivada; titular Carlos Eduardo Vera Molina',
        'Recuperación de clave de Sistema Único de Trabajo: Atendida (correo de recuperación enviado)',
        'Empleador registrado: Secretaría Nacional de Demostración; clave patronal entregada.',
        'Solicitud de clave patronal: Con clave entregada; canal: Ventanilla virtual',
        'Atendido por: ventanilla:ventanilla · Oficina: Regional 2 Quito',
      ]) expect(text).toContain(expected);
      expect(between(text, 'Capacitadores independientes', 'IESS:')).toContain('No registra trámites ni credenciales en este servicio.');
      expect(text).not.toMatch(/no disponible/i);
      const code = /Código de verificación: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(text)![1];

      const verified = await fetch(`${stack.baseUrl}/constancia/verificar/${code.toLowerCase()}`);
      expect(verified.status).toBe(200);
      const record = await verified.json();
      expect(record).toEqual({ valid: true, ruc: '1760001630001', issuedAt: expect.any(String), office: 'Regional 2 Quito', sha256: createHash('sha256').update(answer.bytes).digest('hex') });
      expect(Math.abs(Date.parse(record.issuedAt) - Date.now())).toBeLessThan(60_000);
      // Ecuador's mainland time (UTC−5, no daylight saving) in the file name and on the page.
      const [, y, mo, d, h, mi] = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)/.exec(new Date(Date.parse(record.issuedAt) - 5 * 3_600_000).toISOString())!;
      expect(answer.disposition).toBe(`attachment; filename="constancia-1760001630001-${y}${mo}${d}-${h}${mi}.pdf"`);
      expect(text).toContain(`Fecha y hora de emisión: ${d}/${mo}/${y} ${h}:${mi} (hora de Ecuador continental)`);
      const [row] = await stack.adminQuery('SELECT clerk_subject FROM audit.constancia WHERE code = $1', [code]);
      expect(row.clerk_subject).toBe('ventanilla:ventanilla');
      const privileges = await stack.adminQuery(`SELECT has_table_privilege('llavero_audit', 'audit.constancia', 'INSERT') AS ins,
        has_table_privilege('llavero_audit', 'audit.constancia', 'SELECT') AS sel, has_table_privilege('llavero_audit', 'audit.constancia', 'UPDATE') AS upd,
        has_table_privilege('llavero_audit', 'audit.constancia', 'DELETE') AS del`);
      expect(privileges).toEqual([{ ins: true, sel: true, upd: false, del: false }]);
      await expect(stack.adminQuery(`UPDATE audit.constancia SET ruc = '1791234561001' WHERE code = $1`, [code])).rejects.toThrow(/solo anexado/);
      // The dossier was read as any read is: by the clerk, in the audit trail.
      const audited = await stack.adminQuery(`SELECT subject, rucs FROM audit.audit_entry WHERE operation_name = 'Constancia'`);
      expect(audited).toContainEqual({ subject: 'ventanilla:ventanilla', rucs: ['1760001630001'] });
    });

    test('a natural person: the trainer credential with its code and Spanish status, issued by a reviewer', async () => {
      const reviewer = (await signIn(stack.baseUrl, 'revisor', 'llavero-revisor')).body.token;
      const answer = await constancia(stack.baseUrl, bearer(reviewer), { ruc: '1712345675001' });
      expect(answer.status).toBe(200);
      const text = await pdfText(answer.bytes);
      expect(between(text, 'Capacitadores independientes', 'IESS:')).toMatch(/Credencial CAP-7K2M9-QX4TR-Z: (Emitida|Entregada); canal: /);
      expect(between(text, 'SAL:', 'SUT /')).toContain('No registra trámites ni credenciales en este servicio.');
      expect(text).toContain('Atendido por: ventanilla:revisor · Oficina: Regional 2 Quito');
    });

    test('the code checks: unknown is 404 { valid: false, error }, malformed is 400 naming the field', async () => {
      const unknown = await fetch(`${stack.baseUrl}/constancia/verificar/ABCD-EFGH-JKMN`);
      expect(unknown.status).toBe(404);
      expect(await unknown.json()).toEqual({ valid: false, error: expect.stringMatching(/ninguna constancia/), code: 'NOT_FOUND' });
      const malformed = await fetch(`${stack.baseUrl}/constancia/verificar/nada`);
      expect(malformed.status).toBe(400);
      expect(await malformed.json()).toMatchObject({ valid: false, code: 'BAD_USER_INPUT', field: 'code' });
    });

    test('a bad RUC is 400 naming the field and the rule; no token is 401; a partner is 403; nothing is recorded', async () => {
      const before = (await stack.adminQuery('SELECT count(*)::int AS n FROM audit.constancia'))[0].n;
      const bad = await constancia(stack.baseUrl, bearer(clerk), { ruc: '1760001630' });
      expect(bad.status).toBe(400);
      expect(JSON.parse(Buffer.from(bad.bytes).toString())).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ruc', error: expect.stringMatching(/RUC/) });
      const missing = await constancia(stack.baseUrl, bearer(clerk), {});
      expect(JSON.parse(Buffer.from(missing.bytes).toString())).toEqual({ code: 'BAD_USER_INPUT', field: 'ruc', error: 'Falta el RUC (campo "ruc") para emitir la constancia.' });
      expect((await constancia(stack.baseUrl, {}, { ruc: '1760001630001' })).status).toBe(401);
      const partner = await stack.issuer.token({ role: 'partner', agency: 'SRI', scopes: ['sal:read'] });
      expect((await constancia(stack.baseUrl, bearer(partner), { ruc: '1760001630001' })).status).toBe(403);
      expect((await stack.adminQuery('SELECT count(*)::int AS n FROM audit.constancia'))[0].n).toBe(before);
    });

    test('with the sut subgraph stopped, its section says "no disponible", never that the RUC has nothing', async () => {
      await stack.stopSubgraph('sut');
      try {
        const answer = await constancia(stack.baseUrl, bearer(clerk), { ruc: '1791234561001' });
        expect(answer.status).toBe(200);
        const text = await pdfText(answer.bytes);
        const sut = between(text, 'SUT / Salarios en Línea', 'Capacitadores independientes');
        expect(sut).toContain('No disponible (el servicio no respondió).');
        expect(sut).not.toContain('No registra');
        expect(between(text, 'IESS:', 'Código de verificación')).toContain('Solicitud de clave patronal:');
      } finally {
        await stack.restartSubgraph('sut');
      }
    });
  });

  describe('pages and assets', () => {
    test('pages: no-cache, a Content-Security-Policy of \'self\' only, no external URL anywhere', async () => {
      for (const path of ['/ventanilla', '/tablero']) {
        const page = await fetch(`${stack.baseUrl}${path}`);
        expect(page.status).toBe(200);
        expect(page.headers.get('cache-control')).toBe('no-cache');
        const csp = page.headers.get('content-security-policy')!;
        expect(csp).toMatch(/default-src 'self'/);
        expect(csp).toMatch(/script-src 'self';/);
        expect(csp).not.toMatch(/unsafe|https?:/);
        const html = await page.text();
        expect(html).not.toMatch(/https?:\/\//);
        expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script: the policy would block it
      }
    });

    test('hashed assets: Brotli or gzip as the browser accepts, Vary: Accept-Encoding, immutable for a year', async () => {
      const html = await (await fetch(`${stack.baseUrl}/ventanilla`)).text();
      const assets = [...html.matchAll(/(?:src|href)="(\/web\/assets\/[^"]+)"/g)].map(m => m[1]);
      expect(assets.some(a => a.endsWith('.js'))).toBe(true);
      for (const asset of assets) {
        const original = readFileSync(join(WEB, asset.replace(/^\/web\//, '')), 'utf8');
        expect(original).not.toMatch(/https?:\/\/(?!www\.w3\.org\/)/);
        for (const [accept, encoding] of [['br, gzip', 'br'], ['gzip', 'gzip'], ['identity', null]] as const) {
          const response = await fetch(`${stack.baseUrl}${asset}`, { headers: { 'accept-encoding': accept } });
          expect(response.status).toBe(200);
          expect(response.headers.get('content-encoding')).toBe(encoding);
          expect(response.headers.get('vary')).toMatch(/Accept-Encoding/i);
          expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
          expect(response.headers.get('content-type')).toMatch(asset.endsWith('.js') ? /javascript/ : /css/);
          expect(await response.text()).toBe(original); // fetch decodes: the same bytes whichever encoding travelled
        }
      }
      expect((await fetch(`${stack.baseUrl}/web/assets/../../package.json`)).status).toBe(404);
    });
  });
});
