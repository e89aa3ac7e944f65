import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SignJWT } from 'jose';
import { Client } from 'pg';
import { DEV_AUDIENCE, DEV_ISSUER, loadOrCreateDevKeys } from '../../gateway/auth/dev-keys';
import { newDevelopmentSigningSecret } from '../../shared/auth/secrets';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../shared/database/embedded';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../shared/env';
import { prepareDatabases } from '../prepare-databases';

// The fault suite's own stack: its own embedded PostgreSQL (so it can be stopped and started again on
// the same port and data folder), each subgraph and the gateway as a real process on 127.0.0.1, and a
// supervisor that kills, pauses and restarts them the way an operator's process manager would.

const ROOT = resolve(__dirname, '../../..');
export type ProcessName = SubgraphName | 'gateway';

/** Breaker settings small enough for a bounded suite; the figures quoted in the checks derive from them. */
export const BREAKER = { timeoutMs: 2_000, failures: 3, openMs: 2_000 };

export interface FaultStack {
  gatewayUrl: string;
  ports: Record<ProcessName, number>;
  pids(): Record<ProcessName, number | undefined>;
  alive(name: ProcessName): boolean;
  kill(name: ProcessName, signal: NodeJS.Signals): void;
  restart(name: SubgraphName): Promise<void>;
  stopDatabase(): Promise<void>;
  startDatabase(): Promise<void>;
  /** One SQL query as the database owner, inside the llavero database. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  token(role: 'front-office' | 'reviewer', subject: string): Promise<string>;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

export async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check().catch(() => false)) return Date.now() - started;
    await new Promise(r => setTimeout(r, 100));
  }
  throw new Error(`${what}: no ocurrió en ${timeoutMs / 1000} s`);
}

const answers = (url: string) => async () => (await fetch(url, { signal: AbortSignal.timeout(1_000) })).ok;

export async function startFaultStack(log: (line: string) => void): Promise<FaultStack> {
  const home = mkdtempSync(join(tmpdir(), 'llavero-faults-'));
  chmodSync(home, 0o755); // the postgres OS user (when running as root) must reach the data folder
  const pgPort = await freePort();
  const ports = Object.fromEntries(await Promise.all((['gateway', ...SUBGRAPH_NAMES] as const).map(async n => [n, await freePort()]))) as Record<ProcessName, number>;
  const startDb = () => startEmbeddedPostgres({ dir: join(home, 'postgres'), port: pgPort, database: 'llavero', persistent: true });
  let database: EmbeddedDatabase | undefined = await startDb();
  const ownerUrl = database.url;
  const runtimeUrls = await prepareDatabases(ownerUrl);
  const secret = newDevelopmentSigningSecret();
  const { DATABASE_URL: _owner, ...inherited } = process.env;
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    ...runtimeUrls,
    LLAVERO_HOME: home,
    LOG_LEVEL: 'error', // shown with --verbose
    GATEWAY_SIGNING_SECRET: secret,
    PORT: String(ports.gateway),
    ...Object.fromEntries(SUBGRAPH_NAMES.map(n => [`${n.toUpperCase()}_PORT`, String(ports[n])])),
    SUBGRAPH_TIMEOUT_MS: String(BREAKER.timeoutMs),
    SUBGRAPH_BREAKER_FAILURES: String(BREAKER.failures),
    SUBGRAPH_BREAKER_OPEN_MS: String(BREAKER.openMs),
    DB_CONNECT_TIMEOUT_MS: '2000',
    // Load and fuzzing come from one address and a few users: the per-minute limits are not under test here.
    RATE_LIMIT_PER_MINUTE: '1000000',
    RATE_LIMIT_PER_IP_PER_MINUTE: '1000000',
  };
  const children = new Map<ProcessName, ChildProcess>();
  const spawnOne = (name: ProcessName) => {
    const script = name === 'gateway' ? 'gateway/index.js' : `subgraphs/${name}/index.js`;
    const child = spawn(process.execPath, [join(ROOT, 'dist', script)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout!, child.stderr!]) stream.on('data', (chunk: Buffer) => log(`[${name}] ${chunk.toString().trim().slice(0, 2000)}`));
    children.set(name, child);
  };
  const ready = (name: ProcessName) => waitUntil(`${name} listo`, answers(`http://127.0.0.1:${ports[name]}/health/ready`), 60_000);
  for (const name of SUBGRAPH_NAMES) spawnOne(name);
  await Promise.all(SUBGRAPH_NAMES.map(ready));
  spawnOne('gateway');
  await ready('gateway');
  const keys = await loadOrCreateDevKeys(home);
  const alive = (name: ProcessName) => {
    const child = children.get(name);
    return !!child && child.exitCode === null && child.signalCode === null;
  };
  const exited = (child: ChildProcess) => new Promise<void>(done => (child.exitCode !== null || child.signalCode !== null ? done() : child.once('exit', () => done())));

  return {
    gatewayUrl: `http://127.0.0.1:${ports.gateway}`,
    ports,
    pids: () => Object.fromEntries([...children].map(([n, c]) => [n, alive(n) ? c.pid : undefined])) as Record<ProcessName, number | undefined>,
    alive,
    kill: (name, signal) => children.get(name)?.kill(signal),
    async restart(name) {
      const old = children.get(name);
      if (old && alive(name)) {
        old.kill('SIGKILL');
        await exited(old);
      }
      spawnOne(name);
      await ready(name);
    },
    async stopDatabase() {
      await database?.stop();
      database = undefined;
    },
    async startDatabase() {
      database = await startDb();
    },
    async sql(text, params = []) {
      const client = new Client({ connectionString: ownerUrl });
      await client.connect();
      try {
        return (await client.query(text, params)).rows;
      } finally {
        await client.end();
      }
    },
    token: (role, subject) =>
      new SignJWT({ role, scope: '' })
        .setProtectedHeader({ alg: 'ES256', kid: keys.kid })
        .setIssuer(DEV_ISSUER)
        .setAudience(DEV_AUDIENCE)
        .setSubject(subject)
        .setIssuedAt()
        .setExpirationTime('2h')
        .sign(keys.privateKey),
    async stop() {
      await Promise.all(
        [...children.values()].map(child => {
          child.kill('SIGCONT');
          child.kill('SIGKILL');
          return exited(child);
        }),
      );
      await database?.stop().catch(() => undefined);
      rmSync(home, { recursive: true, force: true });
    },
  };
}

