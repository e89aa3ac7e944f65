import { randomUUID } from 'node:crypto';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../shared/config';
import { bearer } from '../support/tokens';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';

// A retried mutation with the same Idempotency-Key returns the first answer and writes nothing more.

/** Stands in front of a subgraph: passes each request on at once, but its answer only after `delayMs` (the write has committed by then). */
function lateAnswers(target: string, delayMs: number): Promise<{ server: Server; url: string; answered: () => number }> {
  const upstream = new URL(target);
  let answered = 0;
  const server = createServer((req, res) => {
    res.on('error', () => undefined);
    const forward = httpRequest({ host: upstream.hostname, port: upstream.port, path: upstream.pathname, method: req.method, headers: req.headers }, answer => {
      const chunks: Buffer[] = [];
      answer.on('data', chunk => chunks.push(chunk));
      answer.on('end', () => {
        answered++;
        setTimeout(() => res.writeHead(answer.statusCode ?? 502, answer.headers).end(Buffer.concat(chunks)), delayMs);
      });
    });
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, answered: () => answered })));
}

const COMPLAINT = 'mutation Queja($summary: String!) { recordSutComplaint(summary: $summary) { month complaints } }';

describe('Idempotency-Key on mutations', () => {
  let stack: Stack;
  let clerk: string;
  beforeAll(async () => {
    stack = await startSubgraphsAndGateway();
    clerk = await stack.issuer.token({ role: 'front-office', subject: 'ventanilla-quito-01' });
  });
  afterAll(() => stack?.stop());

  const send = async (summary: string, key?: string, token = clerk, query = COMPLAINT) => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(token), ...(key === undefined ? {} : { 'idempotency-key': key }) },
      body: JSON.stringify({ query, variables: { summary } }),
    });
    return { status: response.status, replayed: response.headers.get('idempotent-replayed'), body: (await response.json()) as { data?: any; errors?: any[] } };
  };
  const written = async (summary: string) => Number((await stack.adminQuery('SELECT count(*) AS n FROM sut.complaint WHERE summary = $1', [summary]))[0].n);

  test('the same key twice: one write, the first answer twice, the second marked as replayed', async () => {
    const key = randomUUID();
    const first = await send('Queja idempotente A', key);
    const second = await send('Queja idempotente A', key);
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();
    expect(first.replayed).toBeNull();
    expect(second).toEqual({ ...first, replayed: 'true' });
    expect(await written('Queja idempotente A')).toBe(1);
  });

  test('20 concurrent retries with one key write once; the rest get the first answer or are told to wait', async () => {
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 20 }, () => send('Queja idempotente concurrente', key)));
    expect(await written('Queja idempotente concurrente')).toBe(1);
    for (const answer of answers) {
      if (answer.status === 409) expect(answer.body.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'Idempotency-Key', reason: 'IDEMPOTENCY_IN_PROGRESS' });
      else expect(answer.status).toBe(200);
    }
    expect(answers.filter(a => a.status === 200 && a.replayed === null)).toHaveLength(1);
  });

  test('the same key with another request is refused and writes nothing', async () => {
    const key = randomUUID();
    await send('Queja idempotente B', key);
    const other = await send('Queja idempotente C', key);
    expect(other.status).toBe(422);
    expect(other.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key', reason: 'IDEMPOTENCY_KEY_REUSED' });
    expect(other.body.errors![0].message).toMatch(/ya se usó con otra solicitud/);
    expect(await written('Queja idempotente C')).toBe(0);
  });

  test('keys belong to their caller; no key means no protection; a malformed key is refused', async () => {
    const key = randomUUID();
    const another = await stack.issuer.token({ role: 'front-office', subject: 'ventanilla-guayaquil-02' });
    await send('Queja idempotente D', key);
    const theirs = await send('Queja idempotente D', key, another);
    expect(theirs.replayed).toBeNull();
    expect(await written('Queja idempotente D')).toBe(2);
    await send('Queja sin clave');
    await send('Queja sin clave');
    expect(await written('Queja sin clave')).toBe(2);
    for (const bad of ['', 'x'.repeat(129), 'con espacio']) {
      const refused = await send('Queja clave mala', bad);
      expect(refused.status).toBe(400);
      expect(refused.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key', reason: 'IDEMPOTENCY_KEY_INVALID' });
    }
    expect(await written('Queja clave mala')).toBe(0);
  });

  test('an answer that says the service was unavailable is not kept: the retry runs once the service is back', async () => {
    const key = randomUUID();
    await stack.stopSubgraph('sut');
    try {
      const down = await send('Queja durante la caída', key);
      expect(down.body.errors![0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'sut' });
    } finally {
      await stack.restartSubgraph('sut');
    }
    const retried = await send('Queja durante la caída', key);
    expect(retried.replayed).toBeNull();
    expect(retried.body.errors).toBeUndefined();
    expect(await written('Queja durante la caída')).toBe(1);
    expect((await send('Queja durante la caída', key)).replayed).toBe('true');
  });

  test('a write whose subgraph answered too late may have committed: a retry with the key writes nothing and is told to check first', async () => {
    const late = await lateAnswers(stack.subgraphUrls.sut, 1500);
    const gateway = await stack.startAnotherGateway({ subgraphUrls: { ...stack.subgraphUrls, sut: late.url }, config: loadConfig({ ...process.env, SUBGRAPH_TIMEOUT_MS: '500' }) });
    const sendVia = async (summary: string, key: string) => {
      const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...bearer(clerk), 'idempotency-key': key }, body: JSON.stringify({ query: COMPLAINT, variables: { summary } }) });
      return { status: response.status, replayed: response.headers.get('idempotent-replayed'), body: (await response.json()) as { errors?: any[] } };
    };
    try {
      const key = randomUUID();
      const first = await sendVia('Queja con respuesta tardía', key);
      expect(first.body.errors![0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'sut', reason: 'OUTCOME_UNKNOWN' });
      expect(first.body.errors![0].message).toMatch(/pudo haberse registrado/);
      while (late.answered() < 1) await new Promise(resolve => setTimeout(resolve, 50));
      expect(await written('Queja con respuesta tardía')).toBe(1);
      const retried = await sendVia('Queja con respuesta tardía', key);
      expect(retried.status).toBe(409);
      expect(retried.body.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'Idempotency-Key', reason: 'IDEMPOTENCY_OUTCOME_UNKNOWN', service: 'sut' });
      expect(retried.body.errors![0].message).toMatch(/Revise el expediente/);
      expect(await written('Queja con respuesta tardía')).toBe(1);
    } finally {
      late.server.closeAllConnections();
      await new Promise(resolve => late.server.close(resolve));
    }
  });

  test('a query with the header is simply answered', async () => {
    const read = await send('', randomUUID(), clerk, 'query Ver { taxpayer(ruc: "1791234561001") { ruc } }');
    expect(read.status).toBe(200);
    expect(read.body.data.taxpayer.ruc).toBe('1791234561001');
  });
});
