import { SUBGRAPH_NAMES } from '../../shared/env';
import { sqlStatementCount } from '../../shared/database/data-source';
import { naturalPersonRucs } from '../support/ruc-factory';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';

const DOSSIER = `query Dossier($ruc: String!) {
  taxpayer(ruc: $ruc) {
    ruc kind checksumVerified cedula
    salInstitution { ruc name governmentFunction status pendingAuthorizationProcesses }
    salAccessKeys { id status holderCedula holderNames deactivationReason }
    systemKeyRecoveries { id system channel status attentionPoint { city } quipuxDocumentNumber }
    trainerCredentials { id code status trainer { names qualificationResolutionNumber } }
    iessEmployer { ruc businessName qualifiedArtisan hasEmployerKey sector { code } }
    iessEmployerKeyRequests { id channel status agency appointmentAt }
  }
}`;

const BATCH = `query Batch($rucs: [String!]!) {
  taxpayers(rucs: $rucs) {
    ruc salInstitution { name } salAccessKeys { status } systemKeyRecoveries { status }
    trainerCredentials { status } iessEmployer { businessName } iessEmployerKeyRequests { status }
  }
}`;

describe('dossier through the gateway (subgraphs + gateway over real HTTP)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startSubgraphsAndGateway();
  });
  afterAll(() => stack?.stop());

  test('the public institution 1760001630001 shows SAL, SUT and IESS sections', async () => {
    const { data, errors } = await stack.queryGateway(DOSSIER, { ruc: '1760001630001' });
    expect(errors).toBeUndefined();
    const t = data!.taxpayer;
    expect(t).toMatchObject({ ruc: '1760001630001', kind: 'PUBLIC_ENTITY', checksumVerified: true, cedula: null });
    expect(t.salInstitution).toMatchObject({ governmentFunction: 'EJECUTIVA', status: 'ACTIVE' });
    expect(t.salAccessKeys.map((k: any) => k.status)).toEqual(['ACTIVE', 'DEACTIVATED']);
    expect(t.systemKeyRecoveries).toHaveLength(1);
    expect(t.systemKeyRecoveries[0]).toMatchObject({ system: 'SUT', channel: 'QUIPUX', status: 'RESOLVED', attentionPoint: null });
    expect(t.trainerCredentials).toEqual([]);
    expect(t.iessEmployer).toMatchObject({ hasEmployerKey: true, sector: { code: 'PUBLICO' } });
    expect(t.iessEmployerKeyRequests.map((r: any) => r.status)).toEqual(['KEY_DELIVERED']);
  });

  test('the company 1791234561001 shows a pending virtual IESS request and two recoveries', async () => {
    const { data, errors } = await stack.queryGateway(DOSSIER, { ruc: '1791234561001' });
    expect(errors).toBeUndefined();
    const t = data!.taxpayer;
    expect(t).toMatchObject({ kind: 'COMPANY', salInstitution: null, salAccessKeys: [], trainerCredentials: [] });
    expect(t.systemKeyRecoveries.map((r: any) => [r.system, r.attentionPoint.city])).toEqual([
      ['SUT', 'Quito'],
      ['SALARIOS_EN_LINEA', 'Guayaquil'],
    ]);
    expect(t.iessEmployer).toMatchObject({ hasEmployerKey: false, sector: { code: 'PRIVADO' } });
    expect(t.iessEmployerKeyRequests).toEqual([expect.objectContaining({ channel: 'VIRTUAL', status: 'SUBMITTED', agency: null })]);
  });

  test('the natural person 1712345675001 shows a trainer credential and an artisan presencial request', async () => {
    const { data, errors } = await stack.queryGateway(DOSSIER, { ruc: '1712345675001' });
    expect(errors).toBeUndefined();
    const t = data!.taxpayer;
    expect(t).toMatchObject({ kind: 'NATURAL_PERSON', cedula: '1712345675' });
    expect(t.trainerCredentials).toEqual([
      expect.objectContaining({ code: 'CAP-7K2M9-QX4TR-Z', status: 'ISSUED', trainer: expect.objectContaining({ names: 'Ana Lucía Pérez Játiva' }) }),
    ]);
    expect(t.iessEmployer).toMatchObject({ qualifiedArtisan: true, sector: { code: 'ARTESANO' } });
    expect(t.iessEmployerKeyRequests[0]).toMatchObject({ channel: 'PRESENCIAL', status: 'SUBMITTED', appointmentAt: '2026-11-26T15:00:00.000Z' });
  });

  test('a valid RUC never seen has empty sections, not an error', async () => {
    const [ruc] = naturalPersonRucs(1);
    const { data, errors } = await stack.queryGateway(DOSSIER, { ruc });
    expect(errors).toBeUndefined();
    expect(data!.taxpayer).toMatchObject({
      ruc, salInstitution: null, salAccessKeys: [], systemKeyRecoveries: [], trainerCredentials: [], iessEmployer: null, iessEmployerKeyRequests: [],
    });
  });

  test('a company RUC that fails modulo 11 is accepted and flagged unverified', async () => {
    const { data, errors } = await stack.queryGateway('{ taxpayer(ruc: "0993370026001") { ruc kind checksumVerified salAccessKeys { id } } }');
    expect(errors).toBeUndefined();
    expect(data!.taxpayer).toEqual({ ruc: '0993370026001', kind: 'COMPANY', checksumVerified: false, salAccessKeys: [] });
  });

  test('taxpayers keeps the input order, duplicates included', async () => {
    const rucs = ['1712345675001', '1760001630001', '1791234561001', '1760001630001'];
    const { data, errors } = await stack.queryGateway(BATCH, { rucs });
    expect(errors).toBeUndefined();
    expect(data!.taxpayers.map((t: any) => t.ruc)).toEqual(rucs);
    expect(data!.taxpayers[1].salInstitution.name).toBe('Secretaría Nacional de Demostración');
  });

  test('500 RUCs cost each subgraph the same number of SQL statements as 1', async () => {
    const statements = async (rucs: string[]) => {
      const before = SUBGRAPH_NAMES.map(name => sqlStatementCount(stack.dataSources[name]));
      const { errors, data } = await stack.queryGateway(BATCH, { rucs });
      expect(errors).toBeUndefined();
      expect(data!.taxpayers).toHaveLength(rucs.length);
      return Object.fromEntries(SUBGRAPH_NAMES.map((name, i) => [name, sqlStatementCount(stack.dataSources[name]) - before[i]]));
    };
    const one = await statements(['1712345675001']);
    const many = await statements(['1712345675001', ...naturalPersonRucs(499, 1000)]);
    expect(many).toEqual(one);
    expect(one).toEqual({ sal: 2, sut: 1, trainers: 1, iess: 2 });
  });

  test('an invalid RUC in a batch is BAD_USER_INPUT naming it, and no subgraph is asked', async () => {
    const before = SUBGRAPH_NAMES.map(name => sqlStatementCount(stack.dataSources[name]));
    const { data, errors } = await stack.queryGateway(BATCH, { rucs: ['1760001630001', '1791234561000', 'abc'] });
    expect(data).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rucs[1]', value: '1791234561000', rule: 'RUC_ESTABLISHMENT' });
    expect(errors![0].message).toMatch(/posición 2.*establecimiento/);
    expect((errors![0].extensions!.invalid as unknown[]).length).toBe(2);
    expect(SUBGRAPH_NAMES.map(name => sqlStatementCount(stack.dataSources[name]))).toEqual(before);
  });

  test('more than 500 RUCs is refused with the limit in Spanish', async () => {
    const { status, data, errors } = await stack.queryGateway(BATCH, { rucs: naturalPersonRucs(501) });
    expect(status).toBe(400); // refused before anything is fetched
    expect(data ?? null).toBeNull();
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rucs' });
    expect(errors![0].message).toMatch(/501 RUC: el máximo por solicitud es 500/);
  });

  test.each([
    ['17600016300', 'FORMAT', /13 dígitos/],
    ['1781234561001', 'THIRD_DIGIT', /tercer dígito/],
    ['1712345674001', 'CHECK_DIGIT', /módulo 10/],
  ])('taxpayer(%s) is BAD_USER_INPUT with rule %s', async (ruc, rule, message) => {
    const { data, errors } = await stack.queryGateway(DOSSIER, { ruc });
    expect(data).toBeNull();
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ruc', rule: `RUC_${rule}` });
    expect(errors![0].message).toMatch(message);
  });

  test('malformed GraphQL is BAD_USER_INPUT with a Spanish message and no stack trace', async () => {
    const parse = await stack.queryGateway('{ taxpayer(ruc: ');
    expect(parse.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_PARSE_FAILED', detail: expect.stringMatching(/Syntax Error/) });
    expect(parse.errors![0].message).toMatch(/^La consulta GraphQL está mal formada/);
    const unknownField = await stack.queryGateway('{ taxpayer(ruc: "1760001630001") { password } }');
    expect(unknownField.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
    expect(unknownField.errors![0].message).toMatch(/^La consulta GraphQL no es válida/);
    const wrongVariable = await stack.queryGateway('query ($ruc: String!) { taxpayer(ruc: $ruc) { ruc } }', { ruc: 1760001630001 });
    expect(wrongVariable.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ruc' });
    expect(wrongVariable.errors![0].message).toMatch(/^La variable "ruc"/);
    for (const error of [...parse.errors!, ...unknownField.errors!, ...wrongVariable.errors!]) expect(error.extensions!.stacktrace).toBeUndefined();
  });
});
