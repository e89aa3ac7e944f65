import express, { type RequestHandler } from 'express';
import type { AddressInfo } from 'node:net';
import { anonymousIdentity } from '../shared/auth/identity';
import { loadConfig } from '../shared/config';
import { createTestIssuer } from '../test/support/tokens';
import type { AuthConfig } from './auth/authenticate';
import type { RevocationStore } from './auth/revocations';
import { mountSessionRoutes } from './auth/session-routes';
import { identifyCaller, limitPerAddress, limitPerCaller } from './http-pipeline';
import type { RateLimiter } from './limits/rate-limiter';
import { perAddress } from './web/json-http';

// A store that cannot answer (its Redis is away) refuses the request with a coded, Spanish 503: fail
// closed (a budget or a sign-out that cannot be checked does not let the request through), never
// Express's default 500 page, never a 401 that would send a clerk with a good token back to sign in.

const unreachable: RateLimiter = {
  hit: async () => {
    throw new Error('Redis (límites de solicitudes) no respondió');
  },
  close: async () => undefined,
};

async function answerOf(...handlers: RequestHandler[]): Promise<{ status: number; retryAfter: string | null; body: any }> {
  const app = express();
  app.use((_req, res, next) => ((res.locals.identity = anonymousIdentity('r-1')), next()));
  app.post('/x', ...handlers, (_req, res) => void res.json({ passed: true }));
  return post(app, '/x');
}

async function post(app: express.Express, path: string, init: RequestInit = {}): Promise<{ status: number; retryAfter: string | null; body: any }> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise(resolve => server.once('listening', resolve));
  try {
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`, { method: 'POST', ...init });
    return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json().catch(() => null) };
  } finally {
    server.close();
  }
}

describe('rate limits whose store does not answer', () => {
  test.each([
    ['per address (/graphql)', limitPerAddress(unreachable)],
    ['per caller (/graphql)', limitPerCaller(unreachable, 60)],
  ])('%s: 503 SERVICE_UNAVAILABLE, in Spanish, with Retry-After', async (_name, handler) => {
    const answer = await answerOf(handler);
    expect(answer.status).toBe(503);
    expect(answer.retryAfter).toBe('1');
    expect(answer.body.errors[0]).toEqual({
      message: 'No se pudo comprobar el límite de solicitudes: reintente en unos segundos.',
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'RATE_LIMIT_UNAVAILABLE' },
    });
  });

  test('per address (sign-in, session, constancia): the same refusal as their other JSON errors', async () => {
    const answer = await answerOf(perAddress(unreachable));
    expect(answer.status).toBe(503);
    expect(answer.retryAfter).toBe('1');
    expect(answer.body).toEqual({ error: 'No se pudo comprobar el límite de solicitudes: reintente en unos segundos.', code: 'SERVICE_UNAVAILABLE', reason: 'RATE_LIMIT_UNAVAILABLE' });
  });
});

describe('sign-in and sessions whose store does not answer', () => {
  test('a sign-in whose attempts cannot be counted is refused with a 503, not let through to the password check', async () => {
    const app = express();
    const auth = { issueFrontOfficeToken: async () => 'token' } as unknown as AuthConfig;
    mountSessionRoutes(app, auth, loadConfig(), unreachable, { byAddress: unreachable, byUser: { ...unreachable, refund: async () => undefined } });
    const answer = await post(app, '/auth/ventanilla', { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: 'ana', password: 'x' }) });
    expect(answer.status).toBe(503);
    expect(answer.retryAfter).toBe('1');
    expect(answer.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'RATE_LIMIT_UNAVAILABLE' });
  });

  test('a token whose sign-out cannot be checked is refused with a 503 (retry), not a 401 (sign in again)', async () => {
    const issuer = await createTestIssuer();
    const revocations: RevocationStore = {
      revoke: async () => undefined,
      isRevoked: async () => {
        throw new Error('Redis (sesiones cerradas) no respondió');
      },
      close: async () => undefined,
    };
    const app = express();
    app.post('/graphql', identifyCaller({ ...issuer.auth, revocations }), (_req, res) => void res.json({ passed: true }));
    const answer = await post(app, '/graphql', { headers: { authorization: `Bearer ${await issuer.token({ role: 'front-office' })}` } });
    expect(answer.status).toBe(503);
    expect(answer.retryAfter).toBe('1');
    expect(answer.body.errors[0]).toEqual({
      message: 'No se pudo comprobar si la sesión sigue abierta: reintente en unos segundos.',
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'SESSION_CHECK_FAILED' },
    });
  });
});
