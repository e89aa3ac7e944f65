import type { RunningServer } from '../../shared/http-server';
import { postGraphQL } from '../support/graphql-client';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';

// Rate limits against callers who write their own X-Forwarded-For, spread guesses over many addresses,
// or send a broken sign-in body. The default gateway trusts no proxy; a second one trusts loopback, as a
// gateway behind a local reverse proxy would, so each test request can come "from" another address.

const USERS = 'ventanilla:llavero-demo,cajera:clave-de-cajera';

async function signIn(baseUrl: string, body: unknown, forwardedFor?: string) {
  const response = await fetch(`${baseUrl}/auth/ventanilla`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  const json = /^application\/json/.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : { notJson: text };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), type: response.headers.get('content-type'), text, json };
}

describe('rate limits: client addresses, token buckets, sign-in guessing', () => {
  let stack: Stack;
  let proxied: RunningServer;
  let savedUsers: string | undefined;
  const proxiedBase = () => proxied.url.replace(/\/graphql$/, '');

  beforeAll(async () => {
    savedUsers = process.env.VENTANILLA_USERS;
    process.env.VENTANILLA_USERS = USERS;
    stack = await startSubgraphsAndGateway({ gateway: { rateLimitPerMinute: 5 } });
    proxied = await stack.startAnotherGateway({ trustProxy: 'loopback' });
  });
  afterAll(async () => {
    await stack?.stop();
    if (savedUsers === undefined) delete process.env.VENTANILLA_USERS;
    else process.env.VENTANILLA_USERS = savedUsers;
  });

  test('anonymous callers: a new X-Forwarded-For on each request does not buy a new budget', async () => {
    const statuses: number[] = [];
    let refused: Awaited<ReturnType<typeof postGraphQL>> | undefined;
    for (let i = 1; i <= 8; i++) {
      const response = await postGraphQL(stack.gatewayUrl, '{ __typename }', {}, { 'x-forwarded-for': `203.0.113.${i}` });
      statuses.push(response.status);
      if (response.status === 429) refused = response;
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    expect(refused!.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN', reason: 'RATE_LIMITED' } });
    expect(refused!.errors![0].message).toMatch(/Reintente en 1[12] s/); // 5 a minute: one every 12 s
  });

  test('the sign-in: a new X-Forwarded-For on each attempt does not buy new attempts', async () => {
    const attempts = [];
    for (let i = 1; i <= 12; i++) attempts.push(await signIn(stack.baseUrl, { user: `intruso-${i}`, password: 'x' }, `198.51.100.${i}`));
    expect(attempts.map(a => a.status)).toEqual([...Array(10).fill(401), 429, 429]);
    expect(attempts[0].json).toEqual({ error: 'Usuario o contraseña incorrectos.', code: 'UNAUTHENTICATED' });
    expect(attempts[10].json).toEqual({ error: expect.stringMatching(/Demasiados intentos desde esta dirección: espere [56] s/), code: 'FORBIDDEN', reason: 'RATE_LIMITED' });
    expect(Number(attempts[10].retryAfter)).toBeGreaterThanOrEqual(5);
  });

  test('behind a trusted proxy each forwarded address has its own budget', async () => {
    const fromA = [];
    for (let i = 1; i <= 11; i++) fromA.push((await signIn(proxiedBase(), { user: `visitante-${i}`, password: 'x' }, '192.0.2.10')).status);
    expect(fromA).toEqual([...Array(10).fill(401), 429]);
    expect((await signIn(proxiedBase(), { user: 'visitante-12', password: 'x' }, '192.0.2.11')).status).toBe(401);
  });

  test("guessing one user's password from many addresses stops at the user's budget; the right password then gets nothing", async () => {
    const guesses = [];
    for (let i = 1; i <= 10; i++) guesses.push((await signIn(proxiedBase(), { user: 'ventanilla', password: `intento-${i}` }, `10.1.0.${i}`)).status);
    expect(guesses).toEqual(Array(10).fill(401));
    const eleventh = await signIn(proxiedBase(), { user: 'ventanilla', password: 'intento-11' }, '10.1.0.11');
    expect(eleventh.status).toBe(429);
    expect(eleventh.json).toEqual({ error: expect.stringMatching(/Demasiados intentos fallidos para este usuario: espere \d+ s/), code: 'FORBIDDEN', reason: 'RATE_LIMITED' });
    expect(Number(eleventh.retryAfter)).toBeGreaterThanOrEqual(300); // ten failures an hour: one every 6 minutes
    const right = await signIn(proxiedBase(), { user: 'ventanilla', password: 'llavero-demo' }, '10.1.0.12');
    expect(right.status).toBe(429);
    expect(right.json.token).toBeUndefined();
    // Another user is not affected.
    expect((await signIn(proxiedBase(), { user: 'cajera', password: 'clave-de-cajera' }, '10.1.0.13')).status).toBe(200);
  });

  test('successful sign-ins do not count against the user; failures do', async () => {
    const successes = [];
    for (let i = 1; i <= 15; i++) successes.push((await signIn(proxiedBase(), { user: 'cajera', password: 'clave-de-cajera' }, `10.2.0.${i}`)).status);
    expect(successes).toEqual(Array(15).fill(200));
    const failures = [];
    for (let i = 1; i <= 11; i++) failures.push((await signIn(proxiedBase(), { user: 'cajera', password: 'otra' }, `10.3.0.${i}`)).status);
    expect(failures).toEqual([...Array(10).fill(401), 429]);
  });

  test('a malformed or oversized sign-in body gets a coded JSON error, with no stack trace or server path', async () => {
    const malformed = await signIn(proxiedBase(), '{"user": "ventanilla", "password": ', '10.4.0.1');
    expect(malformed.status).toBe(400);
    expect(malformed.json).toEqual({ error: 'El cuerpo de la solicitud no es JSON válido.', code: 'BAD_USER_INPUT', field: 'body', reason: 'BODY_MALFORMED' });
    const oversized = await signIn(proxiedBase(), { user: 'ventanilla', password: 'x'.repeat(5_000) }, '10.4.0.2');
    expect(oversized.status).toBe(413);
    expect(oversized.json).toEqual({ error: 'La solicitud supera el tamaño máximo (4kb).', code: 'BAD_USER_INPUT', field: 'body', reason: 'BODY_TOO_LARGE' });
    for (const response of [malformed, oversized]) {
      expect(response.type).toMatch(/^application\/json/);
      expect(response.text).not.toMatch(/\bat \S+ \(|node_modules|\/dist\/|SyntaxError|PayloadTooLarge/);
    }
  });
});
