import 'reflect-metadata';
import { Client } from 'pg';
import { In, QueryFailedError, type DataSource, type EntityMetadata } from 'typeorm';
import { iessProgram } from '../../subgraphs/iess/program';
import { salProgram } from '../../subgraphs/sal/program';
import { sutProgram } from '../../subgraphs/sut/program';
import { trainersProgram } from '../../subgraphs/trainers/program';
import { createTestDatabase, type TestDatabase } from '../../test/support/database';
import { openServiceDatabase, sqlStatementCount } from './data-source';
import { findByKeys } from './keyed-reads';
import { classifyDatabaseError } from '../database-errors';

// findByKeys must read exactly what TypeORM's find({ where: { key: In(keys) }, order }) reads, for every
// plain entity of every subgraph and every column that can serve as a key, on the seeded demo data.

const plain = (m: EntityMetadata) => !m.relations.length && !m.embeddeds.length && !m.discriminatorColumn && !m.inheritancePattern;

describe.each([
  ['sal', salProgram],
  ['sut', sutProgram],
  ['trainers', trainersProgram],
  ['iess', iessProgram],
])('findByKeys on %s', (_name, program) => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await openServiceDatabase(program.createDataSource, { admin: database.url });
    await program.seedDemoData(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  test('reads what TypeORM reads, for every entity and key column, with its order', async () => {
    let compared = 0;
    for (const metadata of dataSource.entityMetadatas.filter(plain)) {
      const repository = dataSource.getRepository(metadata.target);
      const sample = await repository.find({ take: 5 });
      if (!sample.length) continue;
      const order = Object.fromEntries(metadata.primaryColumns.map(c => [c.propertyName, 'DESC' as const]));
      for (const column of metadata.columns.filter(c => c.isSelect && !c.isVirtual && ['text', 'varchar', 'character varying', 'char', 'character', 'uuid'].includes(String(c.type)))) {
        const keys = [...new Set(sample.map(row => column.getEntityValue(row)).filter(v => typeof v === 'string'))];
        if (!keys.length) continue;
        if (column.type !== 'uuid') keys.push('no-existe');
        const theirs = await repository.find({ where: { [column.propertyName]: In(keys) }, order });
        const ours = await findByKeys(dataSource, metadata.target, column.propertyName, keys, order);
        expect({ entity: metadata.name, key: column.propertyName, rows: ours }).toEqual({ entity: metadata.name, key: column.propertyName, rows: theirs });
        expect(ours.every(row => row instanceof (metadata.target as new () => unknown))).toBe(true);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(5);
  });

  test('one counted statement whatever the number of keys; none for no keys; a refused key is a QueryFailedError', async () => {
    const metadata = dataSource.entityMetadatas.filter(plain).find(m => m.primaryColumns.length === 1)!;
    const key = metadata.primaryColumns[0];
    const sample = (await dataSource.getRepository(metadata.target).find({ take: 1 })).map(row => key.getEntityValue(row));
    for (const keys of [sample, Array.from({ length: 500 }, (_, i) => sample[i % sample.length])]) {
      const before = sqlStatementCount(dataSource);
      await findByKeys(dataSource, metadata.target, key.propertyName, keys);
      expect(sqlStatementCount(dataSource) - before).toBe(1);
    }
    const before = sqlStatementCount(dataSource);
    expect(await findByKeys(dataSource, metadata.target, key.propertyName, [])).toEqual([]);
    expect(sqlStatementCount(dataSource)).toBe(before);
    const uuidEntity = dataSource.entityMetadatas.filter(plain).find(m => m.columns.some(c => c.type === 'uuid'));
    if (uuidEntity) {
      const uuidColumn = uuidEntity.columns.find(c => c.type === 'uuid')!;
      await expect(findByKeys(dataSource, uuidEntity.target, uuidColumn.propertyName, ['no-es-un-uuid'])).rejects.toBeInstanceOf(QueryFailedError);
    }
  });

  test('a migration that changes a column the prepared statement reads does not break it (0A000: prepared again)', async () => {
    const metadata = dataSource.entityMetadatas.filter(plain).find(m => m.primaryColumns.length === 1 && m.columns.some(c => !c.isPrimary && c.isSelect && ['varchar', 'character varying'].includes(String(c.type))))!;
    const key = metadata.primaryColumns[0];
    const changed = metadata.columns.find(c => !c.isPrimary && c.isSelect && ['varchar', 'character varying'].includes(String(c.type)))!;
    const keys = (await dataSource.getRepository(metadata.target).find({ take: 3 })).map(row => key.getEntityValue(row));
    const before = await findByKeys(dataSource, metadata.target, key.propertyName, keys);
    const table = `"${metadata.schema}"."${metadata.tableName}"`;
    // The same connection (the pool hands back the last one released) with a statement of our own shows PostgreSQL's refusal.
    const pool = (dataSource.driver as unknown as { master: import('pg').Pool }).master;
    const client = await pool.connect();
    try {
      const probe = { name: 'llavero_test_probe', text: `SELECT "${changed.databaseName}" FROM ${table} LIMIT 1` };
      await client.query(probe);
      const owner = new Client({ connectionString: database.url }); // the migration runs as the schema's owner
      await owner.connect();
      await owner.query(`ALTER TABLE ${table} ALTER COLUMN "${changed.databaseName}" TYPE text`).finally(() => owner.end());
      await expect(client.query(probe)).rejects.toMatchObject({ code: '0A000' });
    } finally {
      client.release();
    }
    expect(await findByKeys(dataSource, metadata.target, key.propertyName, keys)).toEqual(before);
    expect(await findByKeys(dataSource, metadata.target, key.propertyName, keys)).toEqual(before);
  });

  test('a database gone fails as TypeORM fails: classified SERVICE_UNAVAILABLE', async () => {
    const metadata = dataSource.entityMetadatas.filter(plain)[0];
    const key = metadata.primaryColumns[0].propertyName;
    const gone = program.createDataSource(database.url);
    await gone.initialize();
    await gone.destroy(); // the process stays up; its database connections are gone
    const theirs = await gone.getRepository(metadata.target).find({ where: { [key]: In(['x']) } }).catch(error => error);
    const ours = await findByKeys(gone, metadata.target, key, ['x']).catch(error => error);
    expect(theirs).toBeInstanceOf(Error);
    expect(ours).toBeInstanceOf(Error);
    expect(classifyDatabaseError(theirs, program.name)).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(classifyDatabaseError(ours, program.name)).toEqual(classifyDatabaseError(theirs, program.name));
  });
});
