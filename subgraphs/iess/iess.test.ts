import { sqlStatementCount } from '../../shared/database/data-source';
import { iessProgram } from './program';
import { startSubgraph, type SubgraphUnderTest } from '../../test/support/subgraph';
import { naturalPersonRucs } from '../../test/support/ruc-factory';

describe('iess subgraph against PostgreSQL', () => {
  let iess: SubgraphUnderTest;
  beforeAll(async () => {
    iess = await startSubgraph(iessProgram);
  });
  afterAll(() => iess?.stop());

  test('employer and key requests per RUC, batched', async () => {
    const before = sqlStatementCount(iess.dataSource);
    const entities = await iess.entities(
      ['1712345675001', '1791234561001', ...naturalPersonRucs(100)].map(ruc => ({ __typename: 'Taxpayer', ruc })),
      '... on Taxpayer { iessEmployer { businessName qualifiedArtisan hasEmployerKey legalRepresentativeIdType sector { code name } } iessEmployerKeyRequests { channel status agency } }',
    );
    expect(sqlStatementCount(iess.dataSource) - before).toBe(3); // employers, requests, sectors
    expect(entities[0].iessEmployer).toMatchObject({ qualifiedArtisan: true, hasEmployerKey: false, sector: { code: 'ARTESANO' } });
    expect(entities[0].iessEmployerKeyRequests).toEqual([{ channel: 'PRESENCIAL', status: 'SUBMITTED', agency: 'Centro de Atención Universal Quito Norte' }]);
    expect(entities[1].iessEmployerKeyRequests).toEqual([{ channel: 'VIRTUAL', status: 'SUBMITTED', agency: null }]);
    expect(entities[2]).toEqual({ iessEmployer: null, iessEmployerKeyRequests: [] });
  });

  test('the IESS sectors are data', async () => {
    const { data } = await iess.query('{ iessSectors { code } }');
    expect(data!.iessSectors.map((s: any) => s.code)).toEqual(['ARTESANO', 'DOMESTICO', 'PRIVADO', 'PUBLICO']);
  });
});
