import { sqlStatementCount } from '../../shared/database/data-source';
import { trainersProgram } from './program';
import { startSubgraph, type SubgraphUnderTest } from '../../test/support/subgraph';
import { naturalPersonRucs } from '../../test/support/ruc-factory';
import { DEMO_CREDENTIAL_CODE } from './demo-data';

describe('trainers subgraph against PostgreSQL', () => {
  let trainers: SubgraphUnderTest;
  beforeAll(async () => {
    trainers = await startSubgraph(trainersProgram);
  });
  afterAll(() => trainers?.stop());

  test('a natural-person RUC shows the credentials of its cédula; other RUCs none, without a query', async () => {
    const before = sqlStatementCount(trainers.dataSource);
    const entities = await trainers.entities(
      ['1712345675001', '1712345675002', '1760001630001', ...naturalPersonRucs(50)].map(ruc => ({ __typename: 'Taxpayer', ruc })),
      '... on Taxpayer { ruc trainerCredentials { code status channel trainer { cedula } } }',
    );
    expect(entities[0].trainerCredentials).toEqual([{ code: DEMO_CREDENTIAL_CODE, status: 'ISSUED', channel: 'ONLINE', trainer: { cedula: '1712345675' } }]);
    expect(entities[1].trainerCredentials).toEqual(entities[0].trainerCredentials); // another establishment, same person
    expect(entities[2].trainerCredentials).toEqual([]);
    expect(sqlStatementCount(trainers.dataSource) - before).toBe(2); // credentials + trainers, one batch each
  });

  test('the seed 004 table keeps reported zeros and leaves unreported months out', async () => {
    const rows = await trainers.dataSource.query(`SELECT month, attentions FROM monthly_attention WHERE source = 'TRANSPARENCY' ORDER BY month`);
    expect(rows).toHaveLength(39);
    expect(rows.find((r: any) => r.month === '2019-11').attentions).toBe(24);
    expect(rows.find((r: any) => r.month === '2018-05').attentions).toBe(0);
    expect(rows.find((r: any) => r.month === '2019-02')).toBeUndefined();
  });
});
