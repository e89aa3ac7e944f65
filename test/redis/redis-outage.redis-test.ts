import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { Writable } from 'node:stream';
import { RedisNonces } from '../../shared/auth/redis-nonces';
import { createLogger } from '../../shared/observability/log';
import { RedisConnection } from '../../shared/redis-client';
import type { RunningServer } from '../../shared/http-server';
import { RedisCheckpointStore } from '../../gateway/audit/audit-checkpoints';
import { RedisRevocations } from '../../gateway/auth/revocations';
import { RedisIdempotencyStore } from '../../gateway/idempotency/idempotency-store';
import { RedisRateLimiter } from '../../gateway/limits/rate-limiter';
import { bearer } from '../support/tokens';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';
import { stallingProxy, type StallingProxy } from '../support/stalling-proxy';

// Run by .ci/run with REDIS_URL: a Redis that stops answering (stalled) or goes away (cut) costs a
// request a fast, coded 503, never a hang; once Redis is back, requests pass again without a restart.

function redisTarget(): { host: string; port: number } {
  const url = process.env.REDIS_URL;
  if (!url) throw new Error('REDIS_URL is required for this tier');
  const { hostname, port } = new URL(url);
  return { host: hostname, port: Number(port || 6379) };
}

/** What `work` settled as within `ms`, or 'hung'. */
async function within<T>(ms: number, work: () => Promise<T>): Promise<{ outcome: 'answered' | 'failed' | 'hung'; ms: number }> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<'hung'>(resolve => (timer = setTimeout(() => resolve('hung'), ms)));
  const settled = work().then(
    () => 'answered' as const,
    () => 'failed' as const,
  );
  const outcome = await Promise.race([settled, hung]);
  clearTimeout(timer);
  return { outcome, ms: Date.now() - started };
}

const eventually = async (check: () => Promise<boolean>, ms: number) => {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return true;
    await new Promise(resolve => setTimeout(resolve, 200));
  }
  return false;
};

describe('each Redis store when Redis stops answering', () => {
  let proxy: StallingProxy;
  beforeEach(async () => {
    const { host, port } = redisTarget();
    proxy = await stallingProxy(host, port);
  });
  afterEach(async () => {
    proxy.restore();
    await proxy.close();
  });

  test('every command on a request path fails within 3 s (stalled) and at once (cut), then works again', async () => {
    const url = `redis://${proxy.address}`;
    const service = `sut-${randomUUID()}`;
    const limiter = await RedisRateLimiter.connect(url, 100);
    const idempotency = await RedisIdempotencyStore.connect(url);
    const revocations = await RedisRevocations.connect(url);
    const nonces = await RedisNonces.connect(url, service);
    const checkpoints = await RedisCheckpointStore.connect(url);
    const calls: Record<string, () => Promise<unknown>> = {
      'rate limit': () => limiter.hit(`ip:${randomUUID()}`),
      'idempotency claim': () => idempotency.claim(randomUUID(), 'f', 60_000),
      'session check': () => revocations.isRevoked(randomUUID()),
      'sign-out': () => revocations.revoke(randomUUID(), Date.now() + 60_000),
      'gateway nonce': () => nonces.useOnce(randomUUID(), Date.now()),
      'audit checkpoint': () => checkpoints.load(),
    };
    try {
      for (const call of Object.values(calls)) await call();
      proxy.stall();
      const stalled = Object.fromEntries(await Promise.all(Object.entries(calls).map(async ([name, call]) => [name, (await within(3_000, call)).outcome])));
      expect(stalled).toEqual(Object.fromEntries(Object.keys(calls).map(name => [name, 'failed'])));
      proxy.cut();
      const cut = await Promise.all(Object.entries(calls).map(async ([name, call]) => [name, await within(3_000, call)] as const));
      for (const [name, result] of cut) expect([name, result.outcome, result.ms < 1_500]).toEqual([name, 'failed', true]);
      proxy.restore();
      for (const [name, call] of Object.entries(calls)) expect([name, await eventually(async () => (await call(), true), 10_000)]).toEqual([name, true]);
    } finally {
      proxy.restore();
      await Promise.all([limiter, idempotency, revocations, nonces, checkpoints].map(store => within(3_000, () => store.close())));
    }
  });
});

