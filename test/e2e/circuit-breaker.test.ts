import { createServer as createHttpServer } from 'node:http';
import { connect, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../shared/config';
import type { RunningServer } from '../../shared/http-server';
import { bearer } from '../support/tokens';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';

// A dead or hung subgraph is stopped being called (its circuit opens), its sections answer "no
// disponible" at once, a probe closes the circuit when it is back; reads are retried once when a
// connection fails, writes never.

const DOSSIER = `query Expediente($ruc: String!) { taxpayer(ruc: $ruc) { ruc systemKeyRecoveries { status } iessEmployer { businessName } } }`;

/**
 * A TCP server standing in for a subgraph: it counts connections and, per mode, forwards them to the
 * real one, resets them, or hangs (accepts and never answers, as a process stopped with SIGSTOP does:
 * `resume()` then serves what waited, as SIGCONT would).
 */
type Mode = 'hang' | 'reset' | 'reset-once' | 'forward';

async function fakeSubgraph(mode: { current: Mode }, forwardTo: string) {
  let connections = 0;
  const open = new Set<Socket>();
  const hung = new Set<Socket>();
  const target = new URL(forwardTo);
  const forward = (socket: Socket) => {
    const upstream = connect(Number(target.port), target.hostname);
    upstream.on('error', () => socket.destroy());
    socket.on('close', () => upstream.destroy());
    socket.pipe(upstream).pipe(socket);
  };
  const server: Server = createServer(socket => {
    connections++;
    open.add(socket);
    socket.on('close', () => {
      open.delete(socket);
      hung.delete(socket);
    });
    socket.on('error', () => undefined);
    if (mode.current === 'reset') socket.resetAndDestroy();
    else if (mode.current === 'reset-once') {
      // Decided in the connection handler, so the retry cannot outrun the switch however loaded the machine is.
      mode.current = 'forward';
      socket.resetAndDestroy();
    } else if (mode.current === 'forward') forward(socket);
    else hung.add(socket);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    connections: () => connections,
    resume() {
      mode.current = 'forward';
      for (const socket of hung) forward(socket);
      hung.clear();
    },
    /** Every open connection is reset, as a crashed process's are. */
    resetAll() {
      for (const socket of open) socket.resetAndDestroy();
    },
    close: () => {
      for (const socket of open) socket.destroy();
      return new Promise(resolve => server.close(resolve));
    },
  };
}

const settings = { SUBGRAPH_BREAKER_FAILURES: '2', SUBGRAPH_BREAKER_OPEN_MS: '1500', SUBGRAPH_TIMEOUT_MS: '1500' };

describe('circuit breaker, retries and bounds per subgraph', () => {
  let stack: Stack;
  let token: string;
  beforeAll(async () => {
    stack = await startSubgraphsAndGateway();
    token = await stack.issuer.token({ role: 'front-office', subject: 'ventanilla-quito-01' });
  });
  afterAll(() => stack?.stop());

  const ask = async (gateway: RunningServer, query = DOSSIER, variables: Record<string, unknown> = { ruc: '1791234561001' }) => {
    const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...bearer(token) }, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  };
  const circuit = async (gateway: RunningServer, subgraph: string) => {
    const text = await (await fetch(gateway.url.replace(/\/graphql$/, '/metrics'))).text();
    return Number(new RegExp(`llavero_circuit_state\\{subgraph="${subgraph}"\\} (\\d)`).exec(text)?.[1]);
  };

  test('a hung subgraph: after two timeouts its circuit opens and it is no longer called; the rest answers; a probe closes it', async () => {
    const mode = { current: 'hang' as Mode };
    const fake = await fakeSubgraph(mode, stack.subgraphUrls.sut);
    const gateway = await stack.startAnotherGateway({ subgraphUrls: { ...stack.subgraphUrls, sut: fake.url }, config: loadConfig({ ...process.env, ...settings }) });
    try {
      for (let i = 0; i < 2; i++) {
        const answer = await ask(gateway);
        expect(answer.data.taxpayer.iessEmployer.businessName).toBe('Comercial Andes Demo S.A.');
        expect(answer.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'sut' });
      }
      expect(await circuit(gateway, 'sut')).toBe(2);
      const calledBefore = fake.connections();
      for (let i = 0; i < 5; i++) {
        const answer = await ask(gateway);
        expect(answer.data.taxpayer.systemKeyRecoveries).toEqual([]);
        expect(answer.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'sut' });
      }
      expect(fake.connections()).toBe(calledBefore);
      fake.resume();
      await new Promise(resolve => setTimeout(resolve, 1600));
      const recovered = await ask(gateway);
      expect(recovered.errors).toBeUndefined();
      expect(recovered.data.taxpayer.systemKeyRecoveries.length).toBeGreaterThan(0);
      expect(await circuit(gateway, 'sut')).toBe(0);
    } finally {
      await gateway.stop(); // the stack stops it again: a second stop waits for the first
      await fake.close();
    }
  });

  test('a read whose connection is reset is retried once and answered; a write is never sent twice', async () => {
    const mode = { current: 'reset-once' as Mode };
    const fake = await fakeSubgraph(mode, stack.subgraphUrls.sut);
    const gateway = await stack.startAnotherGateway({ subgraphUrls: { ...stack.subgraphUrls, sut: fake.url }, config: loadConfig({ ...process.env, ...settings, SUBGRAPH_BREAKER_FAILURES: '10' }) });
    try {
      // The first connection is reset, the retry goes through.
      const read = await ask(gateway);
      expect(read.errors).toBeUndefined();
      expect(read.data.taxpayer.systemKeyRecoveries.length).toBeGreaterThan(0);
      expect(fake.connections()).toBeGreaterThanOrEqual(2);

      mode.current = 'reset';
      fake.resetAll();
      const before = fake.connections();
      const write = await ask(gateway, 'mutation Queja($s: String!) { recordSutComplaint(summary: $s) { month } }', { s: 'Prueba de reintento' });
      expect(write.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'sut' });
      expect(fake.connections() - before).toBe(1);
    } finally {
      await gateway.stop(); // the stack stops it again: a second stop waits for the first
      await fake.close();
    }
  });
  test('a subgraph that stalls in the middle of its answer is a timeout too: its sections answer "no disponible" and its circuit opens', async () => {
    const stalled = new Set<import('node:http').ServerResponse>();
    const server = createHttpServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"data":{"_entities":[{"systemKeyRecoveries":['); // and nothing more
        stalled.add(res);
      });
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const gateway = await stack.startAnotherGateway({ subgraphUrls: { ...stack.subgraphUrls, sut: url }, config: loadConfig({ ...process.env, ...settings }) });
    try {
      for (let i = 0; i < 2; i++) {
        const started = Date.now();
        const answer = await ask(gateway);
        expect(Date.now() - started).toBeLessThan(1500 + 3000);
        expect(answer.data.taxpayer.iessEmployer.businessName).toBe('Comercial Andes Demo S.A.');
        expect(answer.data.taxpayer.systemKeyRecoveries).toEqual([]);
        expect(answer.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'sut' });
      }
      expect(await circuit(gateway, 'sut')).toBe(2);
    } finally {
      await gateway.stop();
      for (const res of stalled) res.destroy();
      await new Promise(resolve => server.close(resolve));
    }
  });
});
