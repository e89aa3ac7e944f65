import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { request as httpRequest } from 'node:http';
import { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { encodeIdentity, signRequest } from './auth/gateway-signature';
import { effectiveScopes, type Identity } from './auth/identity';
import { processConfig } from './config';
import { createLogger } from './observability/log';
import { buildSubgraphServer } from './subgraph-server';
import type { RunningServer } from './http-server';

// POST /graphql of a subgraph runs on Node's HTTP server without Express: every way a call can be
// wrong gets the same coded Spanish JSON it got through Express, the right call gets its answer with
// the gateway's request id, and each is one log line.

const SECRET = 'secreto-de-prueba-del-endpoint-0123456789';
const lines: Array<Record<string, any>> = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    done();
  },
});
let server: RunningServer;
let url: string;

const identity = (requestId = crypto.randomUUID()): Identity => ({ subject: 'ventanilla:ana', role: 'front-office', scopes: effectiveScopes('front-office', []), agency: null, trustedOperationsOnly: false, requestId });
const signed = (body: string, who = identity()) => ({ 'content-type': 'application/json', ...signRequest(SECRET, { service: 'prueba' }, encodeIdentity(who), body) });
const QUERY = JSON.stringify({ query: '{ saludo }' });
/** MAX_BODY_SIZE as the server reads it. */
const LIMIT = processConfig().gateway.maxBodyBytes;

beforeAll(async () => {
  const schema = buildSubgraphSchema({ typeDefs: parse('type Query { saludo: String }'), resolvers: { Query: { saludo: (_: unknown, __: unknown, context: unknown) => `hola ${(context as { caller: string }).caller}` } } });
  // Never initialised: this schema reads nothing.
  const dataSource = new DataSource({ type: 'postgres', url: 'postgres://nadie@127.0.0.1:1/nada' });
  const built = buildSubgraphServer({ name: 'prueba', schema, dataSource, signingSecret: SECRET, createContext: who => ({ caller: who.subject }), logger: createLogger('prueba', { level: 'info', format: 'json' }, sink) });
  server = await built.listen(0, '127.0.0.1');
  url = server.url;
});
afterAll(() => server?.stop());

describe('every wrong call: coded Spanish JSON, the right status, one log line', () => {
  test.each([
    ['a GET', { method: 'GET' }, 405, 'UNAUTHENTICATED', undefined, /solo atiende POST/],
    ['a compressed body', { method: 'POST', headers: { ...signed(QUERY), 'content-encoding': 'gzip' }, body: QUERY }, 415, 'BAD_USER_INPUT', 'BODY_ENCODED', /no acepta cuerpos comprimidos/],
    ['an unsigned body', { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY }, 401, 'UNAUTHENTICATED', undefined, /firmadas por la pasarela/],
    ['a body other than the one signed', { method: 'POST', headers: signed(QUERY), body: JSON.stringify({ query: '{ __typename }' }) }, 401, 'UNAUTHENTICATED', undefined, /firma de la pasarela no es válida/],
    ['a signed body that is not JSON', { method: 'POST', headers: signed('{"query": '), body: '{"query": ' }, 400, 'BAD_USER_INPUT', 'BODY_MALFORMED', /no es JSON válido/],
    ['a declared length over the limit', { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"q":"${'x'.repeat(LIMIT)}"}` }, 413, 'BAD_USER_INPUT', 'BODY_TOO_LARGE', /tamaño máximo/],
  ])('%s', async (_label, init, status, code, reason, message) => {
    const before = lines.length;
    const response = await fetch(url, init as RequestInit);
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    // Refused before the body was read (or past its limit): the connection closes instead of reading the rest.
    expect(response.headers.get('connection')).toBe([405, 413, 415].includes(status) ? 'close' : 'keep-alive');
    expect(body.errors[0].extensions).toEqual({ code, service: 'prueba', ...(reason ? { reason } : {}) });
    expect(body.errors[0].message).toMatch(message);
    await new Promise(done => setTimeout(done, 20));
    const logged = lines.slice(before).filter(line => line.req?.path === '/graphql');
    expect(logged).toEqual([expect.objectContaining({ level: 'warn', res: { status } })]);
  });

  test('a body streamed past the limit without a declared length: 413, and the connection is not left hanging', async () => {
    const chunk = Buffer.alloc(Math.ceil(LIMIT / 8), 'x');
    const answer = await new Promise<{ status: number; text: string }>((done, fail) => {
      const call = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, res => {
        let text = '';
        res.on('data', part => (text += part)).on('end', () => done({ status: res.statusCode!, text }));
      });
      call.on('error', fail);
      for (let i = 0; i < 9; i++) call.write(chunk);
      call.end();
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.text).errors[0].extensions.reason).toBe('BODY_TOO_LARGE');
  });

  test('a client that goes away mid-body: a warning line, nothing answered, the next call served', async () => {
    const before = lines.length;
    await new Promise<void>(done => {
      const call = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '1000' } });
      call.on('error', () => done());
      call.write('{"query": "{ sal');
      setTimeout(() => (call.destroy(), setTimeout(done, 50)), 50);
    });
    expect(lines.slice(before)).toEqual([expect.objectContaining({ level: 'warn', msg: expect.stringMatching(/cerró la conexión/) })]);
    const response = await fetch(url, { method: 'POST', headers: signed(QUERY), body: QUERY });
    expect(response.status).toBe(200);
  });

  test('a replayed call is refused: each signature serves once', async () => {
    const headers = signed(QUERY);
    expect((await fetch(url, { method: 'POST', headers, body: QUERY })).status).toBe(200);
    const replay = await fetch(url, { method: 'POST', headers, body: QUERY });
    expect(replay.status).toBe(401);
    expect(((await replay.json()) as { errors: Array<{ message: string }> }).errors[0].message).toMatch(/ya fue usada/);
  });
});

describe('the right call', () => {
  test.each(['/graphql', '/graphql/', '/graphql?x=1'])('at %s: the answer, the caller in its context, the gateway request id, one info line', async path => {
    const requestId = crypto.randomUUID();
    const before = lines.length;
    const response = await fetch(url.replace(/\/graphql$/, path), { method: 'POST', headers: signed(QUERY, identity(requestId)), body: QUERY });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe(requestId);
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(0);
    expect(await response.json()).toEqual({ data: { saludo: 'hola ventanilla:ana' } });
    await new Promise(done => setTimeout(done, 20));
    expect(lines.slice(before)).toEqual([expect.objectContaining({ level: 'info', reqId: requestId, caller: 'ventanilla:ana', outcome: 'ok', req: { method: 'POST', path: path.split('?')[0] }, res: { status: 200 }, responseTime: expect.any(Number) })]);
  });

  test('other paths are not the endpoint', async () => {
    expect((await fetch(url.replace(/\/graphql$/, '/graphqlx'), { method: 'POST', headers: signed(QUERY), body: QUERY })).status).toBe(404);
    expect((await fetch(url.replace(/\/graphql$/, '/health/live'))).status).toBe(200);
  });
});
