import { PDF, JPEG, upload } from '../support/files';
import { naturalPersonRucs } from '../support/ruc-factory';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';
import { bearer } from '../support/tokens';

// What an attacker sent at the edges: limits bypassed through variable defaults, control characters,
// client mistakes answered 500, stack traces from unauthenticated requests.

const PARTNER = { role: 'partner', agency: 'IESS', scopes: ['sal:read'], subject: 'iess-edges' } as const;
const CLERK = { role: 'front-office', subject: 'ventanilla-bordes' } as const;
const rucList = (n: number) => `[${naturalPersonRucs(n, 9100).map(r => `"${r}"`).join(', ')}]`;

describe('request edges: limits, control characters and client mistakes', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startSubgraphsAndGateway();
  });
  afterAll(() => stack?.stop());

  describe('limits measure the operation as it executes (variables coerced, defaults included)', () => {
    // Each trick names more than 500 RUCs or more than the cost allows; each was let through before.
    const tricks: Array<[string, string, Record<string, unknown>, RegExp]> = [
      ['a default list repeated under aliases', `query Q($r: [String!]! = ${rucList(500)}) { a: taxpayers(rucs: $r) { ruc } b: taxpayers(rucs: $r) { ruc } }`, {}, /1000 RUC/],
      ['a default list through a fragment', `query Q($r: [String!]! = ${rucList(300)}) { ...F a: taxpayers(rucs: $r) { ruc } } fragment F on Query { taxpayers(rucs: $r) { ruc } }`, {}, /600 RUC/],
      ['a default list through an inline fragment', `query Q($r: [String!]! = ${rucList(501)}) { ... on Query { taxpayers(rucs: $r) { ruc } } }`, {}, /501 RUC/],
      ['variables sent with a default, aliases and fragments combined', `query Q($r: [String!]! = ["1712345675001"]) { a: taxpayers(rucs: $r) { ruc } ...F } fragment F on Query { b: taxpayers(rucs: $r) { ruc } }`, { r: naturalPersonRucs(300, 9100) }, /600 RUC/],
    ];
    test.each(tricks)('%s is refused (400, BAD_USER_INPUT) before anything is fetched', async (_label, query, variables, message) => {
      const response = await stack.queryAs(PARTNER, query, variables);
      expect(response.status).toBe(400);
      expect(response.data ?? null).toBeNull();
      expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LIMIT_EXCEEDED', field: 'rucs' });
      expect(response.errors![0].message).toMatch(message);
    });

    test('the cost limit also counts what a default list expands to', async () => {
      // 7 fragments of 12 fields under taxpayers: 1 + 450 RUCs × 84 fields = 37 801 > 30 000.
      const fields = 'ruc kind cedula checksumVerified salInstitution { name status } salAccessKeys { status holderEmail } iessEmployer { businessName }';
      const fragments = Array.from({ length: 7 }, (_, i) => `fragment F${i} on Taxpayer { ${fields} }`).join(' ');
      const spreads = Array.from({ length: 7 }, (_, i) => `...F${i}`).join(' ');
      const response = await stack.queryAs(CLERK, `query Q($r: [String!]! = ${rucList(450)}) { taxpayers(rucs: $r) { ${spreads} } } ${fragments}`);
      expect(response.status).toBe(400);
      expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LIMIT_EXCEEDED', field: 'query' });
      expect(response.errors![0].message).toMatch(/37801 campos/);
    });

    test('a variable that cannot be coerced is refused with its name, before anything runs', async () => {
      const response = await stack.queryAs(PARTNER, 'query Q($r: [String!]!) { taxpayers(rucs: $r) { ruc } }', { r: [1, { x: 2 }] });
      expect(response.status).toBe(400);
      expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'r' });
    });
  });

  describe('control characters are refused before anything is written', () => {
    const SUBMIT = `mutation ($input: SubmitSystemKeyRecoveryInput!) { submitSystemKeyRecovery(input: $input) { id } }`;
    const input = (fileName: string) => ({
      requesterRuc: naturalPersonRucs(1, 9300)[0],
      system: 'SUT',
      channel: 'PRESENCIAL',
      attentionPointCode: 'guayaquil',
      contactEmail: 'contabilidad@comercio-demo.ec',
      documents: [upload('RUC_CERTIFICATE', fileName, PDF), upload('SIGNED_REQUEST', 'solicitud.jpg', JPEG)],
    });
    const count = async () => (await stack.dataSources.sut.query('SELECT count(*)::int AS n FROM recovery_request'))[0].n;

    test.each([
      ['a NUL in a file name (variables)', '\u0000ruc.pdf', 'variables.input.documents[0].fileName'],
      ['an escape sequence in a file name', 'ruc\u001b[31m.pdf', 'variables.input.documents[0].fileName'],
      ['a DEL character', 'ruc\u007f.pdf', 'variables.input.documents[0].fileName'],
    ])('%s: 400 BAD_USER_INPUT naming the field, nothing written', async (_label, fileName, field) => {
      const before = await count();
      const response = await stack.queryAs(CLERK, SUBMIT, { input: input(fileName) });
      expect(response.status).toBe(400);
      expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CONTROL_CHARACTER', field });
      expect(response.errors![0].message).toMatch(/carácter de control/);
      expect(await count()).toBe(before);
    });

    test('a NUL written as an escape in the document itself is refused too', async () => {
      const response = await stack.queryAs(CLERK, '{ taxpayer(ruc: "1760001630001\\u0000") { ruc } }');
      expect(response.status).toBe(400);
      expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CONTROL_CHARACTER', field: 'query' });
    });

    test('line breaks and tabs in free text are accepted', async () => {
      const response = await stack.queryAs(CLERK, SUBMIT, { input: input('ruc\tcertificado.pdf') });
      expect(response.errors).toBeUndefined();
    });
  });

  describe('client mistakes are 4xx with a coded Spanish message, never 500', () => {
    const send = async (body: unknown, headers: Record<string, string> = {}) => {
      const response = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...bearer(await stack.issuer.token(CLERK)), ...headers },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as { errors?: Array<{ message: string; extensions: Record<string, unknown> }> } };
    };
    test.each([
      ['an operationName that names no operation', { query: 'query A { __typename } query B { __typename }', operationName: 'C' }, 'OPERATION_NOT_FOUND'],
      ['several operations and no operationName', { query: 'query A { __typename } query B { __typename }' }, 'OPERATION_NOT_FOUND'],
      ['a subscription', { query: 'subscription { __typename }' }, 'SUBSCRIPTION_NOT_SUPPORTED'],
      ['a persisted-query hash that does not match its text', { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }, 'PERSISTED_QUERY_HASH_MISMATCH'],
      ['a persisted-query extension of another version', { query: '{ __typename }', extensions: { persistedQuery: { version: 2, sha256Hash: 'a'.repeat(64) } } }, 'PERSISTED_QUERY_INVALID'],
      ['a syntax error', { query: '{ taxpayer(' }, 'GRAPHQL_PARSE_FAILED'],
      ['an unknown field', { query: '{ nada }' }, 'GRAPHQL_VALIDATION_FAILED'],
    ])('%s', async (_label, body, reason) => {
      const response = await send(body);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
      expect(response.body.errors![0].message).toMatch(/[áéíóúñ]|operaci|consulta/i);
    });
  });

  describe('no stack trace or server path reaches an unauthenticated caller', () => {
    const leaks = (text: string) => /\bat [\w.<>]+ \(|\/work\/|node_modules|dist\//.test(text);
    test.each([
      ['malformed JSON', '{"query": '],
      ['not JSON at all', 'x'.repeat(100)],
    ])('a subgraph answers %s without a signature: 401, coded JSON, no stack', async (_label, body) => {
      const response = await fetch(stack.subgraphUrls.sal, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const text = await response.text();
      expect(response.status).toBe(401);
      expect(JSON.parse(text).errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', service: 'sal' });
      expect(leaks(text)).toBe(false);
    });

    test('a subgraph answers a body over its limit with 413 and coded JSON', async () => {
      const response = await fetch(stack.subgraphUrls.sut, { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"q":"${'x'.repeat(9 * 1024 * 1024)}"}` });
      const text = await response.text();
      expect(response.status).toBe(413);
      expect(JSON.parse(text).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BODY_TOO_LARGE' });
      expect(leaks(text)).toBe(false);
    });

    test('the subgraphs listen on 127.0.0.1 only', () => {
      for (const url of Object.values(stack.subgraphUrls)) expect(new URL(url).hostname).toBe('127.0.0.1');
    });
  });
});
