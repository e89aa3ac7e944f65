import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { checkReadiness, readinessPool } from '../../gateway/health';
import { classifyDatabaseError } from '../../shared/database-errors';
import { createLogger } from '../../shared/observability/log';
import { Writable } from 'node:stream';
import { createTestDatabase, type TestDatabase } from '../support/database';

// PostgreSQL ending connections (a restart, an administrator) must neither kill the gateway nor turn a
// subgraph's lost transaction into an internal error: both found by `npm run test:faults`.

describe('the gateway when PostgreSQL ends its connections', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.drop());

  test('the readiness pool survives its idle connection being terminated, says so in one line, and is ready again', async () => {
    const logged: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logged.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    const pool = readinessPool(database.url, createLogger('gateway', { level: 'info', format: 'json' }, sink));
    try {
      expect((await checkReadiness({}, pool)).status).toBe('ok'); // leaves one idle connection in the pool
      const admin = new Client({ connectionString: database.url });
      await admin.connect();
      const { rows } = await admin.query("SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE application_name = 'llavero-gateway-readiness'");
      await admin.end();
      expect(rows.length).toBeGreaterThan(0);
      await new Promise(r => setTimeout(r, 300)); // the idle client hears the termination: an 'error' event on the pool
      expect(logged.map(line => JSON.parse(line))).toContainEqual(expect.objectContaining({ level: 'warn', msg: expect.stringMatching(/^PostgreSQL cerró una conexión/), error: expect.objectContaining({ code: '57P01' }) }));
      expect((await checkReadiness({}, pool)).status).toBe('ok');
    } finally {
      await pool.end();
    }
  });
});

describe('a subgraph transaction whose connection PostgreSQL ends', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.drop());

  test('the failure is SERVICE_UNAVAILABLE, not an internal error, and the data source serves the next request', async () => {
    const dataSource = await new DataSource({ type: 'postgres', url: database.url, applicationName: 'llavero-faults-transaction' }).initialize();
    const admin = new Client({ connectionString: database.url });
    await admin.connect();
    try {
      const failure = await dataSource
        .transaction(async manager => {
          await manager.query('SELECT 1');
          await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'llavero-faults-transaction'");
          await new Promise(r => setTimeout(r, 200)); // the driver hears the termination and TypeORM releases the runner
          await manager.query('SELECT 2');
        })
        .catch((error: unknown) => error);
      expect(classifyDatabaseError(failure, 'sut')).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE' });
      expect(await dataSource.query('SELECT 3 AS n')).toEqual([{ n: 3 }]);
    } finally {
      await admin.end();
      await dataSource.destroy();
    }
  });
});
