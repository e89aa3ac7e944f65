import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { openServiceDatabase } from '../../shared/database/data-source';
import type { RunningServer } from '../../shared/http-server';
import { sutProgram } from '../../subgraphs/sut/program';
import { bearer } from '../support/tokens';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';

// Run by .ci/run with REDIS_URL (jest.redis.config.js): two gateway replicas and two replicas of the SUT
// subgraph, all on one database and one Redis, as docker-compose.yml runs them. Whatever one replica
// saw, the other knows: a replayed signed request, a spent rate budget (per caller and per address), an
// Idempotency-Key, a closed session.

function redisUrl(): string {
  const url = process.env.REDIS_URL;
  if (!url) throw new Error('REDIS_URL is required for this tier');
  return url;
}

const COMPLAINT = 'mutation Queja($summary: String!) { recordSutComplaint(summary: $summary) { month complaints } }';
const PER_MINUTE = 5;

/** Forwards to `target` and keeps the last request it passed on (the gateway's signed call, as sent). */
async function recorder(target: string): Promise<{ url: string; last: () => { headers: IncomingHttpHeaders; body: Buffer }; close: () => Promise<void> }> {
  let last: { headers: IncomingHttpHeaders; body: Buffer } | undefined;
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    last = { headers: req.headers, body: Buffer.concat(chunks) };
    const answer = await fetch(target, { method: 'POST', headers: forwardable(req.headers), body: new Uint8Array(last.body) });
    res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' }).end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, last: () => last!, close: () => new Promise(resolve => (server.close(() => resolve()), server.closeAllConnections())) };
}
const forwardable = (headers: IncomingHttpHeaders) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !['host', 'content-length', 'connection', 'transfer-encoding'].includes(name)) as Array<[string, string]>);

