import autocannon from 'autocannon';
import { cpuSeconds, postgresCpuSeconds, rssMiB } from './proc-stats';
import type { Proc } from './processes';
import type { Workload } from './workloads';

// One measured run: autocannon at a fixed concurrency against one contender, after a warm-up, while the
// contender's RSS and the subgraphs' CPU are sampled from /proc.

export interface Sample {
  contender: string;
  /** Which round of the run (contenders alternate within a round); set by the caller. */
  round?: number;
  workload: string;
  requestsPerSecond: number;
  requests: number;
  p50: number;
  p99: number;
  failures: number;
  maxRssMiB: number;
  subgraphCpuSeconds: number;
  /** CPU seconds over the run: the contender's own process, the subgraphs, PostgreSQL, the load generator. */
  cpu: CpuSplit;
}

export interface CpuSplit {
  router: number;
  subgraphs: number;
  postgres: number;
  load: number;
}

let next = 0;

async function fire(url: string, token: string, workload: Workload, seconds: number) {
  return autocannon({
    url,
    method: 'POST',
    connections: workload.clients,
    duration: seconds,
    timeout: 60,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: workload.body,
    ...(workload.bodies ? { requests: [{ setupRequest: (request: Record<string, unknown>) => ({ ...request, body: workload.bodies![next++ % workload.bodies!.length] }) }] } : {}),
  } as autocannon.Options);
}

/** Load without measuring: brings a contender and the subgraphs behind it to their steady state (JIT, caches, pools). */
export async function warmUp(contender: Proc, token: string, workload: Workload, seconds: number): Promise<void> {
  await fire(contender.url, token, workload, seconds);
}

/** Checks the contender answers this workload without errors (a fast wrong answer is not a result). */
export async function checkAnswer(contender: Proc, token: string, workload: Workload): Promise<unknown> {
  const response = await fetch(contender.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: workload.body });
  const answer = (await response.json()) as { data?: unknown; errors?: unknown };
  if (!response.ok || answer.errors || !answer.data) throw new Error(`${contender.name} no responde bien a ${workload.name}: ${JSON.stringify(answer).slice(0, 500)}`);
  return answer.data;
}

/** Where the machine's CPU goes while one contender is under load. */
function cpuNow(contender: Proc, subgraphs: Proc[], postgresDataDir: string): CpuSplit {
  const own = process.cpuUsage();
  return {
    router: cpuSeconds(contender.pid),
    subgraphs: subgraphs.reduce((sum, p) => sum + cpuSeconds(p.pid), 0),
    postgres: postgresCpuSeconds(postgresDataDir),
    load: (own.user + own.system) / 1e6,
  };
}

export async function measure(contender: Proc, subgraphs: Proc[], postgresDataDir: string, token: string, workload: Workload, seconds: { warm: number; run: number }): Promise<Sample> {
  // Every workload is warmed and measured over time windows, the heavy ones too (the slowest, Hive on
  // 500 RUCs, still answers ~70 requests in 5 s): a run of 24 requests after 4 warm-up ones measured the
  // first requests after an idle spell (GC, cold caches), not the steady state.
  await fire(contender.url, token, workload, seconds.warm);
  let maxRss = rssMiB(contender.pid);
  const sampler = setInterval(() => (maxRss = Math.max(maxRss, rssMiB(contender.pid))), 250);
  const cpuBefore = cpuNow(contender, subgraphs, postgresDataDir);
  const started = process.hrtime.bigint();
  const result = await fire(contender.url, token, workload, seconds.run);
  const elapsedSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpuAfter = cpuNow(contender, subgraphs, postgresDataDir);
  clearInterval(sampler);
  const cpu = Object.fromEntries(Object.keys(cpuAfter).map(k => [k, cpuAfter[k as keyof CpuSplit] - cpuBefore[k as keyof CpuSplit]])) as unknown as CpuSplit;
  return {
    contender: contender.name,
    workload: workload.name,
    requestsPerSecond: result.requests.total / elapsedSeconds,
    requests: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
    maxRssMiB: maxRss,
    subgraphCpuSeconds: cpu.subgraphs,
    cpu,
  };
}
