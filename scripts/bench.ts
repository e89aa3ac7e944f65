import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { hiveGatewayInstalled } from '../gateway/peers/hive-gateway';
import { addRecoveryRows, countRequestRows, seedDataset, TEN_YEARS } from './bench/dataset';
import { checkAnswer, measure, warmUp, type Sample } from './bench/load';
import { withBenchStack, type Proc } from './bench/processes';
import { median, renderReport, summarise, type Figures, type Target } from './bench/report';
import { batchWorkload, dossierWorkload, reportWorkload, type Workload } from './bench/workloads';

// `npm run bench` (`-- --quick` for development): Llavero's gateway against a plain @apollo/gateway,
// Hive Gateway and the floor (no router), on the same running subgraphs and a synthetic country in the
// bench's own embedded PostgreSQL, alternating contenders; report in bench/results/latest.md.

const ROOT = resolve(__dirname, '../..');
const QUICK = process.argv.includes('--quick');
// autocannon ends a run on a whole second (its 1 s tick), so windows are whole seconds. --quick (figures
// indicative only) must finish in under three minutes, on a first run with Hive Gateway's install too.
const PLAN = QUICK
  ? { taxpayers: 3_000, lowRows: 10_000, highRows: 100_000, seconds: { warm: 1, run: 1 }, rounds: 1, settleMs: 1_000 }
  : { taxpayers: 100_000, lowRows: 100_000, highRows: 1_000_000, seconds: { warm: 2, run: 5 }, rounds: 3, settleMs: 5_000 };
/** Subgraph entity calls per CPU-second of the floor before issue 15 (about 2.5 ms of CPU per call). */
const FLOOR_BEFORE = 400;

async function sqlStatementsBySchema(subgraphs: Proc[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const subgraph of subgraphs.filter(s => s.name !== 'dossier')) {
    const text = await (await fetch(subgraph.url.replace(/\/graphql$/, '/metrics'))).text();
    counts[subgraph.name] = Number(new RegExp(`llavero_db_statements_total\\{schema="${subgraph.name}"\\} (\\d+)`).exec(text)?.[1] ?? 0);
  }
  return counts;
}

