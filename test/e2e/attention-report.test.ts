import { newCredentialCode } from '../../subgraphs/trainers/credential-code';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';

const REPORT = `query ($from: String!, $to: String!) {
  attentionReport(from: $from, to: $to) {
    from to months
    salAccessKeys { month attentions complaints }
    systemKeyRecovery { month attentions complaints }
    trainerCredentials { month attentions complaints }
    iessEmployerKeys { month attentions complaints }
  }
}`;

describe('attentionReport and the public trainer credential check through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startSubgraphsAndGateway();
  });
  afterAll(() => stack?.stop());

  test('one row per month for each service, with the published seed figures and null gaps', async () => {
    const { data, errors } = await stack.queryGateway(REPORT, { from: '2020-11', to: '2021-02' });
    expect(errors).toBeUndefined();
    const report = data!.attentionReport;
    expect(report.months).toEqual(['2020-11', '2020-12', '2021-01', '2021-02']);
    expect(report.systemKeyRecovery).toEqual([
      { month: '2020-11', attentions: 469, complaints: 0 },
      { month: '2020-12', attentions: 5602, complaints: 0 },
      { month: '2021-01', attentions: 667, complaints: 0 },
      { month: '2021-02', attentions: 1138, complaints: 0 },
    ]);
    // Seed 004 has no row for these months: no figure, not zero.
    expect(report.trainerCredentials.every((m: any) => m.attentions === null && m.complaints === null)).toBe(true);
    for (const service of ['salAccessKeys', 'iessEmployerKeys']) expect(report[service]).toHaveLength(4);
  });

  test('reported zeros stay zero, missing months are null, live months count requests', async () => {
    const { data } = await stack.queryGateway(REPORT, { from: '2025-07', to: '2026-11' });
    const sut = Object.fromEntries(data!.attentionReport.systemKeyRecovery.map((m: any) => [m.month, m.attentions]));
    expect(sut['2025-07']).toBe(331);
    expect(sut['2025-08']).toBeNull(); // absent from seed 001
    expect(sut['2025-10']).toBe(1);
    expect(sut['2026-05']).toBe(499);
    expect(sut['2026-08']).toBeNull(); // only a demo request that month: demo rows never reach the public report
    const iess = Object.fromEntries(data!.attentionReport.iessEmployerKeys.map((m: any) => [m.month, m.attentions]));
    expect(iess['2026-11']).toBeNull(); // nothing counted live yet; the demo requests are not public figures
    const trainers = await stack.queryGateway(REPORT, { from: '2018-01', to: '2019-02' });
    const t = trainers.data!.attentionReport.trainerCredentials;
    expect(t[0]).toEqual({ month: '2018-01', attentions: 0, complaints: 0 });
    expect(t[12]).toEqual({ month: '2019-01', attentions: 27, complaints: 0 });
    expect(t[13]).toEqual({ month: '2019-02', attentions: null, complaints: null });
  });

  test.each([
    ['2021-03', '2020-12', 'from', /posterior/],
    ['2000-01', '2020-02', 'to', /máximo es 240/],
    ['2020-13', '2021-01', 'from', /AAAA-MM/],
    ['2020-01', '21-01', 'to', /AAAA-MM/],
  ])('range %s..%s is BAD_USER_INPUT on %s', async (from, to, field, message) => {
    const { data, errors } = await stack.queryGateway(REPORT, { from, to });
    expect(data).toBeNull();
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(errors![0].message).toMatch(message);
  });

  test('a 20-year range is allowed', async () => {
    const { data, errors } = await stack.queryGateway(REPORT, { from: '2007-01', to: '2026-12' });
    expect(errors).toBeUndefined();
    expect(data!.attentionReport.systemKeyRecovery).toHaveLength(240);
  });

  test('trainerCredential(code): known, unknown, mistyped and malformed codes', async () => {
    const query = 'query ($code: String!) { trainerCredential(code: $code) { status validUntil trainer { names qualificationResolutionNumber } } }';
    const known = await stack.queryGateway(query, { code: 'cap 7k2m9 qx4tr z' });
    expect(known.data!.trainerCredential).toEqual({
      status: 'ISSUED',
      validUntil: '2028-06-19',
      trainer: { names: 'Ana Lucía Pérez Játiva', qualificationResolutionNumber: 'MDT-DCRCO-2026-0187-R' },
    });
    const unknown = await stack.queryGateway(query, { code: newCredentialCode() });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.trainerCredential).toBeNull();
    const mistyped = await stack.queryGateway(query, { code: 'CAP-7K2M9-QX4TR-Y' });
    expect(mistyped.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code', rule: 'CREDENTIAL_CODE_CHECK_CHARACTER' });
    expect(mistyped.errors![0].message).toMatch(/mal digitado/);
    const malformed = await stack.queryGateway(query, { code: 'XYZ' });
    expect(malformed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'CREDENTIAL_CODE_FORMAT' });
  });
});
