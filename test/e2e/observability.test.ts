import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { bearer } from '../support/tokens';
import { createLogger } from '../../shared/observability/log';
import type { RunningServer } from '../../shared/http-server';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';
import { GraphQLInt, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { effectiveScopes } from '../../shared/auth/identity';
import { CountingLogger } from '../../shared/database/sql-counter';
import { buildSubgraphServer } from '../../shared/subgraph-server';
import { postSigned } from '../support/graphql-client';

// What an operator sees: one JSON log line per request (id, caller, operation, outcome, duration; no
// personal data, no token), the id in x-request-id and forwarded to the subgraphs, Prometheus /metrics.

const DOSSIER = `query VentanillaExpediente($ruc: String!) { taxpayer(ruc: $ruc) { ruc systemKeyRecoveries { status contactEmail } iessEmployer { businessName } } }`;

/** A port nothing listens on: a subgraph that is down. */
async function deadUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise(resolve => server.close(resolve));
  return `http://127.0.0.1:${port}/graphql`;
}

/** A subgraph fixture whose one field sends the caller's text to PostgreSQL as a table name (a defect on purpose). */
function tableCountSchema(dataSource: DataSource): GraphQLSchema {
  const rows = {
    type: GraphQLInt,
    args: { table: { type: new GraphQLNonNull(GraphQLString) } },
    resolve: async (_source: unknown, args: { table: string }) => (await dataSource.query('SELECT count(*)::int AS n FROM pg_class WHERE oid = $1::regclass', [args.table]))[0].n,
  };
  return new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: { rows } }) });
}

/** Forwards to the real sut subgraph and keeps each request's and answer's x-request-id. */
function spyProxy(target: string): Promise<{ server: Server; url: string; seen: Array<{ sent: IncomingHttpHeaders; answered: string | undefined }> }> {
  const seen: Array<{ sent: IncomingHttpHeaders; answered: string | undefined }> = [];
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    const forward = httpRequest({ host: upstream.hostname, port: upstream.port, path: upstream.pathname, method: req.method, headers: req.headers }, answer => {
      seen.push({ sent: req.headers, answered: answer.headers['x-request-id'] as string | undefined });
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    req.pipe(forward);
  });
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, seen })));
}

