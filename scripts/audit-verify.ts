import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { openCheckpointStores } from '../gateway/audit/audit-checkpoints';
import { verifyAuditTrail } from '../gateway/audit/audit-verification';
import { auditChainKeyFromEnv } from '../gateway/audit/chain-key';
import { createAuditDataSource } from '../gateway/audit/database';
import { openSubgraphDatabase } from '../shared/database/data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../shared/database/embedded';
import { loadConfig, type LlaveroConfig } from '../shared/config';

// `npm run audit:verify`: walks every audit hash chain, compares each with its latest signed checkpoint
// (files under AUDIT_CHECKPOINT_DIR, and Redis when REDIS_URL is set) and checks the append-only
// triggers; names every problem and exits 1 when there is one.

async function reachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** DATABASE_URL, or the embedded PostgreSQL of `npm start` (running, or started just for this check). */
async function databaseUrl(config: Readonly<LlaveroConfig>): Promise<{ url: string; embedded?: EmbeddedDatabase }> {
  const configured = config.database.ownerUrl;
  if (configured) return { url: configured };
  const dir = join(config.home, 'postgres');
  const port = config.database.embeddedPort;
  if (existsSync(join(dir, 'password'))) {
    const password = readFileSync(join(dir, 'password'), 'utf8').trim();
    const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/llavero`;
    if (await reachable(url)) return { url };
  }
  const embedded = await startEmbeddedPostgres({ dir, port, database: 'llavero', persistent: true });
  return { url: embedded.url, embedded };
}

async function main(): Promise<number> {
  const config = loadConfig();
  const { url, embedded } = await databaseUrl(config);
  const dataSource = await openSubgraphDatabase(createAuditDataSource(url));
  const checkpoints = await openCheckpointStores(config.audit.checkpointDir, config.rateLimits.redisUrl);
  try {
    const report = await verifyAuditTrail(dataSource, [auditChainKeyFromEnv(config), ...config.audit.previousChainKeys], await checkpoints.load());
    const summary = `${report.checkedEntries} entradas en ${report.chains.length} cadena(s), ${report.checkpoints} punto(s) de control firmados`;
    if (report.intact) {
      console.log(`Bitácora de auditoría íntegra: ${summary}.`);
      if (report.checkpoints === 0) console.log('Aviso: no se encontró ningún punto de control: un borrado de las últimas entradas no se podría detectar.');
      return 0;
    }
    console.error(`Bitácora de auditoría ROTA (${summary}):`);
    for (const problem of report.problems) console.error(`  - ${problem.message}${problem.entry ? ` [entrada ${problem.entry}]` : ''}`);
    return 1;
  } finally {
    await checkpoints.close();
    await dataSource.destroy();
    await embedded?.stop();
  }
}

main()
  .then(code => process.exit(code))
  .catch(error => {
    console.error(`No se pudo verificar la bitácora: ${error instanceof Error ? error.message : error}`);
    process.exit(2);
  });
