import { monthOf } from '../../shared/attention/months';
import { addWorkingDays, ecuadorToday } from '../../shared/working-days';
import { PDF, upload, XLSX } from '../../test/support/files';
import { signedPdf, testSignatures } from '../../test/support/signed-pdf';
import { accessDate, ANA, CLERK, creation, LUIS, PARTNER, REVIEW, REVIEWER, RUC, startSal, SUBMIT, type SalUnderTest } from './sal-under-test';

// Seed 000 §6.1–6.4 at the subgraph: request, close with observations (final), re-request, approve; a new
// Responsable UATH replaces the key; a deactivation request deactivates. Through the gateway: test/e2e/sal-keys.

const KEYS = '... on Taxpayer { salAccessKeys { holderCedula status deactivationReason } }';
const signatures = testSignatures();

describe('SAL key requests (seed 000 §6)', () => {
  let t: SalUnderTest;
  let designated: (overrides?: Record<string, unknown>) => ReturnType<typeof creation>;
  const keysOf = async () => (await t.sal.entities([{ __typename: 'Taxpayer', ruc: RUC }], KEYS))[0].salAccessKeys;
  beforeAll(async () => {
    const delegation = upload('DELEGATION', 'delegacion-maxima-autoridad.pdf', await signedPdf(signatures.signer));
    designated = overrides => creation(ANA, { uathAppointment: 'DESIGNATED_BY_MAXIMA_AUTORIDAD', documents: [...creation().documents, delegation], ...overrides });
    t = await startSal();
  });
  afterAll(() => t?.stop());

  test('bad inputs are coded Spanish errors naming the field, and write nothing', async () => {
    const person = (cedula: string, names: string, email: string) => ({ cedula, names, email });
    const cases: Array<[Record<string, unknown>, string, string, RegExp]> = [
      // Each document and signature rule: key-request-documents.test.ts; here, that the set is checked before anything is written.
      [creation(ANA, { documents: creation().documents.filter(d => d.kind !== 'ELEARNING_CERTIFICATE') }), 'BAD_USER_INPUT', 'documents', /Faltan documentos: el certificado de aprobación del e-learning/],
      [designated({ documents: [...creation().documents, upload('DELEGATION', 'delegacion.pdf', PDF)] }), 'BAD_USER_INPUT', 'documents[3]', /no tiene firma electrónica/],
      [creation(ANA, { requestedAccessDate: addWorkingDays(ecuadorToday(), 2) }), 'BAD_USER_INPUT', 'requestedAccessDate', /al menos 3 días término/],
      [creation(person('1710034066', 'X', 'x@senescyt-demo.gob.ec')), 'BAD_USER_INPUT', 'holder.cedula', /módulo 10/],
      [creation(person('1710034065', 'Ana', 'ana@gmail.com')), 'BAD_USER_INPUT', 'holder.email', /institucional/],
      [creation(ANA, { institutionRuc: '1760001640001' }), 'NOT_FOUND', 'institutionRuc', /no está registrada/],
      [creation(ANA, { institutionRuc: '1781234561001' }), 'BAD_USER_INPUT', 'institutionRuc', /tercer dígito/],
    ];
    for (const [input, code, field, message] of cases) {
      const { errors } = await t.as(CLERK, SUBMIT, { input });
      expect(errors![0].extensions).toMatchObject({ code, field });
      expect(errors![0].message).toMatch(message);
    }
    const lead = await t.as(CLERK, SUBMIT, { input: creation(ANA, { requestedAccessDate: ecuadorToday() }) });
    expect(lead.errors![0].extensions).toMatchObject({ reason: 'LEAD_TIME', earliest: accessDate() });
    const partner = await t.as(PARTNER, SUBMIT, { input: creation() });
    expect(partner.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', scope: 'sal:write' });
    expect(await t.rows('SELECT count(*)::int AS n FROM key_request')).toEqual([{ n: 0 }]);
    expect(await t.rows('SELECT count(*)::int AS n FROM key_request_document')).toEqual([{ n: 0 }]);
  });

  test('request, close with observations (final), re-request, approve: the key goes out by e-mail through the outbox', async () => {
    const first = await t.as(CLERK, SUBMIT, { input: designated() });
    expect(first.errors).toBeUndefined();
    const request = first.data!.submitSalKeyRequest;
    expect(request).toMatchObject({ status: 'SUBMITTED', kind: 'CREATION', requestedAccessDate: accessDate(), history: [{ actor: 'uath-ventanilla', fromStatus: null, toStatus: 'SUBMITTED' }] });
    expect(request.documents.map((d: any) => [d.kind, d.mediaType])).toEqual([
      ['APPOINTMENT_DOCUMENT', 'image/jpeg'],
      ['DELEGATION', 'application/pdf'],
      ['ELEARNING_CERTIFICATE', 'application/pdf'],
      ['REQUEST_FORM', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ]);
    expect(request.documents[1].sha256).toMatch(/^[0-9a-f]{64}$/);
    // What was verified of the delegation's signature is recorded; no roots are configured here.
    const { signer } = signatures;
    expect(request.documents[1].signature).toEqual({
      signerName: 'María José Paredes López',
      certificateSerial: signer.serial,
      certificateValidTo: new Date(Math.floor(signer.certificate.validity.notAfter.getTime() / 1000) * 1000).toISOString(),
      issuerName: 'Autoridad de Certificacion de Pruebas Llavero',
      issuerVerified: false,
      verdict: expect.stringMatching(/^firma íntegra, emisor no verificado/),
    });
    expect(request.documents.filter((d: any) => d.kind !== 'DELEGATION').map((d: any) => d.signature)).toEqual([null, null, null]);
    const duplicate = await t.as(CLERK, SUBMIT, { input: designated() });
    expect(duplicate.errors![0].extensions!.code).toBe('CONFLICT');

    const noObservations = await t.as(REVIEWER, REVIEW, { input: { requestId: request.id, decision: 'CLOSE_WITH_OBSERVATIONS' } });
    expect(noObservations.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'observations' });
    const closed = await t.as(REVIEWER, REVIEW, { input: { requestId: request.id, decision: 'CLOSE_WITH_OBSERVATIONS', observations: 'La delegación no está suscrita electrónicamente.' } });
    expect(closed.data!.reviewSalKeyRequest).toMatchObject({ status: 'CLOSED_WITH_OBSERVATIONS', decidedBy: 'dmvth-revisora' });
    expect((await t.lastMailTo(ANA.email)).body).toMatch(/no está suscrita electrónicamente/);
    const reopened = await t.as(REVIEWER, REVIEW, { input: { requestId: request.id, decision: 'APPROVE' } });
    expect(reopened.errors![0].extensions!.code).toBe('CONFLICT');
    expect(reopened.errors![0].message).toMatch(/definitivo/);
    const clerkReview = await t.as(CLERK, REVIEW, { input: { requestId: request.id, decision: 'APPROVE' } });
    expect(clerkReview.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', scope: 'sal:decide' });

    const second = await t.as(CLERK, SUBMIT, { input: designated() });
    const approved = await t.as(REVIEWER, REVIEW, { input: { requestId: second.data!.submitSalKeyRequest.id, decision: 'APPROVE' } });
    expect(approved.data!.reviewSalKeyRequest).toMatchObject({ status: 'APPROVED', issuedKeyId: expect.any(String) });
    const mail = await t.lastMailTo(ANA.email);
    expect(mail.subject).toMatch(/Clave de acceso al Sistema de Autorizaciones Laborales/);
    expect(mail.body).toContain(`R.U.C. de la institución: ${RUC}`);
    expect(mail.body).toContain(`Usuario: ${ANA.cedula}`);
    const [hash] = await t.rows(`SELECT password_hash FROM access_key WHERE institution_ruc = $1 AND holder_cedula = $2`, [RUC, ANA.cedula]);
    expect(hash.password_hash).toMatch(/^scrypt\$/);
    expect(mail.body).not.toContain(hash.password_hash);
    expect(await t.rows('SELECT to_status, note FROM key_request_event WHERE request_id = $1 ORDER BY id', [request.id])).toEqual([
      { to_status: 'SUBMITTED', note: null },
      { to_status: 'CLOSED_WITH_OBSERVATIONS', note: 'La delegación no está suscrita electrónicamente.' },
    ]);
  });

  test('a request is named by its id: a malformed one is refused before any query, an unknown one is NOT_FOUND', async () => {
    const malformed = await t.as(REVIEWER, REVIEW, { input: { requestId: 'no-es-un-id', decision: 'APPROVE' } });
    expect(malformed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requestId', reason: 'ID_MALFORMED' });
    const unknown = await t.as(REVIEWER, REVIEW, { input: { requestId: '5a1d0000-0000-4000-8000-0000000000ff', decision: 'APPROVE' } });
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'requestId' });
    expect(unknown.errors![0].message).toBe('No existe la solicitud de clave 5a1d0000-0000-4000-8000-0000000000ff.');
  });

  test('a new Responsable UATH replaces the previous key only when the request says so (§6.6); a deactivation request deactivates', async () => {
    const silent = await t.as(CLERK, SUBMIT, { input: creation(LUIS, { requester: LUIS }) });
    expect(silent.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'replacedKey', reason: 'KEY_IN_FORCE', holderCedula: ANA.cedula });
    const luis = await t.as(CLERK, SUBMIT, { input: creation(LUIS, { requester: LUIS, replacedKey: { holderCedula: ANA.cedula, reason: 'CHANGE_OF_RESPONSIBLE' } }) });
    expect(luis.errors).toBeUndefined();
    await t.as(REVIEWER, REVIEW, { input: { requestId: luis.data!.submitSalKeyRequest.id, decision: 'APPROVE' } });
    expect((await keysOf()).map((k: any) => [k.holderCedula, k.status, k.deactivationReason])).toEqual([
      [LUIS.cedula, 'PENDING_FIRST_LOGIN', null],
      [ANA.cedula, 'DEACTIVATED', 'CHANGE_OF_RESPONSIBLE'],
    ]);
    const deactivation = {
      institutionRuc: RUC,
      kind: 'DEACTIVATION',
      requester: LUIS,
      holder: LUIS,
      uathAppointment: 'DIRECTOR_OR_JEFE',
      deactivationReason: 'TEMPORARY_ABSENCE',
      documents: [upload('REQUEST_FORM', 'formulario-desactivacion.xlsx', XLSX), upload('REQUESTER_PERSONNEL_ACTION', 'accion-personal-solicitante.pdf', PDF)],
    };
    const noKey = await t.as(CLERK, SUBMIT, { input: { ...deactivation, holder: ANA } });
    expect(noKey.errors![0].extensions!.code).toBe('CONFLICT');
    const submitted = await t.as(CLERK, SUBMIT, { input: deactivation });
    expect(submitted.errors).toBeUndefined();
    await t.as(REVIEWER, REVIEW, { input: { requestId: submitted.data!.submitSalKeyRequest.id, decision: 'APPROVE' } });
    expect((await keysOf())[0]).toMatchObject({ holderCedula: LUIS.cedula, status: 'DEACTIVATED', deactivationReason: 'TEMPORARY_ABSENCE' });
  });

  test('each submitted request counts as an attention in its month; complaints are recorded', async () => {
    const month = monthOf(new Date());
    await t.as(CLERK, 'mutation { recordSalComplaint(summary: "No llegó el correo con la clave temporal") { month complaints } }');
    const report = await t.as(null, 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on AttentionReport { salAccessKeys { month attentions complaints } } } }', {
      r: [{ __typename: 'AttentionReport', from: month, to: month }],
    });
    const submitted = (await t.rows('SELECT count(*)::int AS n FROM key_request'))[0].n;
    expect(report.data!._entities[0].salAccessKeys).toEqual([{ month, attentions: submitted, complaints: 1 }]);
  });
});
