import { randomUUID } from 'node:crypto';
import { monthOf } from '../../shared/attention/months';
import { anonymousIdentity, effectiveScopes, type Identity, type Role } from '../../shared/auth/identity';
import { JPEG, PDF, XLSX, upload } from '../../test/support/files';
import { postSigned } from '../../test/support/graphql-client';
import { naturalPersonRucs } from '../../test/support/ruc-factory';
import { startSubgraph, type SubgraphUnderTest } from '../../test/support/subgraph';
import { sutProgram } from './program';

// Seed 001 against the sut subgraph and PostgreSQL: a recovery filed at a window or through Quipux,
// resolved with a single-use recovery link by e-mail, or rejected with a reason.

const staff = (role: Role, subject: string): Identity => ({ subject, role, scopes: effectiveScopes(role, []), agency: null, trustedOperationsOnly: false, requestId: randomUUID() });
const CLERK = staff('front-office', 'ventanilla-guayaquil');
const REVIEWER = staff('reviewer', 'mdt-revisor');
const ANYONE = anonymousIdentity('reporte-publico');
const SUBMIT = `mutation ($input: SubmitSystemKeyRecoveryInput!) { submitSystemKeyRecovery(input: $input) {
  id status channel attentionPoint { city } quipuxDocumentNumber recordedBy documents { kind mediaType sha256 } history { actor toStatus } } }`;
const [RUC] = naturalPersonRucs(1, 7000);

const presencial = (overrides: Record<string, unknown> = {}) => ({
  requesterRuc: RUC,
  system: 'SALARIOS_EN_LINEA',
  channel: 'PRESENCIAL',
  attentionPointCode: 'guayaquil',
  contactEmail: 'contabilidad@comercio-demo.ec',
  documents: [upload('RUC_CERTIFICATE', 'ruc.pdf', PDF), upload('SIGNED_REQUEST', 'solicitud-firmada.jpg', JPEG)],
  ...overrides,
});

