import 'reflect-metadata';
import { createTestDatabase, type TestDatabase } from '../../test/support/database';
import { createSutDataSource } from './database';
import { seedSutDemoData } from './demo-data';

describe('monthly_attention sources (migration 1764140011000)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.drop());

  test('demo requests counted as LIVE before the migration are moved to DEMO rows; real live counts stay, then move to the tallies', async () => {
    const dataSource = createSutDataSource(database.url);
    await dataSource.initialize();
    try {
      await dataSource.query('CREATE SCHEMA IF NOT EXISTS sut');
      await dataSource.runMigrations();
      await seedSutDemoData(dataSource);
      // A December counted in two tallies; undoing the tally migration (1764160001000) makes it one LIVE row.
      await dataSource.query(`INSERT INTO attention_tally (month, attentions, complaints) VALUES ('2026-12', 2, 1), ('2026-12', 3, 0)`);
      await dataSource.undoLastMigration();
      await dataSource.undoLastMigration(); // the outbox migration (1764150001000)
      // The state before this migration: demo requests counted as LIVE, plus two real requests in November.
      await dataSource.query(`UPDATE monthly_attention SET source = 'LIVE' WHERE source = 'DEMO'`);
      await dataSource.query(`UPDATE monthly_attention SET attentions = attentions + 2 WHERE month = '2026-11'`);
      await dataSource.undoLastMigration();
      await dataSource.runMigrations();
      const rows = await dataSource.query(`SELECT month, source, attentions FROM monthly_attention WHERE month >= '2026-06' ORDER BY month, source`);
      expect(rows).toEqual([
        { month: '2026-07', source: 'DEMO', attentions: 1 },
        { month: '2026-08', source: 'DEMO', attentions: 1 },
        { month: '2026-11', source: 'DEMO', attentions: 1 },
      ]);
      const live = await dataSource.query(`SELECT month, sum(attentions)::int AS attentions, sum(complaints)::int AS complaints FROM attention_tally GROUP BY month ORDER BY month`);
      expect(live).toEqual([
        { month: '2026-11', attentions: 2, complaints: 0 },
        { month: '2026-12', attentions: 5, complaints: 1 },
      ]);
    } finally {
      await dataSource.destroy();
    }
  });
});