describe('two gateways and two SUT replicas sharing Redis', () => {
  let stack: Stack;
  let sutA: RunningServer;
  let sutB: RunningServer;
  let dataSources: DataSource[];
  let capture: Awaited<ReturnType<typeof recorder>>;
  let gatewayA: RunningServer;
  let gatewayB: RunningServer;

  beforeAll(async () => {
    stack = await startSubgraphsAndGateway();
    // Each SUT replica has its own pool on the same database, as two containers would.
    dataSources = [await openServiceDatabase(sutProgram.createDataSource, { admin: stack.databaseUrl }), await openServiceDatabase(sutProgram.createDataSource, { admin: stack.databaseUrl })];
    sutA = await (await sutProgram.buildServer(dataSources[0], stack.signingSecret, { redisUrl: redisUrl() })).listen(0);
    sutB = await (await sutProgram.buildServer(dataSources[1], stack.signingSecret, { redisUrl: redisUrl() })).listen(0);
    capture = await recorder(sutA.url);
    const shared = { redisUrl: redisUrl(), rateLimitPerMinute: PER_MINUTE };
    gatewayA = await stack.startAnotherGateway({ ...shared, subgraphUrls: { ...stack.subgraphUrls, sut: capture.url } });
    gatewayB = await stack.startAnotherGateway({ ...shared, subgraphUrls: { ...stack.subgraphUrls, sut: sutB.url } });
  });
  afterAll(async () => {
    await capture?.close();
    await sutA?.stop();
    await sutB?.stop();
    for (const dataSource of dataSources ?? []) if (dataSource.isInitialized) await dataSource.destroy();
    await stack?.stop();
  });

  const send = async (gateway: RunningServer, token: string, summary: string, headers: Record<string, string> = {}) => {
    const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...bearer(token), ...headers }, body: JSON.stringify({ query: COMPLAINT, variables: { summary } }) });
    return { status: response.status, replayed: response.headers.get('idempotent-replayed'), body: (await response.json()) as { data?: any; errors?: any[] } };
  };
  const clerk = () => stack.issuer.token({ role: 'front-office', subject: `ventanilla-${randomUUID()}` });
  const written = async (summary: string) => Number((await stack.adminQuery('SELECT count(*) AS n FROM sut.complaint WHERE summary = $1', [summary]))[0].n);

  test('a signed call captured on its way to SUT replica A is refused as a replay by replica B (and by A)', async () => {
    const answer = await send(gatewayA, await clerk(), 'Queja por la réplica A');
    expect(answer.body.errors).toBeUndefined();
    const { headers, body } = capture.last();
    expect(headers['x-llavero-signature']).toBeTruthy();
    for (const replica of [sutB, sutA]) {
      const replay = await fetch(replica.url, { method: 'POST', headers: forwardable(headers), body: new Uint8Array(body) });
      expect(replay.status).toBe(401);
      expect(((await replay.json()) as any).errors[0].message).toMatch(/ya fue usada \(repetición\)/);
    }
    expect(await written('Queja por la réplica A')).toBe(1);
    expect((await send(gatewayB, await clerk(), 'Queja por la réplica B')).body.errors).toBeUndefined(); // B itself serves
  });

  test("a caller's rate budget spent at gateway A is spent at gateway B", async () => {
    const token = await clerk();
    for (let i = 0; i < PER_MINUTE; i++) expect((await send(gatewayA, token, `Presupuesto ${i}`)).status).toBe(200);
    const refused = await send(gatewayB, token, 'Presupuesto agotado');
    expect(refused.status).toBe(429);
    expect(await written('Presupuesto agotado')).toBe(0);
    expect((await send(gatewayB, await clerk(), 'Otro funcionario')).status).toBe(200); // per caller, not global
  });

  test('an Idempotency-Key used at gateway A replays the first answer at gateway B and writes once', async () => {
    const token = await clerk();
    const key = randomUUID();
    const first = await send(gatewayA, token, 'Queja idempotente entre réplicas', { 'idempotency-key': key });
    const again = await send(gatewayB, token, 'Queja idempotente entre réplicas', { 'idempotency-key': key });
    expect(first.status).toBe(200);
    expect(again).toEqual({ ...first, replayed: 'true' });
    expect(await written('Queja idempotente entre réplicas')).toBe(1);
  });

  test("an address's budget spent at one gateway is spent at the other (per-address limit in Redis)", async () => {
    const perAddress = { redisUrl: redisUrl(), rateLimitPerAddressPerMinute: 3, rateLimitPerMinute: 100, trustProxy: 'loopback' };
    const [gatewayC, gatewayD] = [await stack.startAnotherGateway(perAddress), await stack.startAnotherGateway(perAddress)];
    // A fresh documentation address per run, named by the trusted loopback proxy: the budget starts full.
    const network = `2001:db8:${randomUUID().slice(0, 4)}:${randomUUID().slice(0, 4)}::`;
    const address = `${network}1`;
    const ask = (gateway: RunningServer, from: string) =>
      fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': from }, body: JSON.stringify({ query: '{ __typename }' }) });
    for (let i = 0; i < 3; i++) expect((await ask(i % 2 ? gatewayD : gatewayC, address)).status).toBe(200);
    const refused = await ask(gatewayD, address);
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as any).errors[0].message).toMatch(/desde esta dirección/);
    expect((await ask(gatewayC, address)).status).toBe(429);
    expect((await ask(gatewayD, `${network}2`)).status).toBe(200); // per address, not global
  });

  test('a session closed at gateway A is refused at gateway B', async () => {
    const token = await clerk();
    expect((await send(gatewayB, token, 'Antes de salir')).status).toBe(200);
    const closed = await fetch(gatewayA.url.replace(/\/graphql$/, '/auth/salir'), { method: 'POST', headers: bearer(token) });
    expect(closed.status).toBe(204);
    const refused = await send(gatewayB, token, 'Después de salir');
    expect(refused.status).toBe(401);
    expect(refused.body.errors![0].message).toMatch(/cerrada/);
    expect(await written('Después de salir')).toBe(0);
  });
});