/** `npm ci --prefix bench` when Hive Gateway is not there yet; its output only when it fails. */
async function installHiveGateway(): Promise<void> {
  if (hiveGatewayInstalled()) return;
  console.log('[bench] instalando Hive Gateway en bench/ (npm ci --prefix bench)…');
  const npm = spawn('npm', ['ci', '--prefix', join(ROOT, 'bench'), '--no-audit', '--no-fund'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  npm.stdout.on('data', chunk => (output += chunk));
  npm.stderr.on('data', chunk => (output += chunk));
  const code = await new Promise<number | null>(done => npm.once('close', done));
  if (code !== 0) throw new Error(`npm ci --prefix bench falló (${code}):\n${output}`);
}

function rotate<T>(items: T[], by: number): T[] {
  return items.map((_, i) => items[(i + by) % items.length]);
}

async function main(): Promise<void> {
  const startedAt = new Date();
  // A first run installs Hive Gateway while the stack starts and the data is seeded (half a minute saved).
  const hiveInstalled = installHiveGateway();
  hiveInstalled.catch(() => undefined); // a failure is thrown where it is awaited, inside the stack's cleanup
  await withBenchStack(async (stack, database) => {
    console.log(`[bench] sembrando ${PLAN.taxpayers.toLocaleString('en')} contribuyentes…`);
    const dataset = await seedDataset(database.url, PLAN.taxpayers);
    if (dataset.requestRows < PLAN.lowRows) await addRecoveryRows(database.url, dataset.busyRucs, PLAN.lowRows - dataset.requestRows);
    await hiveInstalled;
    const peers = [await stack.startPeer('plain'), await stack.startPeer('hive'), await stack.startPeer('floor')];
    const contenders = [stack.gateway, ...peers];
    const busy = dataset.busyRucs;
    // The demo RUCs (a public institution with SAL keys, a company, a person) and busy natural persons.
    const dossierRucs = ['1760001630001', '1791234561001', '1712345675001', ...busy.slice(0, 997)];
    const low = `${PLAN.lowRows / 1000}k`;
    const high = PLAN.highRows >= 1_000_000 ? `${PLAN.highRows / 1_000_000}M` : `${PLAN.highRows / 1000}k`;
    const first: Workload[] = [
      dossierWorkload(dossierRucs, 1),
      dossierWorkload(dossierRucs, 20),
      batchWorkload(busy, 1, 1),
      batchWorkload(busy, 500, 1),
      batchWorkload(busy, 1, 4),
      batchWorkload(busy, 100, 4),
      batchWorkload(busy, 500, 4),
      reportWorkload(TEN_YEARS.from, TEN_YEARS.to, low, 4),
    ];
    const second = [reportWorkload(TEN_YEARS.from, TEN_YEARS.to, high, 4)];
    const samples: Sample[] = [];
    const run = async (workloads: Workload[]) => {
      for (const workload of workloads) {
        const answers = await Promise.all(contenders.map(c => checkAnswer(c, stack.token, workload)));
        // The routers must agree on the answer (the floor builds its own shape).
        for (let i = 1; i < 3; i++) if (JSON.stringify(answers[i]) !== JSON.stringify(answers[0])) throw new Error(`${contenders[i].name} responde distinto a llavero en ${workload.name}`);
      }
      // Before the first round, every contender through every workload once, unmeasured: without it the first
      // round's first workload ran 25–35 % slower for the routers than the later rounds (JIT, caches). Not in
      // --quick (one round, figures indicative only), which must stay under three minutes.
      if (!QUICK) for (const workload of workloads) for (const contender of contenders) await warmUp(contender, stack.token, workload, PLAN.seconds.warm);
      for (let round = 0; round < PLAN.rounds; round++) {
        for (const workload of workloads) {
          for (const contender of rotate(contenders, round)) {
            const sample = { ...(await measure(contender, stack.subgraphs, database.dataDir, stack.token, workload, PLAN.seconds)), round };
            samples.push(sample);
            console.log(`[bench] ${workload.name.padEnd(16)} ${contender.name.padEnd(8)} ${sample.requestsPerSecond.toFixed(1).padStart(8)} req/s  p50 ${sample.p50} ms  p99 ${sample.p99} ms  RSS ${sample.maxRssMiB.toFixed(0)} MiB${sample.failures ? `  ${sample.failures} FALLOS` : ''}`);
          }
        }
      }
    };
    await run(first);
    const sqlStatements: { rucs: number; bySchema: Record<string, number> }[] = [];
    // Background work (the outbox sender's polls) also sends SQL: the fewest over five requests is the request's own.
    for (const size of [1, 500]) {
      const tries: Record<string, number>[] = [];
      for (let i = 0; i < 5; i++) {
        const before = await sqlStatementsBySchema(stack.subgraphs);
        await checkAnswer(stack.gateway, stack.token, batchWorkload(busy, size, 1));
        const after = await sqlStatementsBySchema(stack.subgraphs);
        tries.push(Object.fromEntries(Object.keys(after).map(s => [s, after[s] - before[s]])));
      }
      sqlStatements.push({ rucs: size, bySchema: Object.fromEntries(Object.keys(tries[0]).map(s => [s, Math.min(...tries.map(t => t[s]))])) });
    }
    console.log(`[bench] añadiendo filas hasta ${PLAN.highRows.toLocaleString('en')} solicitudes…`);
    await addRecoveryRows(database.url, busy, PLAN.highRows - (await countRequestRows(database.url)));
    await new Promise(settle => setTimeout(settle, PLAN.settleMs)); // autovacuum and the writer catch up before timing
    await run(second);

    // Where the gateway's memory is after the load: V8 heap (used, reserved), buffers outside it, RSS.
    const gatewayMetrics = await (await fetch(stack.gateway.url.replace(/\/graphql$/, '/metrics'))).text();
    const memory = Object.fromEntries(
      ['nodejs_heap_size_used_bytes', 'nodejs_heap_size_total_bytes', 'nodejs_external_memory_bytes', 'process_resident_memory_bytes'].map(name => [
        name,
        Number(new RegExp(`^llavero_${name}(?:\\{[^}]*\\})? (\\d+)`, 'm').exec(gatewayMetrics)?.[1] ?? NaN) / 2 ** 20,
      ]),
    );
    console.log(`[bench] memoria de la pasarela tras la carga (MiB): ${JSON.stringify(memory)}`);
    const table = summarise(samples);
    const get = (workload: string, contender: string): Figures => table.get(workload)!.get(contender)!;
    // The machine's speed drifts from round to round (by half, in some runs), the same for every contender
    // of a round: a router ratio is taken within each round, where the contenders ran back to back, and
    // the median of the rounds is the figure.
    /** requests/s of (workload, contender) `a` over `b`, per round; the median of the rounds against `goal`. */
    const rounds = [...new Set(samples.map(s => s.round ?? 0))];
    const sampleOf = (workload: string, contender: string, round: number): Sample =>
      samples.find(s => s.workload === workload && s.contender === contender && (s.round ?? 0) === round)!;
    const roundRatios = ([aWorkload, aContender]: [string, string], [bWorkload, bContender]: [string, string]): number[] =>
      rounds.map(round => sampleOf(aWorkload, aContender, round).requestsPerSecond / sampleOf(bWorkload, bContender, round).requestsPerSecond);
    const roundRatio = (what: string, goal: number, a: [string, string], b: [string, string]): Target => {
      const ratios = roundRatios(a, b);
      const value = median(ratios);
      return { what: `${what} (median of the rounds: ${ratios.map(r => r.toFixed(2)).join(', ')})`, value, goal: `≥ ${goal.toFixed(1)}`, met: value >= goal };
    };
    /**
     * The time of one `taxpayers` request of 500 RUCs over one of 1 RUC, each alone on the stack (one client):
     * the mean time of a request is 1 / requests per second, exact where autocannon's p50 is whole milliseconds.
     */
    const batchTimeRatio = (contender: string, goal: number | null): Target => {
      const ratios = roundRatios(['taxpayers-1-alone', contender], ['taxpayers-500-alone', contender]);
      const value = median(ratios);
      const what = `${contender === 'llavero' ? 'llavero' : `${contender}, for comparison`}: taxpayers 500 RUCs / 1 RUC, time of one request alone on the stack (1 client; median of the rounds: ${ratios.map(r => r.toFixed(2)).join(', ')})`;
      return { what, value, goal: goal === null ? '—' : `≤ ${goal}`, met: goal === null ? null : value <= goal };
    };
    /** Per round: what the machine's cores allow at 20 clients (at their CPU per request, all processes) over the 1-client rate. */
    const scalingCeiling = (): Target => {
      const ceilings = rounds.map(round => {
        const busy = sampleOf('dossier-20', 'llavero', round);
        const cpuPerRequest = Object.values(busy.cpu).reduce((sum, seconds) => sum + seconds, 0) / busy.requests;
        return cpus().length / cpuPerRequest / sampleOf('dossier-1', 'llavero', round).requestsPerSecond;
      });
      const what = `llavero, for comparison: the most 20 clients can give over 1 on ${cpus().length} cores (cores / CPU per request at 20 clients, every process, ÷ requests/s at 1 client; median of the rounds: ${ceilings.map(c => c.toFixed(2)).join(', ')})`;
      return { what, value: median(ceilings), goal: '—', met: null };
    };
    const targets: Target[] = [
      roundRatio('dossier, 20 clients: llavero / hive (requests/s)', 1, ['dossier-20', 'llavero'], ['dossier-20', 'hive']),
      roundRatio('dossier, 20 clients: llavero / plain @apollo/gateway', 1, ['dossier-20', 'llavero'], ['dossier-20', 'plain']),
      roundRatio('dossier, 20 clients: llavero / floor', 0.8, ['dossier-20', 'llavero'], ['dossier-20', 'floor']),
      { what: `floor: subgraph entity calls per CPU-second / before (${FLOOR_BEFORE})`, value: get('dossier-20', 'floor').entityCallsPerCpuSecond / FLOOR_BEFORE, goal: '≥ 2.0', met: get('dossier-20', 'floor').entityCallsPerCpuSecond >= 2 * FLOOR_BEFORE },
      roundRatio('llavero: 20 clients / 1 client (requests/s)', 1.5, ['dossier-20', 'llavero'], ['dossier-1', 'llavero']),
      // No target: 20 clients cannot do more than the machine's cores allow at their CPU per request, and one
      // client already keeps several processes busy at once (the gateway, four subgraphs, PostgreSQL).
      scalingCeiling(),
      { what: 'llavero gateway RSS under load, MiB (max over the dossier runs)', value: Math.max(get('dossier-20', 'llavero').maxRssMiB, get('dossier-1', 'llavero').maxRssMiB), goal: '≤ 200', met: Math.max(get('dossier-20', 'llavero').maxRssMiB, get('dossier-1', 'llavero').maxRssMiB) <= 200 },
      batchTimeRatio('llavero', 3),
      // No target: what the subgraphs alone allow (no router can batch better than calling them directly).
      batchTimeRatio('floor', null),
      // Under load the p50 holds the queue too: on 2 cores it follows the CPU a request costs, not its own time.
      { what: 'llavero: taxpayers 500 RUCs / 1 RUC under load (4 clients, p50 time)', value: get('taxpayers-500', 'llavero').p50 / Math.max(1, get('taxpayers-1', 'llavero').p50), goal: '≤ 3', met: get('taxpayers-500', 'llavero').p50 <= 3 * Math.max(1, get('taxpayers-1', 'llavero').p50) },
      { what: 'floor, for comparison: taxpayers 500 RUCs / 1 RUC under load (4 clients, p50 time)', value: get('taxpayers-500', 'floor').p50 / Math.max(1, get('taxpayers-1', 'floor').p50), goal: '—', met: null },
      { what: 'SQL statements per subgraph, 500 RUCs − 1 RUC (largest difference)', value: Math.max(...Object.keys(sqlStatements[0].bySchema).map(s => Math.abs(sqlStatements[1].bySchema[s] - sqlStatements[0].bySchema[s]))), goal: '0', met: Object.keys(sqlStatements[0].bySchema).every(s => sqlStatements[1].bySchema[s] === sqlStatements[0].bySchema[s]) },
      { what: `llavero: attentionReport at ${high} / at ${low} rows (p50 time)`, value: get(`report-${high}`, 'llavero').p50 / Math.max(1, get(`report-${low}`, 'llavero').p50), goal: '≤ 1.2', met: get(`report-${high}`, 'llavero').p50 <= 1.2 * Math.max(1, get(`report-${low}`, 'llavero').p50) },
    ];
    const labels = Object.fromEntries([...first, ...second].map(w => [w.name, w.label]));
    const markdown = renderReport({
      quick: QUICK,
      startedAt,
      seconds: PLAN.seconds.run,
      rounds: PLAN.rounds,
      dataset: { taxpayers: dataset.taxpayers, lowRows: PLAN.lowRows, highRows: PLAN.highRows },
      labels,
      table,
      sqlStatements,
      targets,
      gatewayMemory: memory,
      machine: `${cpus().length} cores (${cpus()[0]?.model ?? 'cpu'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    });
    mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench', 'results', QUICK ? 'quick.md' : 'latest.md'), `${markdown}\n`);
    console.log(`\n${markdown}`);
    console.log(`[bench] informe en bench/results/${QUICK ? 'quick' : 'latest'}.md (${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)} s)`);
  });
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
