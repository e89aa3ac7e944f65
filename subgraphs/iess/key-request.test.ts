import { randomUUID } from 'node:crypto';
import { monthOf } from '../../shared/attention/months';
import { anonymousIdentity, effectiveScopes, type Role } from '../../shared/auth/identity';
import { addWorkingDays, ecuadorToday } from '../../shared/working-days';
import { JPEG, PDF, upload } from '../../test/support/files';
import { postSigned } from '../../test/support/graphql-client';
import { naturalPersonRucs } from '../../test/support/ruc-factory';
import { signedPdf, testSignatures } from '../../test/support/signed-pdf';
import { startSubgraph, type SubgraphUnderTest } from '../../test/support/subgraph';
import { iessProgram } from './program';
import { windowClock } from './window-clock';

// Seed 002 at the subgraph: the virtual and the presencial channels, foreigners, artisans, third-party
// pickup and the notarised power of attorney, against PostgreSQL. The set rules: key-request-documents.test.ts.

const CLERK = { role: 'front-office', subject: 'iess-ventanilla' } as const;
const REVIEWER = { role: 'reviewer', subject: 'iess-revisor' } as const;
const [COMPANY_RUC, FOREIGN_RUC] = ['0990011180001', '1790085783001'];
const [ARTISAN_RUC] = naturalPersonRucs(1, 9100);
const VIRTUAL = `mutation ($input: SubmitIessVirtualKeyRequestInput!) { submitIessVirtualKeyRequest(input: $input) {
  id status channel signatureKind documents { kind mediaType sizeBytes sha256 signature { signerName certificateSerial issuerName issuerVerified verdict } } } }`;
const signatures = testSignatures();
let signedRequest: Buffer; // the solicitud, signed by the throw-away CA's signer, in beforeAll
const docs = (...kinds: Array<[string, Buffer]>) => kinds.map(([kind, bytes], i) => upload(kind, `${kind.toLowerCase()}-${i}.${bytes === JPEG ? 'jpg' : 'pdf'}`, bytes));
const virtualDocs = (rep: [string, Buffer] = ['LEGAL_REPRESENTATIVE_ID', JPEG]) => docs(['RUC', PDF], ['SIGNED_REQUEST', signedRequest], rep, ['SIGNED_AGREEMENT', PDF]);

/** The next working day but one, at `hour:minute` in Quito, as a UTC instant. */
function slot(hour = 10, minute = 0): string {
  const day = addWorkingDays(ecuadorToday(), 2);
  return new Date(`${day}T${String(hour + 5).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`).toISOString();
}