describe('logs, request ids and metrics', () => {
  let stack: Stack;
  let gateway: RunningServer;
  let spy: Awaited<ReturnType<typeof spyProxy>>;
  const lines: Array<Record<string, any>> = [];
  /** Every line must parse as JSON: a plain-text line fails the test here. */
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });

  beforeAll(async () => {
    stack = await startSubgraphsAndGateway();
    spy = await spyProxy(stack.subgraphUrls.sut);
    gateway = await stack.startAnotherGateway({ subgraphUrls: { ...stack.subgraphUrls, sut: spy.url }, logger: createLogger('gateway', { level: 'info', format: 'json' }, sink) });
  });
  afterAll(async () => {
    await stack?.stop();
    spy?.server.close();
  });

  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const token = await stack.issuer.token({ role: 'front-office', subject: 'ventanilla:maria' });
    return fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...bearer(token), ...headers }, body: JSON.stringify(body) });
  };

  test('every answer carries x-request-id; the same id reaches the subgraph, which answers with it', async () => {
    const response = await post({ query: DOSSIER, variables: { ruc: '1791234561001' }, operationName: 'VentanillaExpediente' });
    expect(response.status).toBe(200);
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const forwarded = spy.seen.find(s => s.sent['x-request-id'] === id);
    expect(forwarded).toBeDefined();
    expect(forwarded!.answered).toBe(id);
  });

  test('an id sent by a load balancer is kept; a malformed one is replaced', async () => {
    const fromBalancer = '3f2a9c1e-7b4d-4e8a-9f01-2c3d4e5f6a7b';
    const kept = await post({ query: '{ __typename }' }, { 'x-request-id': fromBalancer });
    expect(kept.headers.get('x-request-id')).toBe(fromBalancer);
    const replaced = await post({ query: '{ __typename }' }, { 'x-request-id': 'lb-0123456789abcdef' });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('one log line per request: id, caller, operation, outcome, duration; no RUC, e-mail or token', async () => {
    const response = await post({ query: DOSSIER, variables: { ruc: '1791234561001' }, operationName: 'VentanillaExpediente' });
    await response.json();
    const id = response.headers.get('x-request-id');
    await new Promise(resolve => setTimeout(resolve, 50));
    const line = lines.find(l => l.reqId === id);
    expect(line).toMatchObject({ service: 'gateway', level: 'info', caller: 'ventanilla:maria', operation: 'VentanillaExpediente', outcome: 'ok', req: { method: 'POST', path: '/graphql' }, res: { status: 200 } });
    expect(typeof line!.responseTime).toBe('number');
    const everything = JSON.stringify(lines);
    expect(everything).not.toContain('1791234561001');
    expect(everything).not.toMatch(/Bearer|eyJ[A-Za-z0-9_-]{10,}/);
    expect(everything).not.toMatch(/@[a-z0-9-]+\.(ec|com)/i);
  });

  test('a refused request is logged with its error codes as the outcome', async () => {
    const response = await post({ query: 'query Mala($ruc: String!) { taxpayer(ruc: $ruc) { ruc } }', variables: { ruc: '123' }, operationName: 'Mala' });
    const id = response.headers.get('x-request-id');
    await response.json();
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(lines.find(l => l.reqId === id)).toMatchObject({ operation: 'Mala', outcome: 'BAD_USER_INPUT' });
  });

  test('GET /metrics on the gateway and on each subgraph, in Prometheus text format', async () => {
    const gatewayMetrics = await fetch(gateway.url.replace(/\/graphql$/, '/metrics'));
    expect(gatewayMetrics.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await gatewayMetrics.text();
    expect(text).toMatch(/llavero_graphql_request_duration_seconds_count\{service="gateway",operation="VentanillaExpediente",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/llavero_graphql_errors_total\{service="gateway",code="BAD_USER_INPUT"\} [1-9]/);
    expect(text).toMatch(/llavero_subgraph_request_duration_seconds_count\{subgraph="sut",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/llavero_audit_append_seconds_count\{outcome="ok"\} [1-9]/);
    expect(text).toMatch(/llavero_process_resident_memory_bytes/);
    for (const url of Object.values(stack.subgraphUrls)) {
      const sub = await (await fetch(url.replace(/\/graphql$/, '/metrics'))).text();
      expect(sub).toMatch(/llavero_db_pool_connections\{service="(sal|sut|trainers|iess)",state="total"\}/);
    }
  });

  test('a subgraph that is down: the gateway logs one JSON warning with the request id, the subgraph and why, not the RUC', async () => {
    const degraded = await stack.startAnotherGateway({ subgraphUrls: { ...stack.subgraphUrls, sut: await deadUrl() }, logger: createLogger('gateway', { level: 'info', format: 'json' }, sink) });
    const token = await stack.issuer.token({ role: 'front-office', subject: 'ventanilla:maria' });
    const response = await fetch(degraded.url, { method: 'POST', headers: { 'content-type': 'application/json', ...bearer(token) }, body: JSON.stringify({ query: DOSSIER, variables: { ruc: '1768152560001' }, operationName: 'VentanillaExpediente' }) });
    const body = (await response.json()) as { errors?: Array<{ extensions: { code: string } }> };
    expect(body.errors?.[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    const id = response.headers.get('x-request-id');
    await new Promise(resolve => setTimeout(resolve, 50));
    const warnings = lines.filter(l => l.reqId === id && l.subgraph === 'sut');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ service: 'gateway', level: 'warn', outcome: 'unavailable', error: { name: 'Error' } });
    expect(JSON.stringify(lines)).not.toContain('1768152560001');
  });

  test("a subgraph's failing SQL and internal error: JSON lines with the gateway's request id and the SQLSTATE, not the caller's text", async () => {
    const dataSource = await new DataSource({ type: 'postgres', url: stack.databaseUrl, logger: new CountingLogger('prueba') }).initialize();
    const secret = stack.signingSecret;
    const subgraph = await buildSubgraphServer({ name: 'prueba', schema: tableCountSchema(dataSource), dataSource, signingSecret: secret, createContext: () => ({}), logger: createLogger('prueba', { level: 'info', format: 'json' }, sink) }).listen(0);
    try {
      const requestId = randomUUID();
      const identity = { subject: 'ventanilla:maria', role: 'front-office' as const, scopes: effectiveScopes('front-office', []), agency: null, trustedOperationsOnly: false, requestId };
      const typed = 'planilla_ana.torres@senescyt-demo.gob.ec_1791234561001';
      const answer = await postSigned(subgraph.url, secret, 'prueba', identity, 'query Filas($t: String!) { rows(table: $t) }', { t: typed });
      expect(answer.errors![0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      await new Promise(resolve => setTimeout(resolve, 50));
      const mine = lines.filter(l => l.service === 'prueba' && l.reqId === requestId);
      expect(mine.find(l => l.sqlState)).toMatchObject({ level: 'error', sql: expect.stringContaining('$1::regclass') });
      expect(mine.find(l => l.path === 'rows')).toMatchObject({ level: 'error', error: { code: expect.stringMatching(/^[0-9A-Z]{5}$/) } });
      expect(JSON.stringify(lines)).not.toMatch(/ana\.torres|senescyt|1791234561001/);
    } finally {
      await subgraph.stop();
    }
  });
});
