import autocannon from 'autocannon';
import { launcherPorts } from '../test/support/launcher-ports';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SignJWT } from 'jose';
import { DEV_AUDIENCE, DEV_ISSUER, loadOrCreateDevKeys } from '../gateway/auth/dev-keys';

// Throughput of the single-RUC dossier over every section with 1 and with 20 concurrent clients, against
// the stack as `npm start` runs it (one process per subgraph, the gateway, an embedded PostgreSQL), the
// load coming from this process. What it shows is a ratio: whether answering scales with concurrency
// (the audit append once serialised every request in the country).

const ROOT = resolve(__dirname, '../..');
export const DOSSIER = `query Dossier($ruc: String!) { taxpayer(ruc: $ruc) {
  ruc kind salInstitution { name status } salAccessKeys { status holderNames holderEmail }
  systemKeyRecoveries { system status contactEmail } trainerCredentials { status validUntil }
  iessEmployer { businessName hasEmployerKey } iessEmployerKeyRequests { channel status } } }`;

export interface ThroughputRow {
  clients: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
}

interface RunningStack {
  url: string;
  stop(): Promise<void>;
  token: string;
}

async function startStack(): Promise<RunningStack> {
  const home = mkdtempSync(join(tmpdir(), 'llavero-bench-stack-'));
  chmodSync(home, 0o755);
  const { port, env: portsEnv } = await launcherPorts();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LLAVERO_HOME: home,
    ...portsEnv,
    LLAVERO_QUIET: 'true',
    RATE_LIMIT_PER_MINUTE: '100000000',
    RATE_LIMIT_PER_IP_PER_MINUTE: '100000000',
  };
  delete env.DATABASE_URL;
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'dist/scripts/start.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', chunk => (output += chunk));
  child.stderr!.on('data', chunk => (output += chunk));
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`the stack did not start in 90 s:\n${output}`)), 90_000);
    child.stdout!.on('data', () => output.includes('Llavero está listo') && (clearTimeout(timer), done()));
    child.once('exit', code => fail(new Error(`the stack exited with ${code}:\n${output}`)));
  });
  const keys = await loadOrCreateDevKeys(home);
  const token = await new SignJWT({ role: 'front-office', scope: '' })
    .setProtectedHeader({ alg: 'ES256', kid: keys.kid })
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setSubject('bench')
    .setIssuedAt()
    .setExpirationTime('2h')
    .sign(keys.privateKey);
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    token,
    stop: () =>
      new Promise(done => {
        child.once('exit', () => {
          rmSync(home, { recursive: true, force: true });
          done();
        });
        child.kill('SIGTERM');
      }),
  };
}

async function load(stack: RunningStack, clients: number, seconds: number): Promise<ThroughputRow> {
  const result = await autocannon({
    url: stack.url,
    method: 'POST',
    connections: clients,
    duration: seconds,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.token}` },
    body: JSON.stringify({ query: DOSSIER, variables: { ruc: '1760001630001' } }),
  });
  return { clients, requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx + result.errors };
}

/** 1 and 20 clients, alternated `rounds` times after a warm-up, on one running stack. */
export async function measureThroughput(seconds: number, rounds: number): Promise<ThroughputRow[]> {
  const stack = await startStack();
  try {
    const check = await fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.token}` },
      body: JSON.stringify({ query: DOSSIER, variables: { ruc: '1760001630001' } }),
    });
    const body = (await check.json()) as { errors?: unknown };
    if (!check.ok || body.errors) throw new Error(`the dossier does not answer cleanly: ${JSON.stringify(body)}`);
    await load(stack, 20, Math.min(3, seconds)); // warm-up: JIT, pools, query plans
    const rows: ThroughputRow[] = [];
    for (let round = 0; round < rounds; round++) for (const clients of [1, 20]) rows.push(await load(stack, clients, seconds));
    return rows;
  } finally {
    await stack.stop();
  }
}
