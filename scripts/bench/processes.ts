import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { exportJWK } from 'jose';
import { developmentIssuer } from '../../gateway/auth/authenticate';
import { DEV_AUDIENCE, DEV_ISSUER, loadOrCreateDevKeys } from '../../gateway/auth/dev-keys';
import { GATEWAY_NODE_FLAGS, SUBGRAPH_NODE_FLAGS } from '../../shared/node-flags';
import { startEmbeddedPostgres } from '../../shared/database/embedded';
import { listen, type RunningServer } from '../../shared/http-server';
import { SUBGRAPH_NAMES } from '../../shared/env';
import { freePort } from '../../test/support/global-setup';
import { launcherPorts } from '../../test/support/launcher-ports';
import { prepareDatabases } from '../prepare-databases';

// The processes under measurement, each its own Node process on 127.0.0.1 as `npm start` runs them (the
// four subgraphs, the dossier service, Llavero's gateway) plus the peers (scripts/bench/peer-server.ts),
// spawned here so the bench knows every pid: RSS and CPU are read from /proc.

const ROOT = resolve(__dirname, '../../..');
/** The subgraph processes (and the dossier service): they run with SUBGRAPH_NODE_FLAGS, as `npm start` runs them. */
const SERVICE_NAMES: readonly string[] = [...SUBGRAPH_NAMES, 'dossier'];

export interface Proc {
  name: string;
  pid: number;
  url: string;
}

export interface BenchStack {
  gateway: Proc;
  subgraphs: Proc[];
  /** Every subgraph's URL by name, the dossier service's included. */
  subgraphUrls: Record<string, string>;
  env: NodeJS.ProcessEnv;
  token: string;
  startPeer(kind: 'plain' | 'hive' | 'floor'): Promise<Proc>;
  stop(): Promise<void>;
}

/**
 * Node flags for one process: `--profile gateway,sal` writes V8 CPU profiles of those processes to
 * bench/profiles/ when they stop; Llavero's gateway runs with GATEWAY_NODE_FLAGS as `npm start` runs it,
 * unless `--gateway-node-flags "…"` tries other V8 settings (`""`: V8's defaults).
 */
function nodeFlags(name: string): string[] {
  const at = process.argv.indexOf('--profile');
  const wanted = at > 0 ? (process.argv[at + 1] ?? '').split(',').map(s => s.trim()) : [];
  const profile = wanted.includes(name) ? ['--cpu-prof', `--cpu-prof-dir=${join(ROOT, 'bench', 'profiles')}`, `--cpu-prof-name=${name}-${Date.now()}.cpuprofile`] : [];
  if (SERVICE_NAMES.includes(name)) return [...SUBGRAPH_NODE_FLAGS, ...profile];
  if (name !== 'gateway') return profile;
  const flagsAt = process.argv.indexOf('--gateway-node-flags');
  const settings = flagsAt > 0 ? (process.argv[flagsAt + 1] ?? '').split(' ').filter(Boolean) : [...GATEWAY_NODE_FLAGS];
  return [...settings, ...profile];
}

function spawnProcess(name: string, args: string[], env: NodeJS.ProcessEnv, children: ChildProcess[]): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [...nodeFlags(name), ...args], { env, stdio: ['ignore', 'pipe', 'pipe'], cwd: ROOT });
  let output = '';
  child.stdout!.on('data', chunk => (output = (output + chunk).slice(-20_000)));
  child.stderr!.on('data', chunk => (output = (output + chunk).slice(-20_000)));
  children.push(child);
  return { child, output: () => output };
}

