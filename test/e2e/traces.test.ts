import { spawn, type ChildProcess } from 'node:child_process';
import { launcherPorts } from '../support/launcher-ports';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { postGraphQL } from '../support/graphql-client';

// `npm start` with OTEL_EXPORTER_OTLP_ENDPOINT pointing at a collector of our own (OTLP/HTTP JSON, as the
// exporter sends it): one dossier request must come back as one trace across the gateway and the subgraphs.

const ROOT = resolve(__dirname, '../../..');
const RUC = '1760001630001';
const DOSSIER = `{ taxpayer(ruc: "${RUC}") { salInstitution { name } salAccessKeys { status holderNames } systemKeyRecoveries { status } iessEmployer { businessName } } }`;

interface CollectedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: Record<string, unknown>;
}

interface OtlpJson {
  resourceSpans: Array<{
    resource: { attributes: OtlpAttribute[] };
    scopeSpans: Array<{ spans: Array<{ traceId: string; spanId: string; parentSpanId?: string; name: string; attributes?: OtlpAttribute[] }> }>;
  }>;
}
interface OtlpAttribute {
  key: string;
  value: Record<string, unknown>;
}

const attributes = (list: OtlpAttribute[] = []) => Object.fromEntries(list.map(a => [a.key, Object.values(a.value)[0]]));

