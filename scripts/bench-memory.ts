import 'reflect-metadata';
import { seedDataset } from './bench/dataset';
import { checkAnswer, measure } from './bench/load';
import { rssMiB } from './bench/proc-stats';
import { withBenchStack } from './bench/processes';
import { batchWorkload, dossierWorkload } from './bench/workloads';

// `npm run bench:memory` (`-- --gateway-node-flags "…"` tries V8 settings, `""` V8's defaults): only the
// memory of Llavero's gateway, in a minute: RSS at start, under 20 dossier clients, under 500-RUC batches,
// on the bench's small dataset and without the other routers. `npm run bench` stays the reference.

const sleep = (ms: number) => new Promise(settle => setTimeout(settle, ms));

async function main(): Promise<void> {
  await withBenchStack(async (stack, database) => {
    const pid = stack.gateway.pid;
    await sleep(2_000);
    const figures: Record<string, number> = { start: rssMiB(pid) };
    const busy = (await seedDataset(database.url, 3_000)).busyRucs;
    const dossier = dossierWorkload(['1760001630001', '1791234561001', '1712345675001', ...busy.slice(0, 997)], 20);
    await checkAnswer(stack.gateway, stack.token, dossierWorkload(['1760001630001'], 1));
    figures['after one request'] = rssMiB(pid);
    for (const [name, workload, seconds] of [
      ['dossier, 1 client', dossierWorkload(['1760001630001', ...busy.slice(0, 99)], 1), { warm: 1, run: 4 }],
      ['dossier, 20 clients', dossier, { warm: 1, run: 8 }],
      ['taxpayers, 500 RUCs, 4 clients', batchWorkload(busy, 500, 4), { warm: 1, run: 3 }],
      ['dossier, 20 clients, after them', dossier, { warm: 1, run: 6 }],
    ] as const) {
      const sample = await measure(stack.gateway, stack.subgraphs, database.dataDir, stack.token, workload, seconds);
      if (sample.failures) throw new Error(`${sample.failures} solicitudes fallidas en ${name}`);
      figures[`${name} (peak)`] = sample.maxRssMiB;
    }
    await sleep(3_000);
    figures['after the load'] = rssMiB(pid);
    const metrics = await (await fetch(stack.gateway.url.replace(/\/graphql$/, '/metrics'))).text();
    figures['V8 heap in use after the load'] = Number(/^llavero_nodejs_heap_size_used_bytes (\d+)/m.exec(metrics)?.[1] ?? NaN) / 2 ** 20;
    for (const [what, mib] of Object.entries(figures)) console.log(`[memoria] ${what.padEnd(40)} ${mib.toFixed(0).padStart(4)} MiB`);
  });
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
