import { openSubgraphDatabase, sqlStatementCount } from '../../shared/database/data-source';
import { naturalPersonRucs } from '../../test/support/ruc-factory';
import { salProgram } from './program';
import { startSubgraph, type SubgraphUnderTest } from '../../test/support/subgraph';
import { createSalDataSource } from './database';
import { seedSalDemoData } from './demo-data';

const TAXPAYER = `... on Taxpayer { ruc salInstitution { name governmentFunction status pendingAuthorizationProcesses }
  salAccessKeys { id status holderCedula deactivationReason } }`;

describe('sal subgraph against PostgreSQL', () => {
  let sal: SubgraphUnderTest;
  beforeAll(async () => {
    sal = await startSubgraph(salProgram);
  });
  afterAll(() => sal?.stop());

  test('migrations and demo data are idempotent: a second start changes nothing', async () => {
    const again = await openSubgraphDatabase(createSalDataSource(sal.databaseUrl));
    await seedSalDemoData(again);
    const [{ count }] = await again.query('SELECT count(*)::int AS count FROM access_key');
    const [{ migrations }] = await again.query('SELECT count(*)::int AS migrations FROM migrations');
    await again.destroy();
    expect(count).toBe(2);
    expect(migrations).toBe(again.migrations.length);
  });

  test('resolves the Taxpayer entity with its institution and keys', async () => {
    const [institution, company] = await sal.entities([{ __typename: 'Taxpayer', ruc: '1760001630001' }, { __typename: 'Taxpayer', ruc: '1791234561001' }], TAXPAYER);
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
      const before = sqlStatementCount(sal.dataSource);
      await sal.entities(rucs.map(ruc => ({ __typename: 'Taxpayer', ruc })), TAXPAYER);
      return sqlStatementCount(sal.dataSource) - before;
    };
    const one = await count(['1760001630001']);
    expect(await count(['1760001630001', ...naturalPersonRucs(300)])).toBe(one);
    expect(one).toBe(2);
  });

  test('one key in force per institution is enforced by the database', async () => {
    await expect(
      sal.dataSource.query(
        `INSERT INTO access_key (institution_ruc, holder_cedula, holder_names, holder_email, status)
         VALUES ('1760001630001', '1713175071', 'Otra Persona', 'otra@demostracion.gob.ec', 'ACTIVE')`,
      ),
    ).rejects.toThrow(/access_key_one_in_force_idx/);
  });

  test('the attention report has one row per month, null where no figure exists', async () => {
    const [report] = await sal.entities([{ __typename: 'AttentionReport', from: '2026-01', to: '2026-03' }], '... on AttentionReport { salAccessKeys { month attentions complaints } }');
    expect(report.salAccessKeys).toEqual([
      { month: '2026-01', attentions: null, complaints: null },
      { month: '2026-02', attentions: null, complaints: null },
      { month: '2026-03', attentions: null, complaints: null },
    ]);
  });
});
