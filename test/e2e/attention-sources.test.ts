import { monthOf } from '../../shared/attention/months';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';

const REPORT = `query ($from: String!, $to: String!) {
  attentionReport(from: $from, to: $to) {
    systemKeyRecovery { month attentions complaints source }
    trainerCredentials { month attentions complaints source }
    iessEmployerKeys { month attentions complaints source }
  }
}`;

describe('public figures stay the published ones (issue 12, point 9)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startSubgraphsAndGateway();
  });
  afterAll(() => stack?.stop());

  test('demo rows never reach the public attentionReport; each month says where its figures come from', async () => {
    const { data, errors } = await stack.queryGateway(REPORT, { from: '2025-01', to: '2026-09' });
    expect(errors).toBeUndefined();
    const byMonth = (series: any[]) => Object.fromEntries(series.map(m => [m.month, m]));
    const iess = byMonth(data!.attentionReport.iessEmployerKeys);
    const sut = byMonth(data!.attentionReport.systemKeyRecovery);
    const trainers = byMonth(data!.attentionReport.trainerCredentials);
    expect(iess['2025-01']).toEqual({ month: '2025-01', attentions: null, complaints: null, source: null });
    expect(sut['2026-07']).toEqual({ month: '2026-07', attentions: null, complaints: null, source: null });
    expect(sut['2026-08']).toEqual({ month: '2026-08', attentions: null, complaints: null, source: null });
    expect(trainers['2026-09']).toEqual({ month: '2026-09', attentions: null, complaints: null, source: null });
    expect(sut['2026-05']).toEqual({ month: '2026-05', attentions: 499, complaints: 0, source: 'TRANSPARENCY' });
    // The demo rows are kept, apart.
    const demo = await stack.adminQuery(`SELECT month FROM sut.monthly_attention WHERE source = 'DEMO' ORDER BY month`);
    expect(demo.map(r => r.month)).toEqual(expect.arrayContaining(['2026-07', '2026-08']));
  });

  test("an official table for a month Llavero counted replaces Llavero's count in the report, and the change is recorded", async () => {
    const month = monthOf(new Date());
    const recorded = await stack.queryAs({ role: 'front-office', subject: 'ventanilla-quejas' }, 'mutation { recordSutComplaint(summary: "Demora en la atención") { month complaints source } }');
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.recordSutComplaint).toEqual({ month, complaints: 1, source: 'LIVE' });
    // The institution publishes its table for that month afterwards (a data migration does this insert).
    await stack.adminQuery(`INSERT INTO sut.monthly_attention (month, attentions, complaints, source) VALUES ($1, 40, 3, 'TRANSPARENCY')`, [month]);
    const { data } = await stack.queryGateway(REPORT, { from: month, to: month });
    expect(data!.attentionReport.systemKeyRecovery).toEqual([{ month, attentions: 40, complaints: 3, source: 'TRANSPARENCY' }]);
    const changes = await stack.adminQuery(`SELECT replaced_source, replaced_complaints, published_attentions, published_complaints FROM sut.monthly_attention_change WHERE month = $1`, [month]);
    expect(changes).toEqual([{ replaced_source: 'LIVE', replaced_complaints: 1, published_attentions: 40, published_complaints: 3 }]);
  });
});
