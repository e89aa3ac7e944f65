import { chmodSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../shared/database/embedded';

// `npm test` brings its own PostgreSQL (embedded) unless DATABASE_URL names a server to use instead.

declare global {
  // eslint-disable-next-line no-var
  var __llaveroTestDatabase: { server?: EmbeddedDatabase; dir?: string; home?: string } | undefined;
}

export default async function globalSetup(): Promise<void> {
  // Tests never write into the user's .llavero/ (development keys, audit checkpoints, mail): a home of their own.
  const home = mkdtempSync(join(tmpdir(), 'llavero-test-home-'));
  chmodSync(home, 0o755);
  process.env.LLAVERO_HOME = home;
  // Request log lines would bury the test report; LOG_LEVEL=info shows them.
  process.env.LOG_LEVEL ??= 'warn';
  globalThis.__llaveroTestDatabase = { home };
  if (process.env.DATABASE_URL) {
    process.env.LLAVERO_TEST_ADMIN_URL = process.env.DATABASE_URL;
    console.log(`\n[test] PostgreSQL de DATABASE_URL (${new URL(process.env.DATABASE_URL).host})`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'llavero-test-'));
  chmodSync(dir, 0o755); // the postgres OS user (when running as root) must reach the data folder
  const server = await startEmbeddedPostgres({ dir, port: await freePort(), database: 'llavero_test', persistent: false });
  globalThis.__llaveroTestDatabase = { server, dir, home };
  process.env.LLAVERO_TEST_ADMIN_URL = server.adminUrl;
  console.log(`\n[test] PostgreSQL incorporado en ${new URL(server.adminUrl).host}`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