/** A tiny OTLP/HTTP collector: keeps every span POSTed to /v1/traces. */
function startCollector(): Promise<{ server: Server; url: string; spans: CollectedSpan[] }> {
  const spans: CollectedSpan[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', chunk => (body += chunk));
    req.on('end', () => {
      if (req.url === '/v1/traces') {
        for (const resource of (JSON.parse(body) as OtlpJson).resourceSpans) {
          const service = String(attributes(resource.resource.attributes)['service.name']);
          for (const scope of resource.scopeSpans)
            for (const span of scope.spans) spans.push({ service, traceId: span.traceId, spanId: span.spanId, parentSpanId: span.parentSpanId || undefined, name: span.name, attributes: attributes(span.attributes) });
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return new Promise(done => server.listen(0, '127.0.0.1', () => done({ server, spans, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

async function launch(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; port: number }> {
  const { port, env: portsEnv } = await launcherPorts();
  const child = spawn(process.execPath, [join(ROOT, 'dist/scripts/start.js')], {
    env: { ...env, ...portsEnv, LLAVERO_QUIET: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', chunk => (output += chunk));
  child.stderr!.on('data', chunk => (output += chunk));
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`npm start did not get ready in 90 s:\n${output}`)), 90_000);
    child.stdout!.on('data', () => output.includes('Llavero está listo') && (clearTimeout(timer), done()));
    child.once('exit', code => fail(new Error(`npm start exited with ${code}:\n${output}`)));
  });
  return { child, port };
}

async function devToken(env: NodeJS.ProcessEnv): Promise<string> {
  const child = spawn(process.execPath, [join(ROOT, 'dist/scripts/token.js'), '--role', 'front-office'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', chunk => (output += chunk));
  await new Promise(done => child.once('exit', done));
  return output.trim().split('\n').pop()!;
}

/** The trace as an indented tree, one span a line: what the final report shows. */
export function printTrace(spans: CollectedSpan[]): string {
  const children = (id?: string) => spans.filter(s => s.parentSpanId === id || (!id && !spans.some(p => p.spanId === s.parentSpanId)));
  const lines: string[] = [];
  const walk = (span: CollectedSpan, depth: number) => {
    lines.push(`${'  '.repeat(depth)}[${span.service}] ${span.name}`);
    for (const child of children(span.spanId)) walk(child, depth + 1);
  };
  for (const root of children(undefined)) walk(root, 0);
  return lines.join('\n');
}

describe('traces (OpenTelemetry, OTLP/HTTP)', () => {
  let database: TestDatabase;
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let launched: { child: ChildProcess; port: number } | undefined;
  const home = mkdtempSync(join(tmpdir(), 'llavero-home-'));

  beforeAll(async () => {
    chmodSync(home, 0o755);
    database = await createTestDatabase();
    collector = await startCollector();
  });

  /** SIGTERM to `npm start`, as Ctrl+C: each process stops its server, then sends the spans it still holds. */
  async function stopLaunched(): Promise<void> {
    if (!launched || launched.child.exitCode !== null) return;
    const exited = new Promise(done => launched!.child.once('exit', done));
    launched.child.kill('SIGTERM');
    await exited;
  }

  afterAll(async () => {
    await stopLaunched();
    await new Promise(done => collector.server.close(done));
    await database.drop();
    rmSync(home, { recursive: true, force: true });
  });

  test('one dossier request is one trace (gateway, subgraphs under it, their SQL), sent at the latest when the processes stop, with no personal data', async () => {
    const { DATABASE_URL: _ignored, ...inherited } = process.env;
    const env = { ...inherited, LLAVERO_HOME: home, OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_BSP_SCHEDULE_DELAY: '600000' };
    launched = await launch({ ...env, DATABASE_URL: database.url });
    const requestId = crypto.randomUUID();
    const token = await devToken(env);
    const answer = await postGraphQL(`http://localhost:${launched.port}/graphql`, DOSSIER, {}, { authorization: `Bearer ${token}`, 'x-request-id': requestId });
    expect(answer.errors).toBeUndefined();
    // With batches due only every 10 minutes, the spans below can only have come from the flush at stop.
    expect(collector.spans).toEqual([]);
    await stopLaunched();

    // The request's trace is the one whose gateway server span carries its x-request-id.
    let trace: CollectedSpan[] = [];
    for (let waited = 0; waited < 15_000; waited += 250) {
      const root = collector.spans.find(s => s.service === 'gateway' && s.attributes['llavero.request_id'] === requestId && !s.parentSpanId);
      trace = root ? collector.spans.filter(s => s.traceId === root.traceId) : [];
      if (new Set(trace.map(s => s.service)).size >= 4 && trace.some(s => s.name.startsWith('pg.query'))) break;
      await new Promise(r => setTimeout(r, 250));
    }
    console.log(`trace ${trace[0]?.traceId}:\n${printTrace(trace)}`);

    const services = new Set(trace.map(s => s.service));
    expect([...services].sort()).toEqual(['gateway', 'iess', 'sal', 'sut']);
    // Every subgraph's server span hangs off a gateway span: the context crossed the wire in traceparent.
    const byId = new Map(trace.map(s => [s.spanId, s]));
    const subgraphRoots = trace.filter(s => s.service !== 'gateway' && byId.get(s.parentSpanId ?? '')?.service === 'gateway');
    expect(new Set(subgraphRoots.map(s => s.service))).toEqual(new Set(['sal', 'sut', 'iess']));
    for (const root of subgraphRoots) expect(root.attributes['llavero.request_id']).toBe(requestId);
    // Named by their route, as the gateway's are (a subgraph's /graphql is served without Express).
    for (const root of subgraphRoots) expect(root.name).toBe('POST /graphql');
    // A database query inside a subgraph, under that subgraph's own spans.
    const query = trace.find(s => s.name.startsWith('pg.query') && s.service === 'sal');
    expect(query).toBeDefined();
    expect(byId.get(query!.parentSpanId!)?.service).toBe('sal');
    expect(trace.some(s => s.service === 'gateway' && s.name.startsWith('graphql.'))).toBe(true);

    // No RUC, no e-mail, no holder name in any attribute: variables and literal values are never recorded.
    const values = trace.flatMap(s => Object.values(s.attributes).map(String));
    const holderNames = answer.data!.taxpayer.salAccessKeys.flatMap((k: { holderNames: unknown }) => String(k.holderNames).split(/\s+/)).filter((w: string) => w.length > 3);
    expect(values.filter(v => v.includes(RUC) || /[\w.+-]+@[\w-]+\.[\w.]+/.test(v) || holderNames.some((n: string) => v.includes(n)))).toEqual([]);
  });
});

describe('without OTEL_EXPORTER_OTLP_ENDPOINT', () => {
  /** Which of our tracing packages a process has loaded once the gateway's code is in. */
  async function loadedTracingPackages(endpoint: string | undefined): Promise<string[]> {
    const probe = `
      const { startTracing } = require(${JSON.stringify(join(ROOT, 'dist/shared/observability/tracing.js'))});
      const tracing = startTracing('gateway', { endpoint: ${JSON.stringify(endpoint)}, namespace: 'llavero', sampleRatio: 1, exportDelayMs: 5000 });
      require(${JSON.stringify(join(ROOT, 'dist/gateway/server.js'))});
      console.log(JSON.stringify([...new Set(Object.keys(require.cache).flatMap(path => path.match(/node_modules\\/@opentelemetry\\/(sdk-node|sdk-trace-base|exporter-trace-otlp-http|instrumentation[^/]*)\\//)?.[1] ?? []))]));
      tracing.stop();`;
    const child = spawn(process.execPath, ['-e', probe], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout!.on('data', chunk => (output += chunk));
    expect(await new Promise(done => child.once('exit', done))).toBe(0);
    return JSON.parse(output.trim().split('\n').pop()!);
  }

  // @apollo/gateway brings its own OpenTelemetry packages for usage reporting: only ours are counted.
  test('no tracing SDK nor instrumentation is even loaded (and with an endpoint they are)', async () => {
    expect(await loadedTracingPackages(undefined)).toEqual([]);
    expect(await loadedTracingPackages('http://127.0.0.1:9')).toEqual(expect.arrayContaining(['sdk-node', 'instrumentation-pg', 'instrumentation-undici']));
  });
});
