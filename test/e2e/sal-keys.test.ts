import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monthOf } from '../../shared/attention/months';
import { deliverPending, fileTransport } from '../../shared/outbox/outbox';
import { addWorkingDays, ecuadorToday } from '../../shared/working-days';
import { FAKE_SIGNED_PDF, JPEG, PDF, PNG, XLSX, upload } from '../support/files';
import { signedPdf, testSignatures } from '../support/signed-pdf';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';

// Seed 000 end to end through the gateway: register, request, observe, re-request, approve, e-mail in
// the outbox, sign in, forced change, recover, deactivate, institution status change refused then allowed.

const RUC = '1768152560001'; // a public entity, valid modulo 11
const REVIEWER = { role: 'reviewer', subject: 'dmvth-revisora' } as const;
const CLERK = { role: 'front-office', subject: 'uath-ventanilla' } as const;

const SUBMIT = `mutation Submit($input: SubmitSalKeyRequestInput!) { submitSalKeyRequest(input: $input) {
  id status kind requestedAccessDate documents { kind fileName mediaType sizeBytes sha256 signature { signerName certificateSerial certificateValidTo issuerName issuerVerified verdict } }
  history { actor fromStatus toStatus } } }`;
const REVIEW = `mutation Review($input: ReviewSalKeyRequestInput!) { reviewSalKeyRequest(input: $input) { id status decidedBy observations issuedKeyId } }`;
const SIGN_IN = `mutation SignIn($input: SalSignInInput!) { checkSalSignIn(input: $input) { outcome remainingAttempts lockedUntil } }`;
const DOSSIER = `query ($ruc: String!) { taxpayer(ruc: $ruc) {
  salInstitution { status pendingAuthorizationProcesses statusChangeReason }
  salAccessKeys { holderCedula status mustChangePassword deactivationReason }
  salKeyRequests { kind status decidedBy observations history { actor toStatus } documents { kind sha256 } } } }`;

const accessDate = () => addWorkingDays(ecuadorToday(), 3);
const person = (cedula: string, names: string, email: string) => ({ cedula, names, email });
const ANA = person('1710034065', 'Ana María Torres Vela', 'ana.torres@senescyt-demo.gob.ec');
const LUIS = person('0926687856', 'Luis Alberto Mora Paz', 'luis.mora@senescyt-demo.gob.ec');
const signatures = testSignatures();
let delegationPdf: Buffer; // signed by the throw-away CA's signer, in beforeAll

function creation(holder = ANA, overrides: Record<string, unknown> = {}) {
  return {
    institutionRuc: RUC,
    kind: 'CREATION',
    requester: ANA,
    holder,
    uathAppointment: 'DESIGNATED_BY_MAXIMA_AUTORIDAD',
    requestedAccessDate: accessDate(),
    documents: [
      upload('REQUEST_FORM', 'formulario-claves.xlsx', XLSX),
      upload('ELEARNING_CERTIFICATE', 'certificado-elearning.pdf', PDF),
      upload('APPOINTMENT_DOCUMENT', 'accion-personal.jpg', JPEG),
      upload('DELEGATION', 'delegacion-maxima-autoridad.pdf', delegationPdf),
    ],
    ...overrides,
  };
}
const withDelegation = (bytes: Buffer) => creation(ANA, { documents: creation().documents.map(d => (d.kind === 'DELEGATION' ? upload('DELEGATION', 'delegacion.pdf', bytes) : d)) });

