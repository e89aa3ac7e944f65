import { openSubgraphDatabase, sqlStatementCount } from '../../shared/database/data-source';
import { sutProgram } from './program';
import { startSubgraph, type SubgraphUnderTest } from '../../test/support/subgraph';
import { naturalPersonRucs } from '../../test/support/ruc-factory';
import { createSutDataSource } from './database';
import { seedSutDemoData } from './demo-data';

describe('sut subgraph against PostgreSQL', () => {
  let sut: SubgraphUnderTest;
  beforeAll(async () => {
    sut = await startSubgraph(sutProgram);
  });
  afterAll(() => sut?.stop());

  test('the attention-point directory is seed 001: 7 regionals, 26 delegations, San Cristóbal without phone', async () => {
    const { data } = await sut.query('{ attentionPoints { code kind regional city address phones phoneNote } }');
    const points = data!.attentionPoints as any[];
    expect(points.filter(p => p.kind === 'REGIONAL').map(p => p.city)).toEqual(['Ibarra', 'Quito', 'Ambato', 'Portoviejo', 'Guayaquil', 'Cuenca', 'Loja']);
    expect(points.filter(p => p.kind === 'DELEGACION')).toHaveLength(26);
    expect(points.find(p => p.code === 'san-cristobal')).toMatchObject({ regional: 5, phones: [], phoneNote: 'No dispone teléfono por cambio de oficina' });
    expect(points.find(p => p.code === 'portoviejo').phones).toEqual(['05 304 3819', '05 304 3861', '05 304 3778']);
    expect(points.find(p => p.code === 'planta-central')).toMatchObject({ regional: 2, address: 'República de El Salvador N34-183 y Suiza, edificio Torrezul' });
    const regional7 = await sut.query('{ attentionPoints(regional: 7) { city } }');
    expect(regional7.data!.attentionPoints.map((p: any) => p.city)).toEqual(['Loja', 'Machala', 'Portovelo', 'Zamora']);
    const wrong = await sut.query('{ attentionPoints(regional: 8) { city } }');
    expect(wrong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'regional' });
  });

  test('resolves recoveries per RUC in one statement however many RUCs', async () => {
    const before = sqlStatementCount(sut.dataSource);
    const rucs = ['1791234561001', ...naturalPersonRucs(200)];
    const entities = await sut.entities(rucs.map(ruc => ({ __typename: 'Taxpayer', ruc })), '... on Taxpayer { ruc systemKeyRecoveries { system channel status } }');
    expect(sqlStatementCount(sut.dataSource) - before).toBe(1);
    expect(entities[0].systemKeyRecoveries.map((r: any) => r.system)).toEqual(['SUT', 'SALARIOS_EN_LINEA']);
    expect(entities.slice(1).every((e: any) => e.systemKeyRecoveries.length === 0)).toBe(true);
  });

  test('the seed 001 table is imported once, exactly; a restart neither duplicates nor recounts', async () => {
    const again = await openSubgraphDatabase(createSutDataSource(sut.databaseUrl));
    await seedSutDemoData(again);
    const rows = await again.query(`SELECT month, attentions, complaints FROM monthly_attention WHERE source = 'TRANSPARENCY' ORDER BY month`);
    const [{ recoveries }] = await again.query('SELECT count(*)::int AS recoveries FROM recovery_request');
    await again.destroy();
    expect(rows).toHaveLength(83);
    expect(rows[0]).toEqual({ month: '2017-12', attentions: 4807, complaints: 5 });
    expect(rows.find((r: any) => r.month === '2020-06')).toEqual({ month: '2020-06', attentions: 2204, complaints: 1 });
    expect(rows.find((r: any) => r.month === '2025-08')).toBeUndefined();
    expect(recoveries).toBe(3);
  });

  test('an invalid RUC in a representation is refused by the subgraph itself', async () => {
    const result = await sut.query('query ($r: [_Any!]!) { _entities(representations: $r) { ... on Taxpayer { ruc } } }', {
      r: [{ __typename: 'Taxpayer', ruc: '1781234561001' }],
    });
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'RUC_THIRD_DIGIT' });
  });
});
