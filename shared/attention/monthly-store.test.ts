import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../test/support/database';
import { iessProgram } from '../../subgraphs/iess/program';
import { salProgram } from '../../subgraphs/sal/program';
import { sutProgram } from '../../subgraphs/sut/program';
import { trainersProgram } from '../../subgraphs/trainers/program';
import { openServiceDatabase } from '../database/data-source';
import { importTransparencyTable, loadMonthlyVolumes, recordAttention, recordComplaint } from './monthly-store';

// Requests submitted anywhere in the country must never wait on each other to be counted.

async function figure(dataSource: DataSource, month: string) {
  const [[volume]] = await loadMonthlyVolumes(dataSource, [{ from: month, to: month }]);
  return { attentions: volume.attentions, complaints: volume.complaints, source: volume.source };
}

describe.each([salProgram, sutProgram, trainersProgram, iessProgram])('the $name monthly count', program => {
  let database: TestDatabase;
  let dataSource: DataSource; // the runtime role, as requests run
  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await openServiceDatabase(program.createDataSource, { admin: database.url });
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  test('a submission is counted at once while another of the same month is still open', async () => {
    const at = new Date('2031-03-15T15:00:00Z');
    const open = dataSource.createQueryRunner();
    const other = dataSource.createQueryRunner();
    try {
      await open.startTransaction();
      await recordAttention(open.manager, at);
      await recordComplaint(open.manager, { summary: 'Demora', recordedBy: 'ventanilla-a', at });
      await other.startTransaction();
      await other.query(`SET LOCAL lock_timeout = '500ms'`);
      await recordAttention(other.manager, at);
      await recordComplaint(other.manager, { summary: 'Demora', recordedBy: 'ventanilla-b', at });
      await other.commitTransaction();
      expect(await figure(dataSource, '2031-03')).toEqual({ attentions: 1, complaints: 1, source: 'LIVE' });
      await open.commitTransaction();
      expect(await figure(dataSource, '2031-03')).toEqual({ attentions: 2, complaints: 2, source: 'LIVE' });
    } finally {
      for (const runner of [other, open]) {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        await runner.release();
      }
    }
  });

  test('fifty concurrent submissions add exactly fifty, in a few roll-up rows', async () => {
    const at = new Date('2031-04-10T15:00:00Z');
    const before = await figure(dataSource, '2031-04');
    await Promise.all(
      Array.from({ length: 50 }, () =>
        dataSource.transaction(async manager => {
          await recordAttention(manager, at);
          await manager.query('SELECT pg_sleep(0.02)'); // held open, so the transactions overlap
        }),
      ),
    );
    expect(before.attentions).toBeNull();
    expect(await figure(dataSource, '2031-04')).toEqual({ attentions: 50, complaints: 0, source: 'LIVE' });
    // A roll-up still: no more rows than transactions were ever open at once (the pool holds 10).
    const [{ rows }] = await dataSource.query(`SELECT count(*)::int AS rows FROM attention_tally WHERE month = '2031-04'`);
    expect(rows).toBeLessThanOrEqual(10);
  });

  test("a published month replaces the summed count in the report, and the change records that sum", async () => {
    await dataSource.transaction(manager => recordAttention(manager, new Date('2031-05-06T15:00:00Z')));
    await dataSource.query(`INSERT INTO attention_tally (month, attentions, complaints) VALUES ('2031-05', 4, 2)`); // a second row of the month
    const runner = dataSource.createQueryRunner();
    try {
      await importTransparencyTable(runner, [{ month: '2031-05', attentions: 40, complaints: 3 }]);
    } finally {
      await runner.release();
    }
    expect(await figure(dataSource, '2031-05')).toEqual({ attentions: 40, complaints: 3, source: 'TRANSPARENCY' });
    const changes = await dataSource.query(`SELECT replaced_source, replaced_attentions, replaced_complaints FROM monthly_attention_change WHERE month = '2031-05'`);
    expect(changes).toEqual([{ replaced_source: 'LIVE', replaced_attentions: 5, replaced_complaints: 2 }]);
  });
});
