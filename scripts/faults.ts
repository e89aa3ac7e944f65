import { parseArgs } from 'node:util';
import type { Scenario } from './faults/client';
import { restartDatabase } from './faults/database-restart';
import { concurrentDecisions, idempotentReplays } from './faults/decisions';
import { fuzz } from './faults/fuzz';
import { startFaultStack, type FaultStack } from './faults/stack';
import { killEachSubgraph, pauseSubgraph } from './faults/subgraph-outages';

// `npm run test:faults`: the fault suite against real processes on 127.0.0.1 (its own PostgreSQL, four
// subgraphs, the gateway). Prints each scenario's figures and checks; exits 1 when any check fails.
// `-- --seed N` replays a fuzzing run; `-- --only fuzz,decisiones` runs some scenarios.

const LIMIT_MS = 6 * 60_000;
/** The running stack, so the time limit can still stop every process it started. */
let running: FaultStack | undefined;

const SCENARIOS: Array<[string, (stack: FaultStack, seed: number) => Promise<Scenario>]> = [
  ['caidas', stack => killEachSubgraph(stack)],
  ['pausa', stack => pauseSubgraph(stack)],
  ['decisiones', stack => concurrentDecisions(stack)],
  ['idempotencia', stack => idempotentReplays(stack)],
  ['postgres', stack => restartDatabase(stack)],
  ['fuzz', (stack, seed) => fuzz(stack, seed)],
];

function print(scenario: Scenario, ms: number): void {
  const rows: Array<[string, string | number]> = [
    ['solicitudes enviadas', scenario.sent],
    ...[...scenario.statuses].sort().map(([key, n]): [string, number] => [`respuestas ${key}`, n]),
    ...scenario.figures,
    ['duración del escenario (ms)', ms],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`\n=== ${scenario.name}`);
  for (const [key, value] of rows) console.log(`  ${key.padEnd(width)}  ${value}`);
  for (const ok of scenario.passed) console.log(`  ✔ ${ok}`);
  for (const failure of scenario.failures) console.log(`  ✘ ${failure}`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { seed: { type: 'string' }, only: { type: 'string' }, verbose: { type: 'boolean', default: false } } });
  const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
  const only = values.only?.split(',').map(s => s.trim());
  const chosen = SCENARIOS.filter(([name]) => !only || only.includes(name));
  console.log(`[faults] semilla del fuzzing: ${seed} (repetir: npm run test:faults -- --seed ${seed})`);
  const started = Date.now();
  const stack = await startFaultStack(line => values.verbose && console.error(line));
  running = stack;
  console.log(`[faults] pila lista en ${Date.now() - started} ms: pasarela ${stack.gatewayUrl}, PID ${JSON.stringify(stack.pids())}`);
  let failed = 0;
  const summary: string[] = [];
  try {
    for (const [name, run] of chosen) {
      const scenarioStarted = Date.now();
      const scenario = await run(stack, seed).catch((error: Error) => {
        console.log(`\n=== ${name}: el escenario se interrumpió: ${error.stack ?? error.message}`);
        return undefined;
      });
      if (!scenario) {
        failed += 1;
        summary.push(`✘ ${name}: interrumpido`);
        continue;
      }
      print(scenario, Date.now() - scenarioStarted);
      failed += scenario.failures.length;
      summary.push(`${scenario.failures.length ? '✘' : '✔'} ${scenario.name}: ${scenario.passed.length} comprobaciones bien, ${scenario.failures.length} mal, ${scenario.sent} solicitudes`);
    }
  } finally {
    await stack.stop();
  }
  console.log(`\n[faults] resumen (${((Date.now() - started) / 1000).toFixed(1)} s, semilla ${seed}):`);
  for (const line of summary) console.log(`  ${line}`);
  return failed ? 1 : 0;
}

const deadline = setTimeout(() => {
  console.error(`[faults] la suite superó ${LIMIT_MS / 60_000} minutos: se detiene (fallo).`);
  const stopped = running?.stop().catch(() => undefined);
  void Promise.race([stopped, new Promise(r => setTimeout(r, 15_000))]).finally(() => process.exit(1));
}, LIMIT_MS);
deadline.unref();

main().then(
  code => process.exit(code),
  error => {
    console.error(`[faults] la suite no pudo correr: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
