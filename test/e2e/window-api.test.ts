import { addWorkingDays, ecuadorToday } from '../../shared/working-days';
import { windowClock } from '../../subgraphs/iess/window-clock';
import { JPEG, PDF, b64, upload } from '../support/files';
import { naturalPersonRucs } from '../support/ruc-factory';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';
import type { TokenRequest } from '../support/tokens';

// Issue 13: what the /ventanilla page asks of the API, through the gateway as a clerk, a reviewer and a
// partner would: find by reference, download a received document, the dossier fields, the window's writes.

const CLERK = { role: 'front-office', subject: 'ventanilla-quito-13' } as const;
const REVIEWER = { role: 'reviewer', subject: 'revisora-ventanilla' } as const;
const PARTNER = { role: 'partner', agency: 'SRI', subject: 'sri-ventanilla', scopes: ['sal:read', 'sut:read', 'trainers:read', 'iess:read'] } as const;
const SAL_REQUEST = '5a1e0000-0000-4000-8000-000000000013';
const ACTIVE_KEY = '5a1d0000-0000-4000-8000-000000000002';
const IESS_PRESENCIAL = '1e550000-0000-4000-8000-000000000003'; // demo: artisan 1712345675001, turno 2026-11-26 10:00 Quito
const quito = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00-05:00`);
const DAY = addWorkingDays(ecuadorToday(), 3);

const FIND = `query Find($r: String!) {
  sal: salKeyRequestsByReference(reference: $r) { id status holderEmail documents { kind contentBase64 } }
  sut: systemKeyRecoveriesByReference(reference: $r) { id quipuxDocumentNumber contactEmail linkExpiresAt }
  trainers: trainerCredentialsByReference(reference: $r) { id code trainer { names qualificationResolutionNumber } }
  iess: iessEmployerKeyRequestsByReference(reference: $r) { id status appointmentAt } }`;
const ids = (data: Record<string, Array<{ id: string }>>) => Object.fromEntries(Object.entries(data).map(([service, rows]) => [service, rows.map(row => row.id)]));

describe('the window\'s API (issue 13), through the gateway', () => {
  let stack: Stack;
  const ok = async (who: TokenRequest, query: string, variables: Record<string, unknown> = {}) => {
    const answer = await stack.queryAs(who, query, variables);
    expect(answer.errors).toBeUndefined();
    return answer.data!;
  };
  const refused = async (who: TokenRequest, query: string, variables: Record<string, unknown> = {}) => {
    const answer = await stack.queryAs(who, query, variables);
    expect(answer.errors?.length).toBeGreaterThan(0);
    return answer.errors!;
  };
  const iessMail = async (to: string) => (await stack.dataSources.iess.query('SELECT body FROM outbox_message WHERE recipient = $1 ORDER BY created_at DESC LIMIT 1', [to]))[0].body as string;

  beforeAll(async () => {
    stack = await startSubgraphsAndGateway();
    // A SAL request approved into the demo key in force, with its form (SAL requests arrive by e-mail: the demo has none).
    await stack.adminQuery(
      `INSERT INTO sal.key_request (id, institution_ruc, kind, status, requester_cedula, requester_names, requester_email, holder_cedula, holder_names, holder_email,
         uath_appointment, requested_access_date, submitted_at, submitted_by, decided_at, decided_by, issued_key_id)
       VALUES ($1, '1760001630001', 'CREATION', 'APPROVED', '1710034065', 'María Fernanda Andrade Ruiz', 'maria.andrade@demostracion.gob.ec', '1710034065',
         'María Fernanda Andrade Ruiz', 'maria.andrade@demostracion.gob.ec', 'DIRECTOR_OR_JEFE', '2026-02-02', '2026-01-27T15:00:00Z', 'demo', '2026-01-30T15:00:00Z', 'demo', $2)`,
      [SAL_REQUEST, ACTIVE_KEY],
    );
    await stack.adminQuery(
      `INSERT INTO sal.key_request_document (request_id, kind, file_name, media_type, size_bytes, sha256, content) VALUES ($1, 'REQUEST_FORM', 'formulario.pdf', 'application/pdf', $2, repeat('0', 64), $3)`,
      [SAL_REQUEST, PDF.length, PDF],
    );
  });
  afterEach(() => {
    jest.restoreAllMocks();
    jest.useRealTimers();
  });
  afterAll(() => stack?.stop());

  test('find by reference: ids in any case, the Quipux number, the credential code or resolution as typed; anything else is []', async () => {
    const quipux = await ok(CLERK, FIND, { r: '  mdt-dmvth-2026-0412-e ' });
    expect(ids(quipux)).toEqual({ sal: [], sut: ['5a700000-0000-4000-8000-000000000001'], trainers: [], iess: [] });
    expect(quipux.sut[0]).toMatchObject({ quipuxDocumentNumber: 'MDT-DMVTH-2026-0412-E', contactEmail: 'talento.humano@demostracion.gob.ec', linkExpiresAt: '2026-07-17T13:00:00.000Z' });
    expect(ids(await ok(CLERK, FIND, { r: 'cap 7k2m9 qx4tr z' })).trainers).toEqual(['7a100000-0000-4000-8000-000000000001']);
    const byResolution = await ok(CLERK, FIND, { r: 'mdt-dcrco-2026-0187-r' });
    expect(byResolution.trainers).toEqual([{ id: '7a100000-0000-4000-8000-000000000001', code: 'CAP-7K2M9-QX4TR-Z', trainer: { names: 'Ana Lucía Pérez Játiva', qualificationResolutionNumber: 'MDT-DCRCO-2026-0187-R' } }]);
    expect(ids(await ok(CLERK, FIND, { r: IESS_PRESENCIAL.toUpperCase() })).iess).toEqual([IESS_PRESENCIAL]);
    const sal = await ok(CLERK, FIND, { r: ` ${ACTIVE_KEY} ` }); // the key's id finds the request that issued it
    expect(sal.sal).toEqual([{ id: SAL_REQUEST, status: 'APPROVED', holderEmail: 'maria.andrade@demostracion.gob.ec', documents: [{ kind: 'REQUEST_FORM', contentBase64: b64(PDF) }] }]);
    expect(ids(await ok(CLERK, FIND, { r: SAL_REQUEST })).sal).toEqual([SAL_REQUEST]);
    await stack.adminQuery(
      `INSERT INTO sut.recovery_request (id, requester_ruc, system, channel, quipux_document_number, contact_email, status, received_at, recorded_by)
       SELECT gen_random_uuid(), $1, 'SUT', 'QUIPUX', 'MDT-DSG-2026-0999-E', 'nomina@quipux-demo.ec', 'RECEIVED', now() - n * interval '1 minute', 'demo' FROM generate_series(1, 22) n`,
      naturalPersonRucs(1, 9400),
    );
    const many = (await ok(CLERK, FIND, { r: 'MDT-DSG-2026-0999-E' })).sut.map((row: { id: string }) => row.id);
    expect(many).toHaveLength(20); // at most 20, the newest
    expect(new Set(many).size).toBe(20);
    for (const nothing of ['not-a-uuid', "5a700000-0000-4000-8000-00000000000'", '00000000-0000-4000-8000-000000000000', 'MDT-DSG-2099-0001-E']) {
      expect(ids(await ok(CLERK, FIND, { r: nothing }))).toEqual({ sal: [], sut: [], trainers: [], iess: [] });
    }
  });

  test('a bad reference is BAD_USER_INPUT on `reference`, in Spanish, in every service', async () => {
    for (const [reference, reason] of [['   ', 'REFERENCE_EMPTY'], ['x'.repeat(101), 'REFERENCE_TOO_LONG']]) {
      const errors = await refused(CLERK, FIND, { r: reference });
      expect(errors.map(e => e.path![0]).sort()).toEqual(['iess', 'sal', 'sut', 'trainers']);
      for (const error of errors) {
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reference', reason });
        expect(error.message).toMatch(/referencia/);
      }
    }
  });

  test('partners: the same masking as elsewhere, and document content is FORBIDDEN; no read scope, no search', async () => {
    const masked = await ok(PARTNER, 'query ($r: String!) { systemKeyRecoveriesByReference(reference: $r) { contactEmail } trainerCredentialsByReference(reference: "CAP-7K2M9-QX4TR-Z") { code } }', { r: 'MDT-DMVTH-2026-0412-E' });
    expect(masked).toEqual({ systemKeyRecoveriesByReference: [{ contactEmail: 't***@demostracion.gob.ec' }], trainerCredentialsByReference: [{ code: 'CAP-*****-*****-*' }] });
    const content = await refused(PARTNER, `{ salKeyRequestsByReference(reference: "${SAL_REQUEST}") { documents { sha256 contentBase64 } } }`);
    expect(content[0].extensions).toMatchObject({ code: 'FORBIDDEN', scope: 'sal:read:unmasked' });
    expect(content[0].message).toMatch(/^Su acceso no incluye el alcance sal:read:unmasked/);
    const noScope = await refused({ role: 'partner', agency: 'SRI', scopes: ['sut:read'] }, `{ iessEmployerKeyRequestsByReference(reference: "${IESS_PRESENCIAL}") { id } }`);
    expect(noScope[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  test('one operation downloads at most 10 documents of a service: past that, a coded refusal instead of megabytes', async () => {
    const request = '5a1e0000-0000-4000-8000-000000000014';
    await stack.adminQuery(
      `INSERT INTO sal.key_request (id, institution_ruc, kind, status, requester_cedula, requester_names, requester_email, holder_cedula, holder_names, holder_email, uath_appointment, requested_access_date, submitted_by)
       VALUES ($1, '1760001630001', 'CREATION', 'SUBMITTED', '1710034065', 'María Fernanda Andrade Ruiz', 'maria.andrade@demostracion.gob.ec', '0926687856', 'Carlos Eduardo Vera Molina', 'carlos.vera@demostracion.gob.ec', 'DIRECTOR_OR_JEFE', '2026-12-01', 'demo')`,
      [request],
    );
    await stack.adminQuery(
      `INSERT INTO sal.key_request_document (request_id, kind, file_name, media_type, size_bytes, sha256, content)
       SELECT $1, 'REQUEST_FORM', 'formulario-' || n || '.pdf', 'application/pdf', $2, repeat('0', 64), $3 FROM generate_series(1, 11) n`,
      [request, PDF.length, PDF],
    );
    const READ = (field: string) => `{ salKeyRequestsByReference(reference: "${request}") { documents { ${field} } } }`;
    expect((await ok(CLERK, READ('sha256'))).salKeyRequestsByReference[0].documents).toHaveLength(11);
    const tooMany = await refused(CLERK, READ('contentBase64'));
    expect(tooMany[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contentBase64', reason: 'LIMIT_EXCEEDED', limit: 10 });
    expect(tooMany[0].message).toMatch(/como máximo 10 documentos/);
  });

  test('the dossier answers every field the window shows for the three demo RUCs', async () => {
    const data = await ok(CLERK, `{
      a: taxpayer(ruc: "1760001630001") { salAccessKeys { status holderEmail mustChangePassword lockedUntil lastSignInAt } systemKeyRecoveries { contactEmail resolvedAt linkExpiresAt linkUsedAt documents { kind } history { toStatus } }
        iessEmployer { legalRepresentativeNames legalRepresentativeId qualifiedArtisan } iessEmployerKeyRequests { status keyPickedUpBy keyDeliveredAt windowKeyNotice { printText } } }
      b: taxpayer(ruc: "1791234561001") { systemKeyRecoveries { status channel linkExpiresAt attentionPoint { city } } iessEmployerKeyRequests { status channel keyDeliveredAt } }
      c: taxpayer(ruc: "1712345675001") { trainerCredentials { code status trainer { names qualificationResolutionNumber } }
        iessEmployer { legalRepresentativeNames legalRepresentativeId qualifiedArtisan }
        iessEmployerKeyRequests { channel status agency appointmentAt attendedAt thirdPartyNames attorneyNames powerOfAttorneyNumber keyPickedUpBy keyDeliveredAt documents { kind } history { toStatus } } } }`);
    expect(data.a.salAccessKeys).toEqual([
      { status: 'ACTIVE', holderEmail: 'maria.andrade@demostracion.gob.ec', mustChangePassword: false, lockedUntil: null, lastSignInAt: null },
      { status: 'DEACTIVATED', holderEmail: 'carlos.vera@demostracion.gob.ec', mustChangePassword: false, lockedUntil: null, lastSignInAt: null },
    ]);
    await stack.adminQuery(`UPDATE sal.access_key SET locked_until = CASE id WHEN $1 THEN now() + interval '20 minutes' ELSE now() - interval '1 minute' END`, [ACTIVE_KEY]);
    const locks = (await ok(CLERK, '{ taxpayer(ruc: "1760001630001") { salAccessKeys { status lockedUntil } } }')).taxpayer.salAccessKeys;
    expect(locks).toEqual([{ status: 'ACTIVE', lockedUntil: expect.any(String) }, { status: 'DEACTIVATED', lockedUntil: null }]); // a lock that has passed is not shown
    expect(Date.parse(locks[0].lockedUntil)).toBeGreaterThan(Date.now() + 15 * 60_000);
    await stack.adminQuery('UPDATE sal.access_key SET locked_until = NULL');
    expect(data.a.systemKeyRecoveries).toEqual([{ contactEmail: 'talento.humano@demostracion.gob.ec', resolvedAt: '2026-07-16T13:00:00.000Z', linkExpiresAt: '2026-07-17T13:00:00.000Z', linkUsedAt: null, documents: [], history: [] }]);
    expect(data.a.iessEmployer).toEqual({ legalRepresentativeNames: 'Jorge Luis Cevallos Tapia', legalRepresentativeId: '1713175071', qualifiedArtisan: false });
    expect(data.a.iessEmployerKeyRequests).toEqual([{ status: 'KEY_DELIVERED', keyPickedUpBy: null, keyDeliveredAt: '2025-02-04T17:10:00.000Z', windowKeyNotice: null }]);
    expect(data.b.systemKeyRecoveries).toEqual([
      { status: 'RECEIVED', channel: 'PRESENCIAL', linkExpiresAt: null, attentionPoint: { city: expect.any(String) } },
      { status: 'RESOLVED', channel: 'PRESENCIAL', linkExpiresAt: '2026-08-04T16:40:00.000Z', attentionPoint: { city: expect.any(String) } },
    ]);
    expect(data.b.iessEmployerKeyRequests).toEqual([{ status: 'SUBMITTED', channel: 'VIRTUAL', keyDeliveredAt: null }]);
    expect(data.c.trainerCredentials).toEqual([{ code: 'CAP-7K2M9-QX4TR-Z', status: 'ISSUED', trainer: { names: 'Ana Lucía Pérez Játiva', qualificationResolutionNumber: 'MDT-DCRCO-2026-0187-R' } }]);
    expect(data.c.iessEmployer).toEqual({ legalRepresentativeNames: 'Ana Lucía Pérez Játiva', legalRepresentativeId: '1712345675', qualifiedArtisan: true });
    expect(data.c.iessEmployerKeyRequests[0]).toMatchObject({ channel: 'PRESENCIAL', agency: 'Centro de Atención Universal Quito Norte', appointmentAt: '2026-11-26T15:00:00.000Z', attendedAt: null, keyDeliveredAt: null });
  });

  test('SUT at the window: a PRESENCIAL request with its two documents, downloadable by staff; a bad file names its field and writes nothing', async () => {
    const [ruc] = naturalPersonRucs(1, 9300);
    const SUBMIT = 'mutation ($input: SubmitSystemKeyRecoveryInput!) { submitSystemKeyRecovery(input: $input) { id status channel attentionPoint { code } documents { kind fileName contentBase64 } } }';
    const input = { requesterRuc: ruc, system: 'SUT', channel: 'PRESENCIAL', attentionPointCode: 'quito', contactEmail: 'rrhh@comercio-ventanilla.ec', documents: [upload('RUC_CERTIFICATE', 'ruc.pdf', PDF), upload('SIGNED_REQUEST', 'solicitud.jpg', JPEG)] };
    const bad = await refused(CLERK, SUBMIT, { input: { ...input, documents: [input.documents[0], { ...input.documents[1], contentBase64: b64(Buffer.from('no es una imagen')) }] } });
    expect(bad[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'documents[1]', reason: 'DOCUMENT_TYPE' });
    expect(bad[0].message).toMatch(/solicitud\.jpg/);
    expect(await stack.adminQuery('SELECT count(*)::int AS n FROM sut.recovery_request WHERE requester_ruc = $1', [ruc])).toEqual([{ n: 0 }]);
    const noOffice = await refused(CLERK, SUBMIT, { input: { ...input, attentionPointCode: null } });
    expect(noOffice[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attentionPointCode' });
    const submitted = (await ok(CLERK, SUBMIT, { input })).submitSystemKeyRecovery;
    expect(submitted).toMatchObject({ status: 'RECEIVED', channel: 'PRESENCIAL', attentionPoint: { code: 'quito' } });
    expect(submitted.documents).toEqual([
      { kind: 'RUC_CERTIFICATE', fileName: 'ruc.pdf', contentBase64: b64(PDF) },
      { kind: 'SIGNED_REQUEST', fileName: 'solicitud.jpg', contentBase64: b64(JPEG) },
    ]);
    // The bytes are read only when contentBase64 is asked for, in one statement for all the documents.
    const logged = jest.spyOn(stack.dataSources.sut.logger, 'logQuery');
    const READ = 'query ($r: String!) { systemKeyRecoveriesByReference(reference: $r) { documents { kind sha256 } } }';
    expect((await ok(CLERK, READ, { r: submitted.id })).systemKeyRecoveriesByReference[0].documents).toHaveLength(2);
    expect(logged.mock.calls.filter(([sql]) => /"content"/.test(sql))).toEqual([]);
    await ok(CLERK, READ.replace('sha256', 'sha256 contentBase64'), { r: submitted.id });
    expect(logged.mock.calls.filter(([sql]) => /"content"/.test(sql))).toHaveLength(1);
    await ok(REVIEWER, 'mutation ($id: String!) { resolveSystemKeyRecovery(id: $id) { status } }', { id: submitted.id });
    const [found] = (await ok(CLERK, 'query ($r: String!) { systemKeyRecoveriesByReference(reference: $r) { status resolvedAt linkExpiresAt linkUsedAt } }', { r: submitted.id })).systemKeyRecoveriesByReference;
    expect(Date.parse(found.linkExpiresAt) - Date.parse(found.resolvedAt)).toBeGreaterThan(23.9 * 3_600_000);
    expect(found.linkUsedAt).toBeNull();
    expect((await refused(PARTNER, 'query ($r: String!) { systemKeyRecoveriesByReference(reference: $r) { documents { contentBase64 } } }', { r: submitted.id }))[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  test('trainers at the window: the pickup is recorded as it happens, in office hours', async () => {
    const DELIVER = 'mutation ($id: String!, $at: DateTimeISO) { deliverTrainerCredential(id: $id, deliveredAt: $at) { status deliveredAt } }';
    const onlyDate = ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] as const;
    jest.useFakeTimers({ now: new Date('2026-11-24T15:00:00Z'), advanceTimers: true, doNotFake: [...onlyDate] }); // a Tuesday, 10h00 in Quito
    const id = '7a100000-0000-4000-8000-000000000001';
    expect((await refused(CLERK, DELIVER, { id: 'CAP-7K2M9-QX4TR-Z' }))[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect((await refused(CLERK, DELIVER, { id, at: '2026-11-24T18:00:00Z' }))[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deliveredAt', reason: 'PICKUP_IN_THE_FUTURE' });
    expect((await ok(CLERK, DELIVER, { id })).deliverTrainerCredential).toEqual({ status: 'DELIVERED', deliveredAt: expect.stringMatching(/^2026-11-24T15:00/) });
  });

  test('IESS at the window: register, forms, a turno booked with the e-mailed code, third party and attorney attended, the key handed over', async () => {
    const RUC = '1790085783001';
    const REGISTER = 'mutation ($input: RegisterIessEmployerInput!) { registerIessEmployer(input: $input) { ruc businessName sector { code } } }';
    const employer = { ruc: RUC, businessName: 'Distribuidora Ventanilla S.A.', sectorCode: 'PRIVADO', email: 'rrhh@ventanilla-demo.ec', legalRepresentative: { names: 'Rosa Elena Quishpe Tipán', idType: 'CEDULA', idNumber: '0926687856' } };
    expect((await refused(CLERK, REGISTER, { input: { ...employer, legalRepresentative: { ...employer.legalRepresentative, idNumber: '0926687857' } } }))[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'legalRepresentative.idNumber' });
    expect((await ok(CLERK, REGISTER, { input: employer })).registerIessEmployer).toEqual({ ruc: RUC, businessName: 'Distribuidora Ventanilla S.A.', sector: { code: 'PRIVADO' } });
    const forms = (await ok(CLERK, 'query ($ruc: String!) { iessRegistrationForms(ruc: $ruc) { kind mediaType contentBase64 } }', { ruc: RUC })).iessRegistrationForms;
    expect(forms.map((f: any) => [f.mediaType, Buffer.from(f.contentBase64, 'base64').subarray(0, 5).toString()])).toEqual([['application/pdf', '%PDF-'], ['application/pdf', '%PDF-']]);

    const sent = (await ok(CLERK, 'mutation ($i: RequestIessAppointmentCodeInput!) { requestIessAppointmentCode(input: $i) { verificationId sentTo expiresAt } }', { i: { cedula: '0926687856', email: 'rrhh@ventanilla-demo.ec', mobile: '0991234567' } })).requestIessAppointmentCode;
    const code = /código de verificación es (\d{6})/.exec(await iessMail('rrhh@ventanilla-demo.ec'))![1];
    const BOOK = 'mutation ($i: BookIessAppointmentInput!) { bookIessAppointment(input: $i) { id status channel agency appointmentAt } }';
    const booking = { verificationId: sent.verificationId, code, employerRuc: RUC, province: 'Pichincha', agencyCode: 'cau-quito-norte', startsAt: quito(DAY, '10:00').toISOString() };
    expect((await refused(CLERK, BOOK, { i: { ...booking, code: code === '000000' ? '111111' : '000000' } }))[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    const booked = (await ok(CLERK, BOOK, { i: booking })).bookIessAppointment;
    expect(booked).toMatchObject({ status: 'SUBMITTED', channel: 'PRESENCIAL', appointmentAt: quito(DAY, '10:00').toISOString() });

    const ATTEND = 'mutation ($i: AttendIessAppointmentInput!) { attendIessAppointment(input: $i) { id status attendedAt signatureKind thirdPartyNames attorneyNames powerOfAttorneyNumber documents { kind } } }';
    const docs = [upload('RUC', 'ruc.pdf', PDF), upload('SIGNED_REQUEST', 'solicitud.pdf', PDF), upload('LEGAL_REPRESENTATIVE_ID', 'cedula.jpg', JPEG), upload('SIGNED_AGREEMENT', 'acuerdo.pdf', PDF)];
    const thirdParty = { names: 'Pedro Pablo Játiva Ríos', idType: 'CEDULA', idNumber: '1710034065', authorisedInSolicitud: true, idValidUntil: '2099-12-31' };
    jest.spyOn(windowClock, 'now').mockReturnValue(quito('2026-11-26', '10:05'));
    const artisan = { requestId: IESS_PRESENCIAL, handwrittenSignatures: true, representativeIdValidUntil: '2099-12-31', documents: [...docs, upload('ARTISAN_QUALIFICATION', 'calificacion.pdf', PDF)] };
    expect((await refused(CLERK, ATTEND, { i: { ...artisan, thirdParty: { ...thirdParty, authorisedInSolicitud: false } } }))[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'thirdParty.authorisedInSolicitud' });
    expect((await refused(CLERK, ATTEND, { i: { ...artisan, documents: docs } }))[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'documents' });
    expect((await ok(CLERK, ATTEND, { i: { ...artisan, thirdParty } })).attendIessAppointment).toMatchObject({ status: 'SUBMITTED', signatureKind: 'HANDWRITTEN', thirdPartyNames: 'Pedro Pablo Játiva Ríos' });

    jest.spyOn(windowClock, 'now').mockReturnValue(quito(DAY, '10:05'));
    const powerOfAttorney = { notarialNumber: '20261701001P01234', attorneyNames: 'María José Andrade León', attorneyIdType: 'CEDULA', attorneyIdNumber: '1710034065', attorneyIdValidUntil: '2099-12-31' };
    const attended = (await ok(CLERK, ATTEND, { i: { requestId: booked.id, handwrittenSignatures: true, representativeIdValidUntil: '2099-12-31', documents: docs, powerOfAttorney } })).attendIessAppointment;
    expect(attended).toMatchObject({ attorneyNames: 'María José Andrade León', powerOfAttorneyNumber: '20261701001P01234', documents: [{ kind: 'LEGAL_REPRESENTATIVE_ID' }, { kind: 'RUC' }, { kind: 'SIGNED_AGREEMENT' }, { kind: 'SIGNED_REQUEST' }] });
    const VALIDATE = 'mutation ($id: String!, $seal: String!) { validateIessPowerOfAttorney(requestId: $id, seal: $seal) { powerOfAttorneySeal powerOfAttorneyValidatedBy } }';
    expect((await refused(CLERK, VALIDATE, { id: booked.id, seal: 'DP-PICHINCHA-JUR-2026-118' }))[0].extensions).toMatchObject({ code: 'FORBIDDEN', scope: 'iess:decide' });
    expect((await refused(REVIEWER, VALIDATE, { id: booked.id, seal: '  ' }))[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'seal' });
    expect((await ok(REVIEWER, VALIDATE, { id: booked.id, seal: 'DP-PICHINCHA-JUR-2026-118' })).validateIessPowerOfAttorney).toEqual({ powerOfAttorneySeal: 'DP-PICHINCHA-JUR-2026-118', powerOfAttorneyValidatedBy: REVIEWER.subject });

    const DELIVER = 'mutation ($input: DeliverIessEmployerKeyInput!) { deliverIessEmployerKey(input: $input) { status keyPickedUpBy keyDeliveredAt windowKeyNotice { handedTo activateBefore printText } } }';
    for (const id of [IESS_PRESENCIAL, booked.id]) await ok(REVIEWER, 'mutation ($id: String!) { approveIessKeyRequest(requestId: $id) { status } }', { id });
    expect((await refused(CLERK, DELIVER, { input: { requestId: IESS_PRESENCIAL } }))[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'pickedUpBy' });
    const toThirdParty = (await ok(CLERK, DELIVER, { input: { requestId: IESS_PRESENCIAL, pickedUpBy: 'AUTHORISED_THIRD_PARTY' } })).deliverIessEmployerKey;
    expect(toThirdParty).toMatchObject({ status: 'KEY_DELIVERED', keyPickedUpBy: 'AUTHORISED_THIRD_PARTY', windowKeyNotice: { handedTo: expect.stringContaining('Pedro Pablo Játiva Ríos') } });
    expect(toThirdParty.windowKeyNotice.printText).toMatch(/Clave patronal: \S+/);
    const toAttorney = (await ok(CLERK, DELIVER, { input: { requestId: booked.id, pickedUpBy: 'ATTORNEY' } })).deliverIessEmployerKey;
    expect(toAttorney.windowKeyNotice.handedTo).toMatch(/María José Andrade León/);
    const [found] = (await ok(CLERK, `{ iessEmployerKeyRequestsByReference(reference: "${booked.id}") { status keyPickedUpBy keyDeliveredAt windowKeyNotice { printText } } }`)).iessEmployerKeyRequestsByReference;
    expect(found).toEqual({ status: 'KEY_DELIVERED', keyPickedUpBy: 'ATTORNEY', keyDeliveredAt: toAttorney.keyDeliveredAt, windowKeyNotice: null }); // the notice is returned once, never stored
    expect(Date.parse(found.keyDeliveredAt)).toBeGreaterThan(Date.now() - 60_000);
    expect((await ok(CLERK, '{ iessEmployerKeyRequestsByReference(reference: "20261701001P01234") { id } }')).iessEmployerKeyRequestsByReference).toEqual([]); // a deed's number, not a request's
  });
});