describe('SAL keys: the life of a UATH key (seed 000)', () => {
  let stack: Stack;
  let mailDir: string;
  const rows = (sql: string, params: unknown[] = []) => stack.dataSources.sal.query(sql, params);
  const lastMailTo = async (to: string) => (await rows(`SELECT subject, body FROM outbox_message WHERE recipient = $1 ORDER BY created_at DESC LIMIT 1`, [to]))[0];

  beforeAll(async () => {
    delegationPdf = await signedPdf(signatures.signer);
    stack = await startSubgraphsAndGateway();
    mailDir = mkdtempSync(join(tmpdir(), 'llavero-mail-'));
    const registered = await stack.queryAs(CLERK, `mutation { registerSalInstitution(input: { ruc: "${RUC}", name: "Secretaría de Demostración Senescyt", governmentFunction: EJECUTIVA }) { ruc status } }`);
    expect(registered.data).toEqual({ registerSalInstitution: { ruc: RUC, status: 'ACTIVE' } });
  });
  afterAll(async () => {
    await stack?.stop();
    rmSync(mailDir, { recursive: true, force: true });
  });

  test('bad inputs are coded Spanish errors naming the field, and write nothing', async () => {
    const cases: Array<[Record<string, unknown>, string, string, RegExp]> = [
      [creation(ANA, { documents: creation().documents.filter(d => d.kind !== 'ELEARNING_CERTIFICATE') }), 'BAD_USER_INPUT', 'documents', /Faltan documentos: el certificado de aprobación del e-learning/],
      [withDelegation(PNG), 'BAD_USER_INPUT', 'documents[3]', /es PNG según su contenido: se acepta PDF/],
      [creation(ANA, { uathAppointment: 'DIRECTOR_OR_JEFE' }), 'BAD_USER_INPUT', 'documents', /no lleva la delegación/],
      [withDelegation(PDF), 'BAD_USER_INPUT', 'documents[3]', /no tiene firma electrónica/],
      // The hand-written /Sig dictionary that the old text match took for a signature.
      [withDelegation(FAKE_SIGNED_PDF), 'BAD_USER_INPUT', 'documents[3]', /La firma electrónica de la delegación de la Máxima Autoridad "delegacion.pdf" no se acepta: el \/ByteRange/],
      [withDelegation(await signedPdf(signatures.expired)), 'BAD_USER_INPUT', 'documents[3]', /el certificado de Carlos Vencido Ruiz venció el .*Debe estar suscrita electrónicamente/],
      [creation(ANA, { requestedAccessDate: addWorkingDays(ecuadorToday(), 2) }), 'BAD_USER_INPUT', 'requestedAccessDate', /al menos 3 días término/],
      [creation(person('1710034066', 'X', 'x@senescyt-demo.gob.ec')), 'BAD_USER_INPUT', 'holder.cedula', /módulo 10/],
      [creation(person('1710034065', 'Ana', 'ana@gmail.com')), 'BAD_USER_INPUT', 'holder.email', /institucional/],
      [creation(ANA, { institutionRuc: '1760001640001' }), 'NOT_FOUND', 'institutionRuc', /no está registrada/],
      [creation(ANA, { institutionRuc: '1781234561001' }), 'BAD_USER_INPUT', 'institutionRuc', /tercer dígito/],
    ];
    for (const [input, code, field, message] of cases) {
      const { errors } = await stack.queryAs(CLERK, SUBMIT, { input });
      expect(errors![0].extensions).toMatchObject({ code, field });
      expect(errors![0].message).toMatch(message);
    }
    for (const [bytes, reason] of [[PDF, 'SIGNATURE_MISSING'], [FAKE_SIGNED_PDF, 'SIGNATURE_INVALID'], [await signedPdf(signatures.expired), 'SIGNATURE_CERTIFICATE_EXPIRED']] as const) {
      expect((await stack.queryAs(CLERK, SUBMIT, { input: withDelegation(bytes) })).errors![0].extensions).toMatchObject({ field: 'documents[3]', reason });
    }
    const lead = await stack.queryAs(CLERK, SUBMIT, { input: creation(ANA, { requestedAccessDate: ecuadorToday() }) });
    expect(lead.errors![0].extensions).toMatchObject({ reason: 'LEAD_TIME', earliest: accessDate() });
    const partner = await stack.queryAs({ role: 'partner', agency: 'SRI', scopes: ['sal:read'] }, SUBMIT, { input: creation() });
    expect(partner.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', scope: 'sal:write' });
    expect(await rows('SELECT count(*)::int AS n FROM key_request')).toEqual([{ n: 0 }]);
    expect(await rows('SELECT count(*)::int AS n FROM key_request_document')).toEqual([{ n: 0 }]);
  });

  test('request, close with observations (final), re-request, approve: the key goes out by e-mail through the outbox', async () => {
    const first = await stack.queryAs(CLERK, SUBMIT, { input: creation() });
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
    const partnerView = await stack.queryAs({ role: 'partner', agency: 'SRI', scopes: ['sal:read'] }, `{ taxpayer(ruc: "${RUC}") { salKeyRequests { documents { kind signature { signerName certificateSerial } } } } }`);
    expect(partnerView.data!.taxpayer.salKeyRequests[0].documents.find((d: any) => d.kind === 'DELEGATION').signature).toEqual({ signerName: 'M**** J*** P***** L****', certificateSerial: signer.serial });
    const duplicate = await stack.queryAs(CLERK, SUBMIT, { input: creation() });
    expect(duplicate.errors![0].extensions!.code).toBe('CONFLICT');

    const noObservations = await stack.queryAs(REVIEWER, REVIEW, { input: { requestId: request.id, decision: 'CLOSE_WITH_OBSERVATIONS' } });
    expect(noObservations.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'observations' });
    const closed = await stack.queryAs(REVIEWER, REVIEW, { input: { requestId: request.id, decision: 'CLOSE_WITH_OBSERVATIONS', observations: 'La delegación no está suscrita electrónicamente.' } });
    expect(closed.data!.reviewSalKeyRequest).toMatchObject({ status: 'CLOSED_WITH_OBSERVATIONS', decidedBy: 'dmvth-revisora' });
    expect((await lastMailTo(ANA.email)).body).toMatch(/no está suscrita electrónicamente/);
    const reopened = await stack.queryAs(REVIEWER, REVIEW, { input: { requestId: request.id, decision: 'APPROVE' } });
    expect(reopened.errors![0].extensions!.code).toBe('CONFLICT');
    expect(reopened.errors![0].message).toMatch(/definitivo/);
    const clerkReview = await stack.queryAs(CLERK, REVIEW, { input: { requestId: request.id, decision: 'APPROVE' } });
    expect(clerkReview.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', scope: 'sal:decide' });

    const second = await stack.queryAs(CLERK, SUBMIT, { input: creation() });
    const approved = await stack.queryAs(REVIEWER, REVIEW, { input: { requestId: second.data!.submitSalKeyRequest.id, decision: 'APPROVE' } });
    expect(approved.data!.reviewSalKeyRequest).toMatchObject({ status: 'APPROVED', issuedKeyId: expect.any(String) });
    const mail = await lastMailTo(ANA.email);
    expect(mail.subject).toMatch(/Clave de acceso al Sistema de Autorizaciones Laborales/);
    expect(mail.body).toContain(`R.U.C. de la institución: ${RUC}`);
    expect(mail.body).toContain(`Usuario: ${ANA.cedula}`);
    const [hash] = await rows(`SELECT password_hash FROM access_key WHERE institution_ruc = $1 AND holder_cedula = $2`, [RUC, ANA.cedula]);
    expect(hash.password_hash).toMatch(/^scrypt\$/);
    expect(mail.body).not.toContain(hash.password_hash);

    const dossier = await stack.queryGateway(DOSSIER, { ruc: RUC });
    expect(dossier.data!.taxpayer.salAccessKeys).toEqual([{ holderCedula: ANA.cedula, status: 'PENDING_FIRST_LOGIN', mustChangePassword: true, deactivationReason: null }]);
    expect(dossier.data!.taxpayer.salKeyRequests.map((r: any) => [r.status, r.decidedBy])).toEqual([
      ['APPROVED', 'dmvth-revisora'],
      ['CLOSED_WITH_OBSERVATIONS', 'dmvth-revisora'],
    ]);
    expect(JSON.stringify(dossier)).not.toMatch(/scrypt|password_?hash/i);
  });

  test('sign in with the temporary password, forced change, lockout after five failures', async () => {
    const temporary = /Contraseña temporal: (\S+)/.exec((await lastMailTo(ANA.email)).body)![1];
    const signIn = (password: string) => stack.queryAs(CLERK, SIGN_IN, { input: { ruc: RUC, cedula: ANA.cedula, password } });
    expect((await signIn(temporary)).data!.checkSalSignIn.outcome).toBe('PASSWORD_CHANGE_REQUIRED');
    const weak = await stack.queryAs(CLERK, 'mutation ($i: ChangeSalPasswordInput!) { changeSalPassword(input: $i) { status } }', { i: { ruc: RUC, cedula: ANA.cedula, password: temporary, newPassword: 'corta1' } });
    expect(weak.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const changed = await stack.queryAs(CLERK, 'mutation ($i: ChangeSalPasswordInput!) { changeSalPassword(input: $i) { status mustChangePassword } }', {
      i: { ruc: RUC, cedula: ANA.cedula, password: temporary, newPassword: 'Talento2026Humano' },
    });
    expect(changed.data!.changeSalPassword).toEqual({ status: 'ACTIVE', mustChangePassword: false });
    expect((await signIn('Talento2026Humano')).data!.checkSalSignIn.outcome).toBe('SUCCESS');
    const outcomes = [];
    for (let i = 0; i < 5; i++) outcomes.push((await signIn('equivocada123')).data!.checkSalSignIn);
    expect(outcomes.map(o => o.outcome)).toEqual(['WRONG_CREDENTIALS', 'WRONG_CREDENTIALS', 'WRONG_CREDENTIALS', 'WRONG_CREDENTIALS', 'LOCKED']);
    expect(outcomes[0].remainingAttempts).toBe(4);
    expect((await signIn('Talento2026Humano')).data!.checkSalSignIn.outcome).toBe('LOCKED');
  });

  test('recover the key: a hashed, single-use, expiring code by e-mail; rate-limited per RUC', async () => {
    const sent = await stack.queryAs(CLERK, `mutation { requestSalKeyRecovery(ruc: "${RUC}") { sentTo expiresAt } }`);
    expect(sent.data!.requestSalKeyRecovery.sentTo).toBe('a***@senescyt-demo.gob.ec');
    const minutes = (Date.parse(sent.data!.requestSalKeyRecovery.expiresAt) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    const code = /código de confirmación es (\d{6})/.exec((await lastMailTo(ANA.email)).body)![1];
    const [stored] = await rows('SELECT code_hash FROM recovery_code ORDER BY created_at DESC LIMIT 1');
    expect(stored.code_hash).toMatch(/^scrypt\$/);
    const confirm = (c: string) =>
      stack.queryAs(CLERK, 'mutation ($i: ConfirmSalKeyRecoveryInput!) { confirmSalKeyRecovery(input: $i) { status lockedUntil } }', { i: { ruc: RUC, code: c, newPassword: 'Recuperada2026' } });
    const wrong = await confirm(code === '000000' ? '111111' : '000000');
    expect(wrong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code', reason: 'CODE_WRONG' });
    expect((await confirm(code)).data!.confirmSalKeyRecovery).toEqual({ status: 'ACTIVE', lockedUntil: null });
    expect((await confirm(code)).errors![0].extensions).toMatchObject({ reason: 'CODE_EXPIRED' });
    expect((await stack.queryAs(CLERK, SIGN_IN, { input: { ruc: RUC, cedula: ANA.cedula, password: 'Recuperada2026' } })).data!.checkSalSignIn.outcome).toBe('SUCCESS');
    await stack.queryAs(CLERK, `mutation { requestSalKeyRecovery(ruc: "${RUC}") { sentTo } }`);
    await stack.queryAs(CLERK, `mutation { requestSalKeyRecovery(ruc: "${RUC}") { sentTo } }`);
    const limited = await stack.queryAs(CLERK, `mutation { requestSalKeyRecovery(ruc: "${RUC}") { sentTo } }`);
    expect(limited.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'RATE_LIMITED' });
  });

  test('a new Responsable UATH replaces the previous key (CHANGE_OF_RESPONSIBLE); a deactivation request deactivates', async () => {
    const luis = await stack.queryAs(CLERK, SUBMIT, { input: creation(LUIS, { requester: LUIS, uathAppointment: 'DIRECTOR_OR_JEFE', documents: creation().documents.slice(0, 3) }) });
    expect(luis.errors).toBeUndefined();
    await stack.queryAs(REVIEWER, REVIEW, { input: { requestId: luis.data!.submitSalKeyRequest.id, decision: 'APPROVE' } });
    const keys = (await stack.queryGateway(DOSSIER, { ruc: RUC })).data!.taxpayer.salAccessKeys;
    expect(keys.map((k: any) => [k.holderCedula, k.status, k.deactivationReason])).toEqual([
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
    const noKey = await stack.queryAs(CLERK, SUBMIT, { input: { ...deactivation, holder: ANA } });
    expect(noKey.errors![0].extensions!.code).toBe('CONFLICT');
    const submitted = await stack.queryAs(CLERK, SUBMIT, { input: deactivation });
    expect(submitted.errors).toBeUndefined();
    await stack.queryAs(REVIEWER, REVIEW, { input: { requestId: submitted.data!.submitSalKeyRequest.id, decision: 'APPROVE' } });
    const after = (await stack.queryGateway(DOSSIER, { ruc: RUC })).data!.taxpayer.salAccessKeys;
    expect(after[0]).toMatchObject({ holderCedula: LUIS.cedula, status: 'DEACTIVATED', deactivationReason: 'TEMPORARY_ABSENCE' });
  });

  test('institution status change is refused while authorisation processes are pending, then allowed', async () => {
    const change = `mutation { changeSalInstitutionStatus(input: { ruc: "${RUC}", reason: FUSION, oficioNumber: "MDT-2026-0099-OF", requestedBy: "Máxima Autoridad de Demostración" }) { status statusChangeReason } }`;
    await stack.queryAs(REVIEWER, `mutation { recordSalPendingAuthorizationProcesses(ruc: "${RUC}", count: 2) { pendingAuthorizationProcesses } }`);
    const refused = await stack.queryAs(REVIEWER, change);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'CONFLICT', pendingAuthorizationProcesses: 2 });
    expect(refused.errors![0].message).toMatch(/2 proceso\(s\) de autorización laboral pendiente/);
    await stack.queryAs(REVIEWER, `mutation { recordSalPendingAuthorizationProcesses(ruc: "${RUC}", count: 0) { pendingAuthorizationProcesses } }`);
    expect((await stack.queryAs(REVIEWER, change)).data!.changeSalInstitutionStatus).toEqual({ status: 'DEACTIVATED', statusChangeReason: 'FUSION' });
    const late = await stack.queryAs(CLERK, SUBMIT, { input: creation() });
    expect(late.errors![0].extensions!.code).toBe('CONFLICT');
  });

  test('the outbox sender delivers each e-mail once as an .eml file and blanks the stored body', async () => {
    const pending = (await rows('SELECT count(*)::int AS n FROM outbox_message WHERE sent_at IS NULL'))[0].n;
    expect(pending).toBeGreaterThan(3);
    let delivered = 0;
    for (let n = await deliverPending(stack.dataSources.sal, fileTransport(mailDir)); n > 0; n = await deliverPending(stack.dataSources.sal, fileTransport(mailDir))) delivered += n;
    expect(delivered).toBe(pending);
    const files = readdirSync(mailDir);
    expect(files).toHaveLength(pending);
    const keyMail = files.map(f => readFileSync(join(mailDir, f), 'utf8')).find(text => /Clave de acceso al Sistema de Autorizaciones/.test(text))!;
    expect(keyMail).toMatch(/^From: [^]*?<clavesautorizacioneslaborales@trabajo\.gob\.ec>\r?\nTo: /m);
    expect(keyMail).toMatch(/^To: ana\.torres@senescyt-demo\.gob\.ec/m);
    expect(await rows('SELECT count(*)::int AS n FROM outbox_message WHERE body IS NOT NULL')).toEqual([{ n: 0 }]);
    expect(await deliverPending(stack.dataSources.sal, fileTransport(mailDir))).toBe(0);
  });

  test('each submitted request counts as an attention in its month; complaints are recorded', async () => {
    const month = monthOf(new Date());
    await stack.queryAs(CLERK, 'mutation { recordSalComplaint(summary: "No llegó el correo con la clave temporal") { month complaints } }');
    const report = await stack.queryAs(null, `{ attentionReport(from: "${month}", to: "${month}") { salAccessKeys { month attentions complaints } } }`);
    const submitted = (await rows('SELECT count(*)::int AS n FROM key_request'))[0].n;
    expect(report.data!.attentionReport.salAccessKeys).toEqual([{ month, attentions: submitted, complaints: 1 }]);
  });
});
