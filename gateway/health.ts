import { Pool } from 'pg';
import type { Logger } from '../shared/observability/log';
import { requestLog } from '../shared/observability/request-log';
import { safeError } from '../shared/observability/safe-error';

export interface ReadinessReport {
  status: 'ok' | 'unavailable';
  down: string[];
  checks: Record<string, 'ok' | 'unavailable'>;
}

/** A subgraph is ready when its own /health/ready (which pings its database) answers 200 in time. */
async function subgraphReady(graphqlUrl: string, timeoutMs: number): Promise<boolean> {
  try {
    const response = await fetch(graphqlUrl.replace(/\/graphql\/?$/, '/health/ready'), { signal: AbortSignal.timeout(timeoutMs) });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * The small pool /health/ready pings the database with. pg emits 'error' on the pool when PostgreSQL ends
 * an idle connection (a restart, an administrator): without a listener that event kills the gateway.
 */
export function readinessPool(connectionString: string, logger?: Logger): Pool {
  const pool = new Pool({ connectionString, max: 2, application_name: 'llavero-gateway-readiness' });
  pool.on('error', error => requestLog('gateway', logger).warn({ error: safeError(error) }, 'PostgreSQL cerró una conexión de la comprobación de disponibilidad'));
  return pool;
}

async function databaseReady(pool: Pool | undefined): Promise<boolean> {
  if (!pool) return true;
  try {
    await pool.query('SELECT 1');
    return true;
  } catch {
    return false;
  }
}

export async function checkReadiness(subgraphUrls: Record<string, string>, pool: Pool | undefined, timeoutMs = 2000): Promise<ReadinessReport> {
  const names = Object.keys(subgraphUrls);
  const results = await Promise.all([...names.map(name => subgraphReady(subgraphUrls[name], timeoutMs)), databaseReady(pool)]);
  const checks: ReadinessReport['checks'] = {};
  names.forEach((name, i) => (checks[name] = results[i] ? 'ok' : 'unavailable'));
  checks.database = results[names.length] ? 'ok' : 'unavailable';
  const down = Object.keys(checks).filter(name => checks[name] !== 'ok');
  return { status: down.length ? 'unavailable' : 'ok', down, checks };
}
