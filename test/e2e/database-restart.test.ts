import { Client } from 'pg';
import { checkReadiness, readinessPool } from '../../gateway/health';
import { createTestDatabase, type TestDatabase } from '../support/database';

// PostgreSQL ending the gateway's idle connections (a restart, an administrator) must not kill the
// gateway: found by `npm run test:faults`, where the readiness pool's unhandled 'error' ended the process.

describe('the gateway when PostgreSQL ends its connections', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.drop());

  test('the readiness pool survives its idle connection being terminated, says so in one line, and is ready again', async () => {
    const pool = readinessPool(database.url);
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect((await checkReadiness({}, pool)).status).toBe('ok'); // leaves one idle connection in the pool
      const admin = new Client({ connectionString: database.url });
      await admin.connect();
      const { rows } = await admin.query("SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE application_name = 'llavero-gateway-readiness'");
      await admin.end();
      expect(rows.length).toBeGreaterThan(0);
      await new Promise(r => setTimeout(r, 300)); // the idle client hears the termination: an 'error' event on the pool
      expect(logged.mock.calls.flat().join('\n')).toMatch(/PostgreSQL \(comprobación de disponibilidad\): terminating connection/);
      expect((await checkReadiness({}, pool)).status).toBe('ok');
    } finally {
      logged.mockRestore();
      await pool.end();
    }
  });
});
