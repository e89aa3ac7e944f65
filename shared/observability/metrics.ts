import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { RequestHandler } from 'express';

// One Prometheus registry per process (prom-client), served at GET /metrics by the gateway and by each
// subgraph. Every series is labelled with `service`, so processes that share one (the test stack runs
// all servers in one process) stay apart.

export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'llavero_' });

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const requestDuration = new Histogram({
  name: 'llavero_graphql_request_duration_seconds',
  help: 'GraphQL requests answered, by service, operation and outcome (ok or the error codes).',
  labelNames: ['service', 'operation', 'outcome'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [registry],
});

export const graphqlErrors = new Counter({
  name: 'llavero_graphql_errors_total',
  help: 'Errors in GraphQL answers, by service and extensions.code.',
  labelNames: ['service', 'code'] as const,
  registers: [registry],
});

export const sqlStatements = new Counter({
  name: 'llavero_db_statements_total',
  help: 'SQL statements sent to PostgreSQL, by database schema (one per service): a batch of RUCs must cost what one does.',
  labelNames: ['schema'] as const,
  registers: [registry],
});

export const subgraphRequestDuration = new Histogram({
  name: 'llavero_subgraph_request_duration_seconds',
  help: 'Calls from the gateway to each subgraph, by outcome (ok, error, timeout, unavailable, circuit_open).',
  labelNames: ['subgraph', 'outcome'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [registry],
});

export const auditAppendDuration = new Histogram({
  name: 'llavero_audit_append_seconds',
  help: 'Time to commit a batch of audit entries (group commit), and how many entries it held.',
  labelNames: ['outcome'] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
  registers: [registry],
});

export const circuitState = new Gauge({
  name: 'llavero_circuit_state',
  help: 'Circuit breaker per subgraph: 0 closed, 1 half-open, 2 open.',
  labelNames: ['subgraph'] as const,
  registers: [registry],
});

export const outboxBacklog = new Gauge({
  name: 'llavero_outbox_backlog',
  help: 'Messages waiting in the outbox, by service.',
  labelNames: ['service'] as const,
  registers: [registry],
});

export const outboxFailures = new Counter({
  name: 'llavero_outbox_failures_total',
  help: 'Outbox deliveries that failed (each is retried with backoff), by service.',
  labelNames: ['service'] as const,
  registers: [registry],
});

export const outboxAttention = new Gauge({
  name: 'llavero_outbox_attention',
  help: 'Messages an operator must settle, by service and status: UNCERTAIN (a send interrupted by a crash, maybe delivered) or FAILED (retries exhausted).',
  labelNames: ['service', 'status'] as const,
  registers: [registry],
});

/** PostgreSQL pool use, read when Prometheus scrapes (node-postgres Pool counters). */
interface PoolLike {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}
const pools = new Map<string, () => PoolLike | undefined>();
new Gauge({
  name: 'llavero_db_pool_connections',
  help: 'Database pool connections by service and state (total, idle, waiting).',
  labelNames: ['service', 'state'] as const,
  registers: [registry],
  collect() {
    this.reset();
    for (const [service, pool] of pools) {
      const current = pool();
      if (!current) continue;
      this.set({ service, state: 'total' }, current.totalCount);
      this.set({ service, state: 'idle' }, current.idleCount);
      this.set({ service, state: 'waiting' }, current.waitingCount);
    }
  },
});

export function watchPool(service: string, pool: () => PoolLike | undefined): void {
  pools.set(service, pool);
}

export const metricsHandler: RequestHandler = async (_req, res) => {
  res.type(registry.contentType).send(await registry.metrics());
};
