import { PDFDocument } from 'pdf-lib';
import { monthOf } from '../../shared/attention/months';
import { addWorkingDays, ecuadorToday } from '../../shared/working-days';
import { FAKE_SIGNED_PDF, JPEG, PDF, PNG, upload } from '../support/files';
import { signedPdf, testSignatures } from '../support/signed-pdf';
import { naturalPersonRucs } from '../support/ruc-factory';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';

// Seed 002 end to end through the gateway: employer registration and its two forms, the virtual and
// the presencial channels, foreigners, artisans, third-party pickup and the notarised power of attorney.

const CLERK = { role: 'front-office', subject: 'iess-ventanilla' } as const;
const REVIEWER = { role: 'reviewer', subject: 'iess-revisor' } as const;
const [COMPANY_RUC, FOREIGN_RUC] = ['0990011180001', '1790085783001'];
const [ARTISAN_RUC] = naturalPersonRucs(1, 9100);
const REGISTER = `mutation ($input: RegisterIessEmployerInput!) { registerIessEmployer(input: $input) { ruc qualifiedArtisan legalRepresentativeIdType sector { code } } }`;
const VIRTUAL = `mutation ($input: SubmitIessVirtualKeyRequestInput!) { submitIessVirtualKeyRequest(input: $input) {
  id status channel signatureKind documents { kind mediaType sizeBytes sha256 signature { signerName certificateSerial issuerName issuerVerified verdict } } } }`;
const signatures = testSignatures();
let signedRequest: Buffer; // the solicitud, signed by the throw-away CA's signer, in beforeAll
const docs = (...kinds: Array<[string, Buffer]>) => kinds.map(([kind, bytes], i) => upload(kind, `${kind.toLowerCase()}-${i}.${bytes === JPEG ? 'jpg' : 'pdf'}`, bytes));
const virtualDocs = (extra: Array<[string, Buffer]> = [], rep: [string, Buffer] = ['LEGAL_REPRESENTATIVE_ID', JPEG]) =>
  docs(['RUC', PDF], ['SIGNED_REQUEST', signedRequest], rep, ['SIGNED_AGREEMENT', PDF], ...extra);

/** Runs `work` with the throw-away root CA in SIGNATURE_TRUSTED_ROOTS (the subgraphs run in this process). */
async function withTrustedRoots<T>(work: () => Promise<T>): Promise<T> {
  process.env.SIGNATURE_TRUSTED_ROOTS = signatures.rootPemPath;
  try {
    return await work();
  } finally {
    delete process.env.SIGNATURE_TRUSTED_ROOTS;
  }
}

/** The next working day's 10:00 in Quito, as a UTC instant. */
function slot(hour = 10, minute = 0): string {
  const day = addWorkingDays(ecuadorToday(), 2);
  return new Date(`${day}T${String(hour + 5).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`).toISOString();
}