describe('one Redis connection through an outage', () => {
  test('logs one line when Redis is lost and one when it is back, not one per failed command', async () => {
    const { host, port } = redisTarget();
    const proxy = await stallingProxy(host, port);
    const lines: Array<{ level: string; msg: string; redis: string }> = [];
    const sink = new Writable({ write: (chunk, _encoding, done) => (lines.push(JSON.parse(String(chunk))), done()) });
    const logger = createLogger('gateway', { level: 'info', format: 'json' }, sink);
    const redis = await RedisConnection.open(`redis://${proxy.address}`, { purpose: 'prueba', logger, commandTimeoutMs: 300 });
    try {
      await redis.run(client => client.ping());
      proxy.stall();
      for (let i = 0; i < 5; i++) await expect(redis.run(client => client.ping())).rejects.toThrow('Redis (prueba) no respondió');
      proxy.cut();
      for (let i = 0; i < 5; i++) await expect(redis.run(client => client.ping())).rejects.toThrow('Redis (prueba) no respondió');
      proxy.restore();
      expect(await eventually(async () => (await redis.run(client => client.ping())) === 'PONG', 10_000)).toBe(true);
      await new Promise(resolve => setTimeout(resolve, 100)); // pino writes asynchronously
      expect(lines.map(line => [line.level, line.redis, line.msg])).toEqual([
        ['error', 'prueba', 'Redis (prueba) no responde: se rechazan las solicitudes que lo necesitan hasta que vuelva'],
        ['info', 'prueba', 'Redis (prueba) responde de nuevo'],
      ]);
    } finally {
      await redis.close();
      await proxy.close();
    }
  });

  test('a Redis that is not there at start-up fails within seconds with one Spanish sentence naming the fix', async () => {
    const vacant = createServer();
    await new Promise<void>(resolve => vacant.listen(0, '127.0.0.1', resolve));
    const { port } = vacant.address() as { port: number };
    await new Promise(resolve => vacant.close(resolve));
    const started = Date.now();
    await expect(RedisConnection.open(`redis://127.0.0.1:${port}`, { purpose: 'prueba', logger: createLogger('gateway', { level: 'silent', format: 'json' }) })).rejects.toThrow(
      /^No se pudo conectar con Redis \(prueba\) en redis:\/\/127\.0\.0\.1:\d+: .*Arranque Redis o corrija REDIS_URL/,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('a gateway whose Redis stops answering', () => {
  let stack: Stack;
  let proxy: StallingProxy;
  let gateway: RunningServer;

  beforeAll(async () => {
    const { host, port } = redisTarget();
    proxy = await stallingProxy(host, port);
    stack = await startSubgraphsAndGateway();
    gateway = await stack.startAnotherGateway({ redisUrl: `redis://${proxy.address}` });
  });
  afterAll(async () => {
    proxy?.restore();
    await stack?.stop();
    await proxy?.close();
  });

  const ask = async (token?: string) => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? bearer(token) : {}) },
      body: JSON.stringify({ query: '{ __typename }' }),
      signal: AbortSignal.timeout(10_000),
    });
    return { status: response.status, body: (await response.json()) as { errors?: Array<{ message: string; extensions: { code: string } }> } };
  };

  test('answers a coded Spanish 503 within 3 s while Redis is stalled or down, and serves again when it is back', async () => {
    const token = await stack.issuer.token({ role: 'front-office', subject: `ventanilla-${randomUUID()}` });
    expect((await ask(token)).status).toBe(200);

    proxy.stall();
    for (const who of [token, undefined]) {
      const started = Date.now();
      const answer = await ask(who);
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(answer.status).toBe(503);
      expect(answer.body.errors![0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(answer.body.errors![0].message).toMatch(/reintente/i);
    }

    proxy.cut();
    const started = Date.now();
    const down = await ask(token);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(down.status).toBe(503);
    expect(down.body.errors![0].extensions.code).toBe('SERVICE_UNAVAILABLE');

    proxy.restore();
    expect(await eventually(async () => (await ask(token)).status === 200, 15_000)).toBe(true);
  });
});
