import type { CpuSplit, Sample } from './load';

// The benchmark's report: figures per workload and contender, then the ratios the targets are set on
// (ratios from one run on one machine compare; absolute figures move from run to run).

export interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  maxRssMiB: number;
  entityCallsPerCpuSecond: number;
  /** CPU milliseconds per request, by process: the contender's, the subgraphs', PostgreSQL's, the load generator's. */
  cpuMsPerRequest: CpuSplit;
  failures: number;
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** Entity calls a dossier of `rucs` RUCs makes: one per subgraph (the four services). */
const ENTITY_CALLS_PER_REQUEST = 4;

export function summarise(samples: Sample[]): Map<string, Map<string, Figures>> {
  const table = new Map<string, Map<string, Figures>>();
  for (const sample of samples) {
    if (!table.has(sample.workload)) table.set(sample.workload, new Map());
  }
  for (const [workload, byContender] of table) {
    const mine = samples.filter(s => s.workload === workload);
    for (const contender of [...new Set(mine.map(s => s.contender))]) {
      const runs = mine.filter(s => s.contender === contender);
      byContender.set(contender, {
        requestsPerSecond: mean(runs.map(r => r.requestsPerSecond)),
        p50: median(runs.map(r => r.p50)),
        p99: median(runs.map(r => r.p99)),
        maxRssMiB: Math.max(...runs.map(r => r.maxRssMiB)),
        entityCallsPerCpuSecond: (ENTITY_CALLS_PER_REQUEST * runs.reduce((n, r) => n + r.requests, 0)) / runs.reduce((n, r) => n + r.subgraphCpuSeconds, 0),
        cpuMsPerRequest: Object.fromEntries(
          (['router', 'subgraphs', 'postgres', 'load'] as const).map(k => [k, (1000 * runs.reduce((n, r) => n + r.cpu[k], 0)) / runs.reduce((n, r) => n + r.requests, 0)]),
        ) as unknown as CpuSplit,
        failures: runs.reduce((n, r) => n + r.failures, 0),
      });
    }
  }
  return table;
}

export interface Target {
  what: string;
  value: number;
  goal: string;
  /** null: a figure shown beside the targets to explain one, not a target itself. */
  met: boolean | null;
}

export interface ReportInput {
  quick: boolean;
  startedAt: Date;
  seconds: number;
  rounds: number;
  dataset: { taxpayers: number; lowRows: number; highRows: number };
  labels: Record<string, string>;
  table: Map<string, Map<string, Figures>>;
  sqlStatements: { rucs: number; bySchema: Record<string, number> }[];
  targets: Target[];
  machine: string;
  /** The gateway's memory after the whole load, MiB, from its /metrics. */
  gatewayMemory: Record<string, number>;
}

const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');

export function renderReport(input: ReportInput): string {
  const lines: string[] = [];
  lines.push(`# Llavero benchmark${input.quick ? ' (--quick: tiny data, one round; figures indicative only)' : ''}`);
  lines.push('');
  lines.push(`Run ${input.startedAt.toISOString()} on ${input.machine}. Every process on this one machine, loopback HTTP; autocannon in the bench process; ${input.rounds} round(s) of ${input.seconds} s per contender and workload after a warm-up, contenders alternated. Measured as deployed: NODE_ENV=production, tokens checked against a JWKS (served by the bench), Llavero's gateway and subgraphs with their V8 flags (shared/node-flags.ts), the peers with Node's defaults.`);
  lines.push(`Data: ${input.dataset.taxpayers.toLocaleString('en')} taxpayers with valid RUCs over the four services; attention figures at ${input.dataset.lowRows.toLocaleString('en')} and ${input.dataset.highRows.toLocaleString('en')} request rows.`);
  lines.push('');
  lines.push('Contenders: **llavero** (Llavero’s gateway: limits, audit trail, breakers, in-process dossier), **plain** (`@apollo/gateway` + `@apollo/server` on `schema/supergraph.graphql`, only the identity signing), **hive** (Hive Gateway with the signing plugin), **floor** (no router: the four subgraphs called directly, in parallel, signed).');
  lines.push('');
  lines.push('## Targets');
  lines.push('');
  lines.push('| target | measured | goal | met |');
  lines.push('|---|---|---|---|');
  for (const target of input.targets) lines.push(`| ${target.what} | ${fixed(target.value, 2)} | ${target.goal} | ${target.met === null ? '—' : target.met ? 'yes' : '**no**'} |`);
  lines.push('');
  lines.push('## Figures');
  for (const [workload, byContender] of input.table) {
    lines.push('');
    lines.push(`### ${input.labels[workload] ?? workload}`);
    lines.push('');
    lines.push('| contender | requests/s | p50 ms | p99 ms | RSS MiB (max) | subgraph entity calls per CPU-second | failed |');
    lines.push('|---|---|---|---|---|---|---|');
    for (const [contender, f] of byContender) {
      lines.push(`| ${contender} | ${fixed(f.requestsPerSecond)} | ${f.p50} | ${f.p99} | ${fixed(f.maxRssMiB, 0)} | ${fixed(f.entityCallsPerCpuSecond, 0)} | ${f.failures} |`);
    }
  }
  lines.push('');
  lines.push('## CPU per request, by process (ms)');
  lines.push('');
  lines.push('Read from /proc over each measured run: the contender\'s own process (for the floor, its small client), the five subgraph processes (the dossier service included: plain and Hive call it over HTTP, Llavero serves it in-process), PostgreSQL (postmaster and backends), and autocannon in the bench process. With every process on 2 cores, the total is what a request costs the machine.');
  lines.push('');
  lines.push('| workload | contender | router | subgraphs | PostgreSQL | load generator | total |');
  lines.push('|---|---|---|---|---|---|---|');
  for (const [workload, byContender] of input.table) {
    for (const [contender, f] of byContender) {
      const c = f.cpuMsPerRequest;
      lines.push(`| ${workload} | ${contender} | ${fixed(c.router, 2)} | ${fixed(c.subgraphs, 2)} | ${fixed(c.postgres, 2)} | ${fixed(c.load, 2)} | ${fixed(c.router + c.subgraphs + c.postgres + c.load, 2)} |`);
    }
  }
  lines.push('');
  lines.push('## SQL statements per subgraph, one `taxpayers` request through Llavero');
  lines.push('');
  const schemas = Object.keys(input.sqlStatements[0]?.bySchema ?? {});
  lines.push(`| RUCs | ${schemas.join(' | ')} |`);
  lines.push(`|---|${schemas.map(() => '---').join('|')}|`);
  for (const row of input.sqlStatements) lines.push(`| ${row.rucs} | ${schemas.map(s => row.bySchema[s]).join(' | ')} |`);
  lines.push('');
  lines.push('## Llavero gateway memory after the load (MiB)');
  lines.push('');
  lines.push(Object.entries(input.gatewayMemory).map(([name, value]) => `${name.replace(/_bytes$/, '')}: ${fixed(value, 0)}`).join(' · '));
  lines.push('');
  return lines.join('\n');
}
