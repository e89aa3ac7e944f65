import 'reflect-metadata';
import { openSubgraphDatabase, sqlStatementCount } from '../../shared/database/data-source';
import type { RunningServer } from '../../shared/http-server';
import { createTestDatabase, type TestDatabase } from '../../test/support/database';
import { postGraphQL } from '../../test/support/graphql-client';
import { naturalPersonRucs } from '../../test/support/ruc-factory';
import { createSalDataSource } from './database';
import { seedSalDemoData } from './demo-data';
import { buildSalServer } from './server';

const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Taxpayer { ruc salInstitution { name governmentFunction status pendingAuthorizationProcesses }
      salAccessKeys { id status holderCedula deactivationReason } }
  }
}`;

describe('sal subgraph against PostgreSQL', () => {
  let database: TestDatabase;
  let server: RunningServer;
  const dataSource = () => running.dataSource;
  let running: { dataSource: ReturnType<typeof createSalDataSource> };

  beforeAll(async () => {
    database = await createTestDatabase();
    const ds = await openSubgraphDatabase(createSalDataSource(database.url));
    await seedSalDemoData(ds);
    running = { dataSource: ds };
    server = await (await buildSalServer(ds)).listen(0);
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  test('migrations and demo data are idempotent: a second start changes nothing', async () => {
    const again = await openSubgraphDatabase(createSalDataSource(database.url));
    await seedSalDemoData(again);
    const [{ count }] = await again.query('SELECT count(*)::int AS count FROM access_key');
    const [{ migrations }] = await again.query('SELECT count(*)::int AS migrations FROM migrations');
    await again.destroy();
    expect(count).toBe(2);
    expect(migrations).toBe(1);
  });

  test('resolves the Taxpayer entity with its institution and keys', async () => {
    const result = await postGraphQL(server.url, ENTITIES, {
      representations: [{ __typename: 'Taxpayer', ruc: '1760001630001' }, { __typename: 'Taxpayer', ruc: '1791234561001' }],
    });
    expect(result.errors).toBeUndefined();
    const [institution, company] = result.data!._entities;
    expect(institution.salInstitution).toEqual({
      name: 'Secretaría Nacional de Demostración',
      governmentFunction: 'EJECUTIVA',
      status: 'ACTIVE',
      pendingAuthorizationProcesses: 1,
    });
    expect(institution.salAccessKeys.map((k: { status: string }) => k.status)).toEqual(['ACTIVE', 'DEACTIVATED']);
    expect(institution.salAccessKeys[1].deactivationReason).toBe('CHANGE_OF_RESPONSIBLE');
    expect(company).toEqual({ ruc: '1791234561001', salInstitution: null, salAccessKeys: [] });
  });

  test('a batch of 300 RUCs costs the same SQL statements as one', async () => {
    const count = async (rucs: string[]) => {
      const before = sqlStatementCount(dataSource());
      const result = await postGraphQL(server.url, ENTITIES, { representations: rucs.map(ruc => ({ __typename: 'Taxpayer', ruc })) });
      expect(result.errors).toBeUndefined();
      return sqlStatementCount(dataSource()) - before;
    };
    const one = await count(['1760001630001']);
    expect(await count(['1760001630001', ...naturalPersonRucs(300)])).toBe(one);
    expect(one).toBe(2);
  });

  test('the attention report has one row per month, null where no figure exists', async () => {
    const result = await postGraphQL(server.url, `query ($r: [_Any!]!) { _entities(representations: $r) { ... on AttentionReport { salAccessKeys { month attentions complaints } } } }`, {
      r: [{ __typename: 'AttentionReport', from: '2026-01', to: '2026-03' }],
    });
    expect(result.data!._entities[0].salAccessKeys).toEqual([
      { month: '2026-01', attentions: null, complaints: null },
      { month: '2026-02', attentions: null, complaints: null },
      { month: '2026-03', attentions: null, complaints: null },
    ]);
  });
});
