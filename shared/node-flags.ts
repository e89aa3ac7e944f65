// V8 settings of Llavero's processes wherever they run for real: `npm start` (scripts/start.ts), the bench
// (scripts/bench/processes.ts), the Dockerfile's CMD and docker-compose.yml (test/docker-compose.test.ts
// keeps those two in step). Measured with `npm run bench:memory` (issue 15):
// - with a large old-space limit (V8's default) the heap may grow to 4× what survived the last full
//   collection before the next one; under a 512 MiB limit, to ~1.4×. The heap in use stays at 60–130 MiB
//   (20 clients of 500-RUC batches ran under a 128 MiB limit too), so the limit is never near, and the RSS
//   peak under 500-RUC batches fell from ~290–340 to ~175–190 MiB;
// - an 8 MiB semi-space (16 by default) keeps the young generation at 24 MiB instead of 48. A 4 MiB one
//   (12 MiB) saved another ~10 MiB but cost about 18 % more gateway CPU per dossier (scavenges four times
//   as often, more objects promoted): 2.5–2.7 ms against 2.2–2.3 (8) and 2.0–2.2 (16, RSS 191 MiB).
export const GATEWAY_NODE_FLAGS: readonly string[] = ['--max-old-space-size=512', '--max-semi-space-size=8'];

// The subgraphs (and the dossier service): a 32 MiB semi-space (16 by default). A 500-RUC `_entities` call
// allocates tens of MiB of short-lived objects (rows, entities, resolver results); with 16 MiB too many
// of them survive a scavenge and are promoted, and the old generation grows and is collected instead.
// Measured on iess and sut (scripts' probes, issue 15): CPU per 500-RUC call 16.0 -> 11.2 ms and
// 12.9 -> 9.4 ms, per 1-RUC call unchanged, RSS after 500-RUC calls 225 -> 182 MiB (fewer promotions),
// at rest 144 -> 178 MiB. 64 MiB saved another 15 % on 500 RUCs for 60 MiB more: not taken.
export const SUBGRAPH_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=32'];