describe('IESS clave patronal (seed 002)', () => {
  let stack: Stack;
  const rows = (sql: string, params: unknown[] = []) => stack.dataSources.iess.query(sql, params);
  const lastCodeFor = async (email: string) => /código de verificación es (\d{6})/.exec((await rows(`SELECT body FROM outbox_message WHERE recipient = $1 ORDER BY created_at DESC LIMIT 1`, [email]))[0].body)![1];

  beforeAll(async () => {
    signedRequest = await signedPdf(signatures.signer, 'Solicitud de entrega de clave patronal');
    stack = await startSubgraphsAndGateway();
  });
  afterAll(() => stack?.stop());

  test('registration is the prerequisite, and produces the two forms as real PDFs', async () => {
    const unregistered = await stack.queryAs(CLERK, VIRTUAL, { input: { employerRuc: COMPANY_RUC, province: 'Guayas', email: 'rrhh@empresa-demo.ec', documents: virtualDocs() } });
    expect(unregistered.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'employerRuc' });
    expect(unregistered.errors![0].message).toMatch(/registro de empleador es previo/);
    const company = await stack.queryAs(CLERK, REGISTER, {
      input: { ruc: COMPANY_RUC, businessName: 'Empresa Demo del Litoral S.A.', sectorCode: 'PRIVADO', email: 'rrhh@empresa-demo.ec', legalRepresentative: { names: 'Rosa Elena Quiroz Mejía', idType: 'CEDULA', idNumber: '0926687856' } },
    });
    expect(company.data!.registerIessEmployer).toEqual({ ruc: COMPANY_RUC, qualifiedArtisan: false, legalRepresentativeIdType: 'CEDULA', sector: { code: 'PRIVADO' } });
    const foreign = await stack.queryAs(CLERK, REGISTER, {
      input: { ruc: FOREIGN_RUC, businessName: 'Importadora Andina Demo Cía. Ltda.', sectorCode: 'PRIVADO', email: 'gerencia@andina-demo.ec', legalRepresentative: { names: 'John Michael Carter', idType: 'PASSPORT', idNumber: 'P-4839201' } },
    });
    expect(foreign.errors).toBeUndefined();
    const artisan = await stack.queryAs(CLERK, REGISTER, {
      input: { ruc: ARTISAN_RUC, businessName: 'Taller Artesanal Demo', sectorCode: 'ARTESANO', email: 'taller@artesano-demo.ec', legalRepresentative: { names: 'Pedro Pablo Yánez Ruiz', idType: 'CEDULA', idNumber: ARTISAN_RUC.slice(0, 10) } },
    });
    expect(artisan.data!.registerIessEmployer.qualifiedArtisan).toBe(true);
    const badSector = await stack.queryAs(CLERK, REGISTER, { input: { ruc: naturalPersonRucs(1, 9200)[0], businessName: 'X', sectorCode: 'MINERO', email: 'x@x.ec', legalRepresentative: { names: 'X', idType: 'CEDULA', idNumber: '0926687856' } } });
    expect(badSector.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sectorCode' });

    const forms = await stack.queryAs(CLERK, `{ iessRegistrationForms(ruc: "${COMPANY_RUC}") { kind fileName mediaType sizeBytes contentBase64 } }`);
    expect(forms.data!.iessRegistrationForms.map((f: any) => f.kind)).toEqual(['SOLICITUD_ENTREGA_CLAVE', 'ACUERDO_RESPONSABILIDAD']);
    for (const form of forms.data!.iessRegistrationForms) {
      const pdf = await PDFDocument.load(Buffer.from(form.contentBase64, 'base64'));
      expect(pdf.getPageCount()).toBe(1);
      expect(pdf.getTitle()).toMatch(/CLAVE PATRONAL|ACUERDO DE RESPONSABILIDAD/);
      expect(form.sizeBytes).toBeGreaterThan(800);
    }
  });

  test('virtual channel: bad inputs are refused with nothing written', async () => {
    const before = await rows('SELECT count(*)::int AS n FROM employer_key_request');
    const submit = (employerRuc: string, documents: unknown[]) => stack.queryAs(CLERK, VIRTUAL, { input: { employerRuc, province: 'Guayas', email: 'rrhh@empresa-demo.ec', documents } });
    const cases: Array<[string, unknown[], string, RegExp]> = [
      [COMPANY_RUC, docs(['RUC', PDF], ['SIGNED_REQUEST', PDF], ['LEGAL_REPRESENTATIVE_ID', JPEG], ['SIGNED_AGREEMENT', PDF]), 'documents[1]', /no tiene firma electrónica/],
      [COMPANY_RUC, docs(['RUC', PDF], ['SIGNED_REQUEST', FAKE_SIGNED_PDF], ['LEGAL_REPRESENTATIVE_ID', JPEG], ['SIGNED_AGREEMENT', PDF]), 'documents[1]', /La firma electrónica de la solicitud de entrega de clave "signed_request-1.pdf" no se acepta/],
      [COMPANY_RUC, virtualDocs().map((d, i) => (i === 0 ? upload('RUC', 'ruc.pdf', PNG) : d)), 'documents[0]', /es PNG según su contenido: se acepta JPG o PDF/],
      [COMPANY_RUC, virtualDocs().map((d, i) => (i === 0 ? upload('RUC', 'ruc.pdf', Buffer.concat([PDF, Buffer.alloc(1024 * 1024)])) : d)), 'documents[0]', /el máximo es 1.00 MB/],
      [COMPANY_RUC, virtualDocs([['ARTISAN_QUALIFICATION', PDF]]), 'documents', /no está registrado como artesano calificado/],
      [COMPANY_RUC, virtualDocs([], ['FOREIGN_ID_DOCUMENT', PDF]), 'documents', /tiene cédula ecuatoriana/],
      [ARTISAN_RUC, virtualDocs(), 'documents', /Faltan documentos: la calificación artesanal/],
      [FOREIGN_RUC, virtualDocs(), 'documents', /extranjero sin cédula/],
    ];
    for (const [ruc, documents, field, message] of cases) {
      const { errors } = await submit(ruc, documents);
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(errors![0].message).toMatch(message);
    }
    const strangerPdf = await signedPdf(signatures.stranger);
    const stranger = await withTrustedRoots(() => submit(COMPANY_RUC, docs(['RUC', PDF], ['SIGNED_REQUEST', strangerPdf], ['LEGAL_REPRESENTATIVE_ID', JPEG], ['SIGNED_AGREEMENT', PDF])));
    expect(stranger.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'documents[1]', reason: 'SIGNATURE_UNTRUSTED' });
    expect(stranger.errors![0].message).toMatch(/lo emitió "Autoridad de Certificacion Desconocida", que no es una autoridad de certificación reconocida/);
    expect(await rows('SELECT count(*)::int AS n FROM employer_key_request')).toEqual(before);
  });

  test('virtual channel: submitted, observed, corrected, approved, key delivered by e-mail and stored only as a hash', async () => {
    const input = { employerRuc: FOREIGN_RUC, province: 'Pichincha', email: 'gerencia@andina-demo.ec', documents: virtualDocs([], ['FOREIGN_ID_DOCUMENT', PDF]) };
    const foreign = await withTrustedRoots(() => stack.queryAs(CLERK, VIRTUAL, { input }));
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
    const observed = await stack.queryAs(REVIEWER, `mutation { observeIessKeyRequest(requestId: "${id}", observations: "El RUC escaneado es ilegible.") { status observations } }`);
    expect(observed.data!.observeIessKeyRequest).toEqual({ status: 'OBSERVED', observations: 'El RUC escaneado es ilegible.' });
    const early = await stack.queryAs(REVIEWER, `mutation { approveIessKeyRequest(requestId: "${id}") { status } }`);
    expect(early.errors![0].extensions!.code).toBe('CONFLICT');
    const corrected = await stack.queryAs(CLERK, 'mutation ($id: String!, $d: [IessDocumentInput!]!) { correctIessKeyRequest(requestId: $id, documents: $d) { status documents { kind } } }', { id, d: docs(['RUC', JPEG]) });
    expect(corrected.data!.correctIessKeyRequest.status).toBe('SUBMITTED');
    await stack.queryAs(REVIEWER, `mutation { approveIessKeyRequest(requestId: "${id}") { status } }`);
    const delivered = await stack.queryAs(CLERK, `mutation { deliverIessEmployerKey(input: { requestId: "${id}" }) { status keyPickedUpBy history { toStatus } } }`);
    expect(delivered.data!.deliverIessEmployerKey).toEqual({ status: 'KEY_DELIVERED', keyPickedUpBy: null, history: ['SUBMITTED', 'OBSERVED', 'SUBMITTED', 'APPROVED', 'KEY_DELIVERED'].map(toStatus => ({ toStatus })) });
    const [mail] = await rows(`SELECT body FROM outbox_message WHERE recipient = 'gerencia@andina-demo.ec' AND subject = 'Entrega de clave patronal'`);
    const key = /: (\S+)\nIngrese/.exec(mail.body)![1];
    const [employer] = await rows('SELECT employer_key_hash FROM employer WHERE ruc = $1', [FOREIGN_RUC]);
    expect(employer.employer_key_hash).toMatch(/^scrypt\$/);
    expect(employer.employer_key_hash).not.toContain(key);
    const dossier = await stack.queryGateway(`{ taxpayer(ruc: "${FOREIGN_RUC}") { iessEmployer { hasEmployerKey } iessEmployerKeyRequests { status signatureKind documents { kind fileName mediaType sizeBytes sha256 signature { signerName certificateSerial } } } } }`);
    expect(dossier.data!.taxpayer.iessEmployer.hasEmployerKey).toBe(true);
    expect(dossier.data!.taxpayer.iessEmployerKeyRequests[0].documents.map((d: any) => d.kind).sort()).toEqual(['FOREIGN_ID_DOCUMENT', 'RUC', 'SIGNED_AGREEMENT', 'SIGNED_REQUEST']);
    // The corrected RUC replaced its own row only: the solicitud's signature record is still there.
    expect(dossier.data!.taxpayer.iessEmployerKeyRequests[0].documents.find((d: any) => d.kind === 'SIGNED_REQUEST').signature).toEqual({ signerName: 'María José Paredes López', certificateSerial: signatures.signer.serial });
    expect(JSON.stringify(dossier)).not.toMatch(/contentBase64|scrypt/);
  });

  test('presencial: verified turno, slots within hours and never double-booked, third party at the window', async () => {
    const codeFor = async (email: string) => {
      const sent = await stack.queryAs(CLERK, 'mutation ($i: RequestIessAppointmentCodeInput!) { requestIessAppointmentCode(input: $i) { verificationId sentTo } }', { i: { cedula: '1710034065', email, mobile: '0991234567' } });
      return { verificationId: sent.data!.requestIessAppointmentCode.verificationId, code: await lastCodeFor(email) };
    };
    const book = (verification: { verificationId: string; code: string }, startsAt: string, employerRuc = ARTISAN_RUC) =>
      stack.queryAs(CLERK, 'mutation ($i: BookIessAppointmentInput!) { bookIessAppointment(input: $i) { id status channel agency appointmentAt } }', {
        i: { ...verification, employerRuc, province: 'Pichincha', agencyCode: 'cau-quito-norte', startsAt },
      });
    const badMobile = await stack.queryAs(CLERK, 'mutation { requestIessAppointmentCode(input: { cedula: "1710034065", email: "a@b.ec", mobile: "12345" }) { sentTo } }');
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
    const attend = (input: Record<string, unknown>) => stack.queryAs(CLERK, 'mutation ($i: AttendIessAppointmentInput!) { attendIessAppointment(input: $i) { signatureKind thirdPartyNames attendedAt } }', { i: { requestId: id, ...input } });
    const windowDocs = docs(['RUC', JPEG], ['SIGNED_REQUEST', PDF], ['LEGAL_REPRESENTATIVE_ID', JPEG], ['SIGNED_AGREEMENT', PDF], ['ARTISAN_QUALIFICATION', PDF]);
    expect((await attend({ handwrittenSignatures: false, documents: windowDocs })).errors![0].extensions).toMatchObject({ field: 'handwrittenSignatures' });
    const unauthorised = await attend({ handwrittenSignatures: true, documents: windowDocs, thirdParty: { names: 'María Yánez', idType: 'CEDULA', idNumber: '1713175071', authorisedInSolicitud: false } });
    expect(unauthorised.errors![0].extensions).toMatchObject({ field: 'thirdParty.authorisedInSolicitud' });
    const attended = await attend({ handwrittenSignatures: true, documents: windowDocs, thirdParty: { names: 'María Yánez', idType: 'CEDULA', idNumber: '1713175071', authorisedInSolicitud: true } });
    expect(attended.data!.attendIessAppointment).toMatchObject({ signatureKind: 'HANDWRITTEN', thirdPartyNames: 'María Yánez' });
    await stack.queryAs(REVIEWER, `mutation { approveIessKeyRequest(requestId: "${id}") { status } }`);
    const delivered = await stack.queryAs(CLERK, `mutation { deliverIessEmployerKey(input: { requestId: "${id}", pickedUpBy: AUTHORISED_THIRD_PARTY }) { status keyPickedUpBy } }`);
    expect(delivered.data!.deliverIessEmployerKey).toEqual({ status: 'KEY_DELIVERED', keyPickedUpBy: 'AUTHORISED_THIRD_PARTY' });
  });

  test('a notarised power of attorney counts only after the legal area validates and seals it', async () => {
    const sent = await stack.queryAs(CLERK, 'mutation { requestIessAppointmentCode(input: { cedula: "0926687856", email: "rrhh@empresa-demo.ec", mobile: "0987654321" }) { verificationId } }');
    const booked = await stack.queryAs(CLERK, 'mutation ($i: BookIessAppointmentInput!) { bookIessAppointment(input: $i) { id } }', {
      i: { verificationId: sent.data!.requestIessAppointmentCode.verificationId, code: await lastCodeFor('rrhh@empresa-demo.ec'), employerRuc: COMPANY_RUC, province: 'Pichincha', agencyCode: 'cau-quito-sur', startsAt: slot(9) },
    });
    const id = booked.data!.bookIessAppointment.id;
    await stack.queryAs(CLERK, 'mutation ($i: AttendIessAppointmentInput!) { attendIessAppointment(input: $i) { attendedAt } }', {
      i: {
        requestId: id,
        handwrittenSignatures: true,
        documents: docs(['RUC', PDF], ['SIGNED_REQUEST', PDF], ['LEGAL_REPRESENTATIVE_ID', JPEG], ['SIGNED_AGREEMENT', PDF]),
        powerOfAttorney: { notarialNumber: '20261701001P04521', attorneyNames: 'Andrés Felipe Salas Ortiz', attorneyIdType: 'CEDULA', attorneyIdNumber: '1710034065' },
      },
    });
    const unvalidated = await stack.queryAs(REVIEWER, `mutation { approveIessKeyRequest(requestId: "${id}") { status } }`);
    expect(unvalidated.errors![0].extensions!.code).toBe('CONFLICT');
    expect(unvalidated.errors![0].message).toMatch(/validado y sellado por el área jurídica/);
    const validated = await stack.queryAs(REVIEWER, `mutation { validateIessPowerOfAttorney(requestId: "${id}", seal: "DP-PICHINCHA-JUR-2026-118") { powerOfAttorneyValidatedBy powerOfAttorneySeal } }`);
    expect(validated.data!.validateIessPowerOfAttorney).toEqual({ powerOfAttorneyValidatedBy: 'iess-revisor', powerOfAttorneySeal: 'DP-PICHINCHA-JUR-2026-118' });
    expect((await stack.queryAs(REVIEWER, `mutation { approveIessKeyRequest(requestId: "${id}") { status } }`)).data!.approveIessKeyRequest.status).toBe('APPROVED');
    expect((await stack.queryAs(CLERK, `mutation { deliverIessEmployerKey(input: { requestId: "${id}", pickedUpBy: ATTORNEY }) { keyPickedUpBy } }`)).data!.deliverIessEmployerKey.keyPickedUpBy).toBe('ATTORNEY');
  });

  test('each virtual request and each appointment attended counts in its month; complaints are recorded', async () => {
    const month = monthOf(new Date());
    await stack.queryAs(CLERK, 'mutation { recordIessComplaint(summary: "No se puede agendar turno en Loja") { complaints } }');
    const report = await stack.queryAs(null, `{ attentionReport(from: "${month}", to: "${month}") { iessEmployerKeys { attentions complaints } } }`);
    const [{ n }] = await rows(`SELECT (count(*) FILTER (WHERE channel = 'VIRTUAL' AND to_char(submitted_at AT TIME ZONE 'America/Guayaquil', 'YYYY-MM') = $1)
      + count(*) FILTER (WHERE attended_at IS NOT NULL AND to_char(attended_at AT TIME ZONE 'America/Guayaquil', 'YYYY-MM') = $1))::int AS n FROM employer_key_request`, [month]);
    expect(report.data!.attentionReport.iessEmployerKeys).toEqual([{ attentions: n, complaints: 1 }]);
  });
});
