import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { llaveroHome } from '../gateway/auth/dev-keys';
import { verifyAuditChain } from '../gateway/audit/audit-chain';
import { auditChainKeyFromEnv } from '../gateway/audit/chain-key';
import { createAuditDataSource } from '../gateway/audit/database';
import { openSubgraphDatabase } from '../shared/database/data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../shared/database/embedded';
import { envInt, envString } from '../shared/env';

// `npm run audit:verify`: walks the audit hash chain and names the first broken entry (exit code 1).

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
async function databaseUrl(): Promise<{ url: string; embedded?: EmbeddedDatabase }> {
  const configured = envString('DATABASE_URL');
  if (configured) return { url: configured };
  const dir = join(llaveroHome(), 'postgres');
  const port = envInt('EMBEDDED_PG_PORT', 54329);
  if (existsSync(join(dir, 'password'))) {
    const password = readFileSync(join(dir, 'password'), 'utf8').trim();
    const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/llavero`;
    if (await reachable(url)) return { url };
  }
  const embedded = await startEmbeddedPostgres({ dir, port, database: 'llavero', persistent: true });
  return { url: embedded.url, embedded };
}

async function main(): Promise<number> {
  const { url, embedded } = await databaseUrl();
  const dataSource = await openSubgraphDatabase(createAuditDataSource(url));
  try {
    const verdict = await verifyAuditChain(dataSource, auditChainKeyFromEnv());
    if (verdict.intact) {
      console.log(`Bitácora de auditoría íntegra: ${verdict.checkedEntries} entradas verificadas.`);
      return 0;
    }
    console.error(`Bitácora de auditoría ROTA en la entrada ${verdict.firstBrokenEntry}: ${verdict.reason}.`);
    console.error(`Las ${verdict.checkedEntries} entradas anteriores están íntegras.`);
    return 1;
  } finally {
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
