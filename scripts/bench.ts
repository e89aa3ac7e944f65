import 'reflect-metadata';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqlStatementCount } from '../shared/database/data-source';
import { startEmbeddedPostgres } from '../shared/database/embedded';
import { SUBGRAPH_NAMES } from '../shared/env';
import { freePort } from '../test/support/global-setup';
import { naturalPersonRucs } from '../test/support/ruc-factory';
import { startSubgraphsAndGateway, type Stack } from '../test/support/stack';
import { measureThroughput } from './bench-throughput';

// `npm run bench`: the whole stack in one process on an embedded PostgreSQL, real HTTP between
// gateway and subgraphs. Figures are ratios against the single-RUC dossier measured in the same run,
// so they compare across machines; absolute milliseconds are printed only as context.

const ITERATIONS = 15;
const BATCH = `query ($rucs: [String!]!) { taxpayers(rucs: $rucs) {
  ruc salInstitution { name } salAccessKeys { status } systemKeyRecoveries { status }
  trainerCredentials { status } iessEmployer { businessName } iessEmployerKeyRequests { status } } }`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function measure(stack: Stack, rucs: string[]) {
  const times: number[] = [];
  let statements = 0;
  for (let i = 0; i < ITERATIONS + 3; i++) {
    const before = SUBGRAPH_NAMES.reduce((sum, name) => sum + sqlStatementCount(stack.dataSources[name]), 0);
    const start = process.hrtime.bigint();
    const result = await stack.queryGateway(BATCH, { rucs });
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    statements = SUBGRAPH_NAMES.reduce((sum, name) => sum + sqlStatementCount(stack.dataSources[name]), 0) - before;
    if (i >= 3) times.push(elapsed); // the first three warm caches and JIT
  }
  return { ms: median(times), statements };
}

const QUICK = process.argv.includes('--quick');

/** The dossier at 1 and 20 clients, on the stack as npm start runs it. */
async function throughput(): Promise<void> {
  const rows = await measureThroughput(QUICK ? 3 : 10, QUICK ? 1 : 3);
  const mean = (clients: number) => {
    const mine = rows.filter(r => r.clients === clients);
    return mine.reduce((sum, r) => sum + r.requestsPerSecond, 0) / mine.length;
  };
  console.log('\nSingle-RUC dossier, every section, through the gateway (npm start stack; autocannon in this process)');
  console.log('clients | requests/s | p50 ms | p99 ms | non-2xx');
  for (const row of rows) {
    console.log(`${String(row.clients).padStart(7)} | ${row.requestsPerSecond.toFixed(1).padStart(10)} | ${String(row.p50).padStart(6)} | ${String(row.p99).padStart(6)} | ${row.non2xx}`);
  }
  console.log(`20 clients vs 1: ${(mean(20) / mean(1)).toFixed(2)}x the throughput (mean of the rounds)`);
}

async function main() {
  await throughput();
  const dir = mkdtempSync(join(tmpdir(), 'llavero-bench-'));
  chmodSync(dir, 0o755);
  const server = await startEmbeddedPostgres({ dir, port: await freePort(), database: 'llavero_bench', persistent: false });
  const stack = await startSubgraphsAndGateway({ database: { url: server.url, drop: async () => undefined }, gateway: { rateLimitPerMinute: 1_000_000 } });
  try {
    const rssBefore = process.memoryUsage().rss;
    const rows: Array<{ rucs: number; ms: number; statements: number }> = [];
    for (const size of [1, 10, 100, 500]) {
      const rucs = ['1760001630001', ...naturalPersonRucs(size - 1)];
      rows.push({ rucs: size, ...(await measure(stack, rucs)) });
    }
    const rssAfter = process.memoryUsage().rss;
    const base = rows[0];
    console.log('\nDossier (taxpayers) through the gateway, median of', ITERATIONS, 'runs each');
    console.log('RUCs | ms (context) | time vs 1 RUC | time per RUC vs 1 RUC | SQL statements (all subgraphs)');
    for (const row of rows) {
      console.log(
        `${String(row.rucs).padStart(4)} | ${row.ms.toFixed(1).padStart(13)} | ${(row.ms / base.ms).toFixed(2).padStart(13)}x | ${(row.ms / row.rucs / base.ms).toFixed(3).padStart(21)}x | ${row.statements}`,
      );
    }
    // attentionReport reads monthly roll-ups: its cost must not grow with the number of request rows.
    const report = async () => {
      const times: number[] = [];
      for (let i = 0; i < ITERATIONS + 3; i++) {
        const start = process.hrtime.bigint();
        const result = await stack.queryGateway('{ attentionReport(from: "2017-12", to: "2026-11") { systemKeyRecovery { attentions } iessEmployerKeys { attentions } } }');
        if (result.errors) throw new Error(JSON.stringify(result.errors));
        if (i >= 3) times.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
      return median(times);
    };
    const before = await report();
    const extra = 200_000;
    await stack.dataSources.sut.query(
      `INSERT INTO recovery_request (requester_ruc, system, channel, quipux_document_number, contact_email, status, received_at, recorded_by)
       SELECT '1791234561001', 'SUT', 'QUIPUX', 'MDT-DSG-2024-' || g || '-E', 'bench@llavero.ec', 'RECEIVED', now() - (g || ' minutes')::interval, 'bench'
       FROM generate_series(1, $1) g`,
      [extra],
    );
    await stack.dataSources.sut.query('VACUUM ANALYZE recovery_request'); // let the insert settle before timing
    const after = await report();
    console.log(`\nattentionReport (108 months, two services), median of ${ITERATIONS} runs`);
    console.log(`before ${extra} more request rows: ${before.toFixed(1)} ms · after: ${after.toFixed(1)} ms · ratio ${(after / before).toFixed(2)}x (1.00 = unaffected by the number of requests)`);
    console.log(`\nMemory: process RSS ${(rssBefore / 2 ** 20).toFixed(0)} MiB before, ${(rssAfter / 2 ** 20).toFixed(0)} MiB after (x${(rssAfter / rssBefore).toFixed(2)}).`);
  } finally {
    await stack.stop();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