async function waitFor(url: string, name: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} terminó antes de estar listo:\n${output()}`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise(r => setTimeout(r, 150));
  }
  throw new Error(`${name} no respondió en ${url}:\n${output()}`);
}

/** The bench's identity provider: its public key as a JWKS document on 127.0.0.1. */
async function serveJwks(document: object): Promise<RunningServer> {
  const body = JSON.stringify(document);
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(body));
  return listen(server, 0, '/.well-known/jwks.json', () => new Promise(done => server.close(() => done())), '127.0.0.1');
}

export async function startBenchStack(ownerUrl: string): Promise<BenchStack> {
  const children: ChildProcess[] = [];
  const home = mkdtempSync(join(tmpdir(), 'llavero-bench-home-'));
  chmodSync(home, 0o755);
  const { env: portsEnv } = await launcherPorts();
  const runtimeUrls = await prepareDatabases(ownerUrl);
  const { DATABASE_URL: _owner, ...inherited } = process.env;
  // Measured as deployed: NODE_ENV=production, its own secrets, and tokens checked against a JWKS (the
  // bench's key, served here as an identity provider would), not the development key file.
  const keys = await loadOrCreateDevKeys(home);
  const jwks = await serveJwks({ keys: [{ ...(await exportJWK(keys.publicKey)), kid: keys.kid, alg: 'ES256', use: 'sig' }] });
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    ...runtimeUrls,
    ...portsEnv,
    LLAVERO_HOME: home,
    LLAVERO_QUIET: 'true',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    AUTH_JWKS_URL: jwks.url,
    AUTH_ISSUER: DEV_ISSUER,
    AUTH_AUDIENCE: DEV_AUDIENCE,
    AUDIT_CHAIN_KEY: randomBytes(32).toString('base64url'),
    GATEWAY_SIGNING_SECRET: randomBytes(32).toString('base64url'),
    RATE_LIMIT_PER_MINUTE: '100000000',
    RATE_LIMIT_PER_IP_PER_MINUTE: '100000000',
  };
  const stop = async () => {
    await Promise.all(
      children.filter(c => c.exitCode === null).map(c => new Promise(done => {
        const timer = setTimeout(() => c.kill('SIGKILL'), 10_000);
        c.once('exit', () => (clearTimeout(timer), done(undefined)));
        c.kill('SIGTERM');
      })),
    );
    await jwks.stop();
    rmSync(home, { recursive: true, force: true });
  };
  const subgraphUrls: Record<string, string> = {};
  const subgraphs: Proc[] = [];
  // A process that fails to start takes the ones already started down with it: nothing is left running.
  const started = async <T>(step: () => Promise<T>): Promise<T> => step().catch(async error => {
    await stop();
    throw error;
  });
  const services = [...SUBGRAPH_NAMES.map(name => ({ name, script: `dist/subgraphs/${name}/index.js` })), { name: 'dossier', script: 'dist/gateway/dossier/index.js' }];
  await started(() =>
    Promise.all(
      services.map(async ({ name, script }) => {
        const port = env[`${name.toUpperCase()}_PORT`];
        const { child, output } = spawnProcess(name, [script], env, children);
        await waitFor(`http://127.0.0.1:${port}/health/ready`, name, child, output);
        subgraphUrls[name] = `http://127.0.0.1:${port}/graphql`;
        subgraphs.push({ name, pid: child.pid!, url: subgraphUrls[name] });
      }),
    ),
  );
  const gatewayProcess = spawnProcess('gateway', ['dist/gateway/index.js'], env, children);
  await started(() => waitFor(`http://127.0.0.1:${env.PORT}/health/ready`, 'gateway', gatewayProcess.child, gatewayProcess.output));
  const token = await developmentIssuer(keys.privateKey, keys.kid)('bench');

  return {
    gateway: { name: 'llavero', pid: gatewayProcess.child.pid!, url: `http://127.0.0.1:${env.PORT}/graphql` },
    subgraphs,
    subgraphUrls,
    env,
    token,
    async startPeer(kind) {
      const { child, output } = spawnProcess(kind, ['dist/scripts/bench/peer-server.js', kind, JSON.stringify(subgraphUrls)], env, children);
      const url = await new Promise<string>((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`${kind} no arrancó:\n${output()}`)), 60_000);
        child.stdout!.on('data', () => {
          const match = /listo en (\S+)/.exec(output());
          if (match) (clearTimeout(timer), done(match[1]));
        });
        child.once('exit', code => fail(new Error(`${kind} terminó (${code}):\n${output()}`)));
      });
      return { name: kind, pid: child.pid!, url };
    },
    stop,
  };
}

/** The bench's own PostgreSQL: its owner's URL, and its data directory (postmaster.pid, for its CPU). */
export interface BenchDatabase {
  url: string;
  dataDir: string;
}

/** Runs `work` against a bench stack on its own throwaway embedded PostgreSQL, and stops both whatever happens. */
export async function withBenchStack<T>(work: (stack: BenchStack, database: BenchDatabase) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'llavero-bench-db-'));
  chmodSync(dir, 0o755);
  const database = await startEmbeddedPostgres({ dir, port: await freePort(), database: 'llavero_bench', persistent: false });
  try {
    const stack = await startBenchStack(database.url);
    try {
      return await work(stack, { url: database.url, dataDir: join(dir, 'data') });
    } finally {
      await stack.stop();
    }
  } finally {
    await database.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