describe('IESS clave patronal requests (seed 002)', () => {
  let iess: SubgraphUnderTest;
  const as = (who: { role: Role; subject: string } | null, query: string, variables?: Record<string, unknown>) =>
    postSigned(iess.url, iess.signingSecret, 'iess', who ? { ...who, scopes: effectiveScopes(who.role, []), agency: null, trustedOperationsOnly: false, requestId: randomUUID() } : anonymousIdentity(randomUUID()), query, variables);
  const rows = (sql: string, params: unknown[] = []) => iess.dataSource.query(sql, params);
  const lastCodeFor = async (email: string) => /código de verificación es (\d{6})/.exec((await rows(`SELECT body FROM outbox_message WHERE recipient = $1 ORDER BY created_at DESC LIMIT 1`, [email]))[0].body)![1];
  const register = (ruc: string, sectorCode: string, email: string, idType: string, idNumber: string) =>
    as(CLERK, 'mutation ($input: RegisterIessEmployerInput!) { registerIessEmployer(input: $input) { ruc } }', { input: { ruc, businessName: `Empleador ${ruc}`, sectorCode, email, legalRepresentative: { names: 'Representante Legal Demo', idType, idNumber } } });

  beforeAll(async () => {
    signedRequest = await signedPdf(signatures.signer, 'Solicitud de entrega de clave patronal');
    iess = await startSubgraph(iessProgram);
    await register(COMPANY_RUC, 'PRIVADO', 'rrhh@empresa-demo.ec', 'CEDULA', '0926687856');
    await register(FOREIGN_RUC, 'PRIVADO', 'gerencia@andina-demo.ec', 'PASSPORT', 'P-4839201');
    await register(ARTISAN_RUC, 'ARTESANO', 'taller@artesano-demo.ec', 'CEDULA', ARTISAN_RUC.slice(0, 10));
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => iess?.stop());

  test('virtual channel: a refused set writes nothing', async () => {
    const before = await rows('SELECT count(*)::int AS n FROM employer_key_request');
    const submit = (documents: unknown[]) => as(CLERK, VIRTUAL, { input: { employerRuc: COMPANY_RUC, province: 'Guayas', email: 'rrhh@empresa-demo.ec', message: 'Solicito la clave patronal.', representativeIdValidUntil: '2099-12-31', documents } });
    const unsigned = await submit(docs(['RUC', PDF], ['SIGNED_REQUEST', PDF], ['LEGAL_REPRESENTATIVE_ID', JPEG], ['SIGNED_AGREEMENT', PDF]));
    expect(unsigned.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'documents[1]', reason: 'SIGNATURE_MISSING' });
    const foreignDocument = await submit(virtualDocs(['FOREIGN_ID_DOCUMENT', PDF]));
    expect(foreignDocument.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'documents', reason: 'DOCUMENT_NOT_APPLICABLE' });
    expect(await rows('SELECT count(*)::int AS n FROM employer_key_request')).toEqual(before);
  });

  test('virtual channel: submitted, observed, corrected, approved, key delivered by e-mail and stored only as a hash', async () => {
    const input = { employerRuc: FOREIGN_RUC, province: 'Pichincha', email: 'gerencia@andina-demo.ec', message: 'Solicito la clave patronal.', representativeIdValidUntil: '2099-12-31', documents: virtualDocs(['FOREIGN_ID_DOCUMENT', PDF]) };
    process.env.SIGNATURE_TRUSTED_ROOTS = signatures.rootPemPath; // the subgraph runs in this process
    const foreign = await as(CLERK, VIRTUAL, { input }).finally(() => delete process.env.SIGNATURE_TRUSTED_ROOTS);
    expect(foreign.data!.submitIessVirtualKeyRequest).toMatchObject({ status: 'SUBMITTED', channel: 'VIRTUAL', signatureKind: 'ELECTRONIC' });
    const solicitud = foreign.data!.submitIessVirtualKeyRequest.documents.find((d: any) => d.kind === 'SIGNED_REQUEST');
    expect(solicitud.signature).toEqual({
      signerName: 'María José Paredes López',
      certificateSerial: signatures.signer.serial,
      issuerName: 'Autoridad de Certificacion de Pruebas Llavero',
      issuerVerified: true,
      verdict: 'firma íntegra, emisor verificado (Autoridad de Certificacion de Pruebas Llavero)',
    });
    const id = foreign.data!.submitIessVirtualKeyRequest.id;
    const observed = await as(REVIEWER, `mutation { observeIessKeyRequest(requestId: "${id}", observations: "El RUC escaneado es ilegible.") { status observations } }`);
    expect(observed.data!.observeIessKeyRequest).toEqual({ status: 'OBSERVED', observations: 'El RUC escaneado es ilegible.' });
    const early = await as(REVIEWER, `mutation { approveIessKeyRequest(requestId: "${id}") { status } }`);
    expect(early.errors![0].extensions!.code).toBe('CONFLICT');
    const corrected = await as(CLERK, 'mutation ($id: String!, $d: [IessDocumentInput!]!) { correctIessKeyRequest(requestId: $id, documents: $d) { status documents { kind } } }', { id, d: docs(['RUC', JPEG]) });
    expect(corrected.data!.correctIessKeyRequest.status).toBe('SUBMITTED');
    await as(REVIEWER, `mutation { approveIessKeyRequest(requestId: "${id}") { status } }`);
    const delivered = await as(CLERK, `mutation { deliverIessEmployerKey(input: { requestId: "${id}" }) { status keyPickedUpBy history { toStatus } } }`);
    expect(delivered.data!.deliverIessEmployerKey).toEqual({ status: 'KEY_DELIVERED', keyPickedUpBy: null, history: ['SUBMITTED', 'OBSERVED', 'SUBMITTED', 'APPROVED', 'KEY_DELIVERED'].map(toStatus => ({ toStatus })) });
    const [mail] = await rows(`SELECT body FROM outbox_message WHERE recipient = 'gerencia@andina-demo.ec' AND subject = 'Entrega de clave patronal'`);
    const key = /: (\S+)\nIngrese/.exec(mail.body)![1];
    const [employer] = await rows('SELECT employer_key_hash FROM employer WHERE ruc = $1', [FOREIGN_RUC]);
    expect(employer.employer_key_hash).toMatch(/^scrypt\$/);
    expect(employer.employer_key_hash).not.toContain(key);
    const [taxpayer] = await iess.entities(
      [{ __typename: 'Taxpayer', ruc: FOREIGN_RUC }],
      '... on Taxpayer { iessEmployer { hasEmployerKey } iessEmployerKeyRequests { status signatureKind documents { kind fileName mediaType sizeBytes sha256 signature { signerName certificateSerial } } } }',
    );
    expect(taxpayer.iessEmployer.hasEmployerKey).toBe(true);
    expect(taxpayer.iessEmployerKeyRequests[0].documents.map((d: any) => d.kind).sort()).toEqual(['FOREIGN_ID_DOCUMENT', 'RUC', 'SIGNED_AGREEMENT', 'SIGNED_REQUEST']);
    // The corrected RUC replaced its own row only: the solicitud's signature record is still there.
    expect(taxpayer.iessEmployerKeyRequests[0].documents.find((d: any) => d.kind === 'SIGNED_REQUEST').signature).toEqual({ signerName: 'María José Paredes López', certificateSerial: signatures.signer.serial });
    expect(JSON.stringify(taxpayer)).not.toMatch(/contentBase64|scrypt/);
  });

  test('presencial: verified turno, slots within hours and never double-booked, third party at the window', async () => {
    const codeFor = async (email: string) => {
      const sent = await as(CLERK, 'mutation ($i: RequestIessAppointmentCodeInput!) { requestIessAppointmentCode(input: $i) { verificationId sentTo } }', { i: { cedula: '1710034065', email, mobile: '0991234567' } });
      return { verificationId: sent.data!.requestIessAppointmentCode.verificationId, code: await lastCodeFor(email) };
    };
    const book = (verification: { verificationId: string; code: string }, startsAt: string, employerRuc = ARTISAN_RUC) =>
      as(CLERK, 'mutation ($i: BookIessAppointmentInput!) { bookIessAppointment(input: $i) { id status channel agency appointmentAt } }', {
        i: { ...verification, employerRuc, province: 'Pichincha', agencyCode: 'cau-quito-norte', startsAt },
      });
    const badMobile = await as(CLERK, 'mutation { requestIessAppointmentCode(input: { cedula: "1710034065", email: "a@b.ec", mobile: "12345" }) { sentTo } }');
    expect(badMobile.errors![0].extensions).toMatchObject({ field: 'mobile' });

    const first = await codeFor('taller@artesano-demo.ec');
    expect((await book({ ...first, code: first.code === '000000' ? '111111' : '000000' }, slot())).errors![0].extensions).toMatchObject({ field: 'code', reason: 'CODE_INVALID' });
    const saturday = new Date(Date.parse(slot()) + ((6 - new Date(slot()).getUTCDay() + 7) % 7) * 86_400_000).toISOString();
    for (const startsAt of [slot(7, 30), slot(17, 0), slot(10, 15), saturday]) {
      expect((await book(first, startsAt)).errors![0].extensions).toMatchObject({ field: 'startsAt', reason: 'SLOT_OUTSIDE_HOURS' });
    }
    const booked = await book(first, slot(16, 30));
    expect(booked.data!.bookIessAppointment).toMatchObject({ status: 'SUBMITTED', channel: 'PRESENCIAL', agency: 'Centro de Atención Universal Quito Norte' });
    expect((await book(first, slot(11))).errors![0].extensions).toMatchObject({ reason: 'CODE_INVALID' }); // single use
    const taken = await book(await codeFor('rrhh@empresa-demo.ec'), slot(16, 30), COMPANY_RUC);
    expect(taken.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'startsAt' });

    const id = booked.data!.bookIessAppointment.id;
    jest.spyOn(windowClock, 'now').mockReturnValue(new Date(Date.parse(slot(16, 30)) + 5 * 60_000)); // at the window, on the turno's day and hour
    const attend = (input: Record<string, unknown>) => as(CLERK, 'mutation ($i: AttendIessAppointmentInput!) { attendIessAppointment(input: $i) { signatureKind thirdPartyNames attendedAt } }', { i: { requestId: id, ...input } });
    const windowDocs = docs(['RUC', JPEG], ['SIGNED_REQUEST', PDF], ['LEGAL_REPRESENTATIVE_ID', JPEG], ['SIGNED_AGREEMENT', PDF], ['ARTISAN_QUALIFICATION', PDF]);
    expect((await attend({ handwrittenSignatures: false, documents: windowDocs })).errors![0].extensions).toMatchObject({ field: 'handwrittenSignatures' });
    const unauthorised = await attend({ handwrittenSignatures: true, representativeIdValidUntil: '2099-12-31', documents: windowDocs, thirdParty: { names: 'María Yánez', idType: 'CEDULA', idNumber: '1713175071', authorisedInSolicitud: false } });
    expect(unauthorised.errors![0].extensions).toMatchObject({ field: 'thirdParty.authorisedInSolicitud' });
    const attended = await attend({ handwrittenSignatures: true, representativeIdValidUntil: '2099-12-31', documents: windowDocs, thirdParty: { names: 'María Yánez', idType: 'CEDULA', idNumber: '1713175071', authorisedInSolicitud: true, idValidUntil: '2099-12-31' } });
    expect(attended.data!.attendIessAppointment).toMatchObject({ signatureKind: 'HANDWRITTEN', thirdPartyNames: 'María Yánez' });
    await as(REVIEWER, `mutation { approveIessKeyRequest(requestId: "${id}") { status } }`);
    const delivered = await as(CLERK, `mutation { deliverIessEmployerKey(input: { requestId: "${id}", pickedUpBy: AUTHORISED_THIRD_PARTY }) { status keyPickedUpBy } }`);
    expect(delivered.data!.deliverIessEmployerKey).toEqual({ status: 'KEY_DELIVERED', keyPickedUpBy: 'AUTHORISED_THIRD_PARTY' });
  });

  test('a notarised power of attorney counts only after the legal area validates and seals it', async () => {
    const sent = await as(CLERK, 'mutation { requestIessAppointmentCode(input: { cedula: "0926687856", email: "rrhh@empresa-demo.ec", mobile: "0987654321" }) { verificationId } }');
    const booked = await as(CLERK, 'mutation ($i: BookIessAppointmentInput!) { bookIessAppointment(input: $i) { id } }', {
      i: { verificationId: sent.data!.requestIessAppointmentCode.verificationId, code: await lastCodeFor('rrhh@empresa-demo.ec'), employerRuc: COMPANY_RUC, province: 'Pichincha', agencyCode: 'cau-quito-sur', startsAt: slot(9) },
    });
    const id = booked.data!.bookIessAppointment.id;
    jest.spyOn(windowClock, 'now').mockReturnValue(new Date(Date.parse(slot(9)) + 60_000));
    await as(CLERK, 'mutation ($i: AttendIessAppointmentInput!) { attendIessAppointment(input: $i) { attendedAt } }', {
      i: {
        requestId: id,
        handwrittenSignatures: true,
        representativeIdValidUntil: '2099-12-31',
        documents: docs(['RUC', PDF], ['SIGNED_REQUEST', PDF], ['LEGAL_REPRESENTATIVE_ID', JPEG], ['SIGNED_AGREEMENT', PDF]),
        powerOfAttorney: { notarialNumber: '20261701001P04521', attorneyNames: 'Andrés Felipe Salas Ortiz', attorneyIdType: 'CEDULA', attorneyIdNumber: '1710034065', attorneyIdValidUntil: '2099-12-31' },
      },
    });
    const unvalidated = await as(REVIEWER, `mutation { approveIessKeyRequest(requestId: "${id}") { status } }`);
    expect(unvalidated.errors![0].extensions!.code).toBe('CONFLICT');
    expect(unvalidated.errors![0].message).toMatch(/validado y sellado por el área jurídica/);
    const validated = await as(REVIEWER, `mutation { validateIessPowerOfAttorney(requestId: "${id}", seal: "DP-PICHINCHA-JUR-2026-118") { powerOfAttorneyValidatedBy powerOfAttorneySeal } }`);
    expect(validated.data!.validateIessPowerOfAttorney).toEqual({ powerOfAttorneyValidatedBy: 'iess-revisor', powerOfAttorneySeal: 'DP-PICHINCHA-JUR-2026-118' });
    expect((await as(REVIEWER, `mutation { approveIessKeyRequest(requestId: "${id}") { status } }`)).data!.approveIessKeyRequest.status).toBe('APPROVED');
    expect((await as(CLERK, `mutation { deliverIessEmployerKey(input: { requestId: "${id}", pickedUpBy: ATTORNEY }) { keyPickedUpBy } }`)).data!.deliverIessEmployerKey.keyPickedUpBy).toBe('ATTORNEY');
  });

  test('a request is named by the id Llavero returned: a malformed one is refused before any query, an unknown one is not found', async () => {
    const malformed = await as(REVIEWER, 'mutation { approveIessKeyRequest(requestId: "42") { status } }');
    expect(malformed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requestId', reason: 'ID_MALFORMED' });
    const unknown = randomUUID();
    const missing = await as(CLERK, `mutation { deliverIessEmployerKey(input: { requestId: "${unknown}" }) { status } }`);
    expect(missing.errors![0]).toMatchObject({ message: `No existe la solicitud de clave patronal ${unknown}.`, extensions: { code: 'NOT_FOUND', field: 'requestId' } });
  });

  test('each virtual request and each appointment attended counts in its month; complaints are recorded', async () => {
    const month = monthOf(new Date());
    await as(CLERK, 'mutation { recordIessComplaint(summary: "No se puede agendar turno en Loja") { complaints } }');
    const report = await as(null, `query ($r: [_Any!]!) { _entities(representations: $r) { ... on AttentionReport { iessEmployerKeys { attentions complaints } } } }`, { r: [{ __typename: 'AttentionReport', from: month, to: month }] });
    const [{ n }] = await rows(`SELECT (count(*) FILTER (WHERE channel = 'VIRTUAL' AND to_char(submitted_at AT TIME ZONE 'America/Guayaquil', 'YYYY-MM') = $1)
      + count(*) FILTER (WHERE attended_at IS NOT NULL AND to_char(attended_at AT TIME ZONE 'America/Guayaquil', 'YYYY-MM') = $1))::int AS n FROM employer_key_request WHERE submitted_by <> 'demo'`, [month]); // demo rows are not counted
    expect(report.data!._entities[0].iessEmployerKeys).toEqual([{ attentions: n, complaints: 1 }]);
  });
});
