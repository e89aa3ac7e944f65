import { sha256 } from '../../gateway/limits/trusted-operations';
import type { RunningServer } from '../../shared/http-server';
import { postGraphQL } from '../support/graphql-client';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';
import { bearer } from '../support/tokens';

// Abuse limits through the gateway: aliases, fragment bombs, RUC caps, body size, depth, introspection
// by role, trusted operations and the per-caller rate limit, on the default gateway and on a strict one.

const IESS_PARTNER = { role: 'partner', agency: 'IESS', scopes: ['sal:read'] } as const;

describe('limits at the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startSubgraphsAndGateway();
  });
  afterAll(() => stack?.stop());

  describe('abuse limits', () => {
    test('an alias flood is BAD_USER_INPUT before anything is fetched', async () => {
      const flood = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: attentionReport(from: "2020-01", to: "2020-02") { from }`).join(' ')} }`;
      const aliases = await stack.queryGateway(flood);
      expect(aliases.status).toBe(400);
      expect(aliases.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'LIMIT_EXCEEDED' } });
      expect(aliases.errors![0].message).toMatch(/40 alias/);
    });

    test('a text nested thousands of levels deep is a coded 400 at every depth, never a 500 (found by test:faults)', async () => {
      // Past ~3 000 levels the parser overflows (a 400 already); below it, validation or planning could overflow instead.
      for (const levels of [101, 700, 1_500, 2_500, 5_000, 50_000]) {
        const fields = await stack.queryGateway(`{ taxpayer(ruc: "1760001630001") ${'{ a '.repeat(levels)}${'}'.repeat(levels + 1)}`);
        const fragments = await stack.queryGateway(`query { ${'__typename ... on Query { '.repeat(levels)}__typename${' }'.repeat(levels)} }`);
        for (const answer of [fields, fragments]) {
          expect(answer.status).toBe(400);
          expect(answer.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'query', reason: 'LIMIT_EXCEEDED' } });
        }
      }
      const fine = await stack.queryGateway(`query { ${'__typename ... on Query { '.repeat(40)}__typename${' }'.repeat(40)} }`);
      expect(fine.errors).toBeUndefined();
    });

    test('chained fragments cannot make the limits walk explode, nor hide RUCs from the cap and the audit', async () => {
      const chain = Array.from({ length: 40 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ');
      const started = Date.now();
      const bomb = await stack.queryGateway(`query Bomb { ...F0 } ${chain} fragment F40 on Query { attentionReport(from: "2020-01", to: "2020-01") { from } }`);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(bomb.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'LIMIT_EXCEEDED' } });
      const hidden = `query Hidden($rucs: [String!]!) { ... on Query { a: taxpayers(rucs: $rucs) { ruc } } ...More }
        fragment More on Query { b: taxpayers(rucs: $rucs) { ruc } }`;
      const capped = await stack.queryGateway(hidden, { rucs: Array.from({ length: 300 }, () => '1791234561001') });
      expect(capped.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'rucs' } });
      expect(capped.errors![0].message).toMatch(/600 RUC/);
      await stack.queryAs({ ...IESS_PARTNER, subject: 'fragmentos' }, '{ ...D } fragment D on Query { taxpayer(ruc: "1712345675001") { ruc } }');
      const today = new Date().toLocaleDateString('en-CA', { timeZone: 'America/Guayaquil' });
      const trail = await stack.queryAs({ role: 'auditor' }, 'query ($d: String!) { auditTrail(from: $d, to: $d, ruc: "1712345675001", limit: 5000) { subject rucs } }', { d: today });
      expect(trail.data!.auditTrail).toContainEqual({ subject: 'fragmentos', rucs: ['1712345675001'] });
    });

    test('a 10 MB body is refused with 413 and a coded error', async () => {
      const response = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...bearer(await stack.issuer.token({ role: 'front-office' })) },
        body: JSON.stringify({ query: `{ __typename }`, variables: { filler: 'x'.repeat(10 * 1024 * 1024) } }),
      });
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({ errors: [{ message: expect.stringMatching(/tamaño máximo/), extensions: { code: 'BAD_USER_INPUT', field: 'body', reason: 'BODY_TOO_LARGE' } }] });
    });

    test('refused requests of a known caller leave an audit entry too', async () => {
      const caller = { role: 'partner', agency: 'SRI', scopes: ['sut:read'], subject: 'sri-abuso' } as const;
      const flood = `{ ${Array.from({ length: 25 }, (_, i) => `a${i}: attentionReport(from: "2020-01", to: "2020-02") { from }`).join(' ')} }`;
      expect((await stack.queryAs(caller, flood)).status).toBe(400);
      const big = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...bearer(await stack.issuer.token(caller)) },
        body: JSON.stringify({ query: '{ __typename }', variables: { filler: 'x'.repeat(9 * 1024 * 1024) } }),
      });
      expect(big.status).toBe(413);
      const today = new Date().toLocaleDateString('en-CA', { timeZone: 'America/Guayaquil' });
      const trail = await stack.queryAs({ role: 'auditor' }, 'query ($d: String!) { auditTrail(from: $d, to: $d, limit: 5000) { subject outcome errorCodes } }', { d: today });
      const mine = trail.data!.auditTrail.filter((e: any) => e.subject === 'sri-abuso');
      expect(mine).toEqual([
        { subject: 'sri-abuso', outcome: 'ERROR', errorCodes: ['BAD_USER_INPUT'] },
        { subject: 'sri-abuso', outcome: 'ERROR', errorCodes: ['BODY_TOO_LARGE'] },
      ]);
    });
  });

  describe('a gateway with tight limits, introspection closed and trusted operations (same subgraphs)', () => {
    let strict: RunningServer;
    beforeAll(async () => {
      strict = await stack.startAnotherGateway({
        auth: { ...stack.issuer.auth, trustedOperationsAgencies: ['SRI'] },
        rateLimitPerMinute: 4,
        introspectionRoles: ['reviewer'],
        limits: { maxDepth: 3 },
      });
    });

    test('depth over the limit is refused', async () => {
      const token = await stack.issuer.token({ role: 'reviewer', subject: 'depth' });
      const response = await postGraphQL(strict.url, '{ taxpayer(ruc: "1791234561001") { systemKeyRecoveries { attentionPoint { city } } } }', {}, bearer(token));
      expect(response.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'LIMIT_EXCEEDED' } });
      expect(response.errors![0].message).toMatch(/4 niveles: el máximo es 3/);
    });

    test('introspection only for the configured role', async () => {
      const partner = await postGraphQL(strict.url, '{ __schema { queryType { name } } }', {}, bearer(await stack.issuer.token({ ...IESS_PARTNER, subject: 'intro-p' })));
      expect(partner.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN', reason: 'INTROSPECTION_DISABLED' } });
      const hidden = await postGraphQL(strict.url, '{ ... on Query { __schema { types { name } } } }', {});
      expect(hidden.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN', reason: 'INTROSPECTION_DISABLED' } });
      const reviewer = await postGraphQL(strict.url, '{ __schema { queryType { name } } }', {}, bearer(await stack.issuer.token({ role: 'reviewer', subject: 'intro-r' })));
      expect(reviewer.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    });

    test('a caller restricted to registered operations: refused ad hoc, served by hash', async () => {
      const sri = bearer(await stack.issuer.token({ role: 'partner', agency: 'SRI', scopes: ['iess:read'], subject: 'sri-1' }));
      const adHoc = await postGraphQL(strict.url, '{ taxpayer(ruc: "1791234561001") { iessEmployer { email } } }', {}, sri);
      expect(adHoc.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN', reason: 'OPERATION_NOT_REGISTERED' } });
      const { operations } = (await (await fetch(strict.url.replace('/graphql', '/operations'))).json()) as { operations: Array<{ name: string; sha256: string; query: string }> };
      const batch = operations.find(o => o.name === 'PartnerBatch')!;
      expect(batch.sha256).toBe(sha256(batch.query));
      const response = await fetch(strict.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...sri },
        body: JSON.stringify({ variables: { rucs: ['1791234561001'] }, extensions: { persistedQuery: { version: 1, sha256Hash: batch.sha256 } } }),
      });
      const body = (await response.json()) as { data: any };
      expect(body.data.taxpayers[0].iessEmployer).toEqual({ hasEmployerKey: false });
      const unknownHash = await fetch(strict.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...sri },
        body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }),
      });
      expect(unknownHash.status).toBe(400);
      expect(((await unknownHash.json()) as any).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PERSISTED_QUERY_NOT_FOUND' });
    });

    test('per-caller rate limit: the fifth request in a minute is refused with 429', async () => {
      const token = bearer(await stack.issuer.token({ role: 'front-office', subject: 'rapida' }));
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await postGraphQL(strict.url, '{ attentionReport(from: "2020-01", to: "2020-01") { from } }', {}, token)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 429]);
      const other = await postGraphQL(strict.url, '{ attentionReport(from: "2020-01", to: "2020-01") { from } }', {}, bearer(await stack.issuer.token({ role: 'front-office', subject: 'otra' })));
      expect(other.status).toBe(200);
    });
  });
});