describe('SUT / Salarios en Línea key recovery (seed 001) against PostgreSQL', () => {
  let sut: SubgraphUnderTest;
  const as = (who: Identity, query: string, variables?: Record<string, unknown>) => postSigned(sut.url, sut.signingSecret, 'sut', who, query, variables);
  const rows = (sql: string, params: unknown[] = []) => sut.dataSource.query(sql, params);
  beforeAll(async () => {
    sut = await startSubgraph(sutProgram);
  });
  afterAll(() => sut?.stop());

  test('bad inputs: coded Spanish errors naming the field, nothing written', async () => {
    const before = await rows('SELECT count(*)::int AS n FROM recovery_request');
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [presencial({ attentionPointCode: 'atlantida' }), 'attentionPointCode', /No existe la oficina "atlantida"/],
      [presencial({ channel: 'QUIPUX', attentionPointCode: null, quipuxDocumentNumber: '2026-0412' }), 'quipuxDocumentNumber', /formato/],
      [presencial({ requesterRuc: '1791234561000' }), 'requesterRuc', /establecimiento/],
      [presencial({ documents: [upload('SIGNED_REQUEST', 'solicitud.pdf', PDF)] }), 'documents', /falta el certificado del RUC vigente/],
      [presencial({ documents: [upload('RUC_CERTIFICATE', 'ruc.pdf', XLSX), upload('SIGNED_REQUEST', 's.pdf', PDF)] }), 'documents[0]', /Excel \(XLSX\) según su contenido/],
      [presencial({ documents: [upload('RUC_CERTIFICATE', 'ruc.pdf', Buffer.concat([PDF, Buffer.alloc(1024 * 1024)])), upload('SIGNED_REQUEST', 's.pdf', PDF)] }), 'documents[0]', /bytes: el máximo es 1\u00a0048\u00a0576 bytes \(1,00 MB\)/],
      [presencial({ contactEmail: 'no-es-correo' }), 'contactEmail', /no es válido/],
    ];
    for (const [input, field, message] of cases) {
      const { errors } = await as(CLERK, SUBMIT, { input });
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(errors![0].message).toMatch(message);
    }
    expect(await rows('SELECT count(*)::int AS n FROM recovery_request')).toEqual(before);
  });

  test('presencial at a regional office, resolved: a single-use 24-hour link by e-mail', async () => {
    const { data, errors } = await as(CLERK, SUBMIT, { input: presencial() });
    expect(errors).toBeUndefined();
    const recovery = data!.submitSystemKeyRecovery;
    expect(recovery).toMatchObject({ status: 'RECEIVED', channel: 'PRESENCIAL', attentionPoint: { city: 'Guayaquil' }, recordedBy: 'ventanilla-guayaquil' });
    expect(recovery.documents.map((d: any) => [d.kind, d.mediaType])).toEqual([
      ['RUC_CERTIFICATE', 'application/pdf'],
      ['SIGNED_REQUEST', 'image/jpeg'],
    ]);
    const resolved = await as(REVIEWER, `mutation { resolveSystemKeyRecovery(id: "${recovery.id}") { status decidedBy resolvedAt history { fromStatus toStatus actor } } }`);
    expect(resolved.data!.resolveSystemKeyRecovery).toMatchObject({ status: 'RESOLVED', decidedBy: 'mdt-revisor', history: [{ toStatus: 'RECEIVED' }, { fromStatus: 'RECEIVED', toStatus: 'RESOLVED', actor: 'mdt-revisor' }] });
    const [mail] = await rows(`SELECT subject, body FROM outbox_message WHERE recipient = 'contabilidad@comercio-demo.ec'`);
    expect(mail.subject).toMatch(/Salarios en Línea/);
    const token = /token=([A-Za-z0-9_-]{43})/.exec(mail.body)![1];
    const [stored] = await rows('SELECT token_sha256 FROM recovery_token');
    expect(stored.token_sha256).not.toContain(token);
    const redeem = () => as(CLERK, 'mutation ($t: String!) { redeemSystemKeyRecoveryToken(token: $t) { id } }', { t: token });
    expect((await redeem()).data!.redeemSystemKeyRecoveryToken.id).toBe(recovery.id);
    expect((await redeem()).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOKEN_INVALID' });
    const again = await as(REVIEWER, `mutation { rejectSystemKeyRecovery(id: "${recovery.id}", reason: "duplicada") { status } }`);
    expect(again.errors![0].extensions!.code).toBe('CONFLICT');
  });

  test('through Quipux, rejected with a reason', async () => {
    const { data } = await as(CLERK, SUBMIT, { input: presencial({ channel: 'QUIPUX', attentionPointCode: null, quipuxDocumentNumber: 'mdt-dsg-2026-0412-e', system: 'SUT' }) });
    expect(data!.submitSystemKeyRecovery).toMatchObject({ quipuxDocumentNumber: 'MDT-DSG-2026-0412-E', attentionPoint: null });
    const clerk = await as(CLERK, `mutation { rejectSystemKeyRecovery(id: "${data!.submitSystemKeyRecovery.id}", reason: "x") { status } }`);
    expect(clerk.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', scope: 'sut:decide' });
    const rejected = await as(REVIEWER, `mutation { rejectSystemKeyRecovery(id: "${data!.submitSystemKeyRecovery.id}", reason: "El RUC no está activo según su certificado.") { status rejectionReason } }`);
    expect(rejected.data!.rejectSystemKeyRecovery).toEqual({ status: 'REJECTED', rejectionReason: 'El RUC no está activo según su certificado.' });
    const [dossier] = await sut.entities([{ __typename: 'Taxpayer', ruc: RUC }], '... on Taxpayer { systemKeyRecoveries { system status channel } }');
    expect(dossier.systemKeyRecoveries).toEqual([
      { system: 'SUT', status: 'REJECTED', channel: 'QUIPUX' },
      { system: 'SALARIOS_EN_LINEA', status: 'RESOLVED', channel: 'PRESENCIAL' },
    ]);
  });

  test('each request received counts in its month after the published table; complaints are recorded', async () => {
    const month = monthOf(new Date());
    await as(CLERK, 'mutation { recordSutComplaint(summary: "Demora en la respuesta") { complaints } }');
    const report = await as(ANYONE, 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on AttentionReport { systemKeyRecovery { attentions complaints } } } }', {
      r: [{ __typename: 'AttentionReport', from: month, to: month }],
    });
    const received = (await rows(`SELECT count(*)::int AS n FROM recovery_request WHERE recorded_by <> 'demo' AND to_char(received_at AT TIME ZONE 'America/Guayaquil', 'YYYY-MM') = $1`, [month]))[0].n;
    expect(report.data!._entities[0].systemKeyRecovery).toEqual([{ attentions: received, complaints: 1 }]);
  });
});
