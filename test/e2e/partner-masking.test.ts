import { addWorkingDays, ecuadorToday } from '../../shared/working-days';
import { JPEG, PDF, XLSX, upload } from '../support/files';
import { naturalPersonRucs } from '../support/ruc-factory';
import { signedPdf, testSignatures } from '../support/signed-pdf';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';
import type { TokenRequest } from '../support/tokens';
import { windowClock } from '../../subgraphs/iess/window-clock';

// What a partner agency with the plain read scopes sees of requests the staff recorded in every service:
// staff subjects, uploaded file names and identity document numbers (a short passport included) masked.

const CLERK = { role: 'front-office', subject: 'ventanilla-quito-07' } as const;
const REVIEWER = { role: 'reviewer', subject: 'revisora-mdt-3' } as const;
const PARTNER = { role: 'partner', agency: 'SRI', subject: 'sri-consultas', scopes: ['sal:read', 'sut:read', 'trainers:read', 'iess:read'] } as const;
const SAL_RUC = '1768152560001';
const [SUT_RUC] = naturalPersonRucs(1, 8100);
const TRAINER_CEDULA = '0926687856';
const IESS_RUC = '1790085783001';
const SENSITIVE = [CLERK.subject, REVIEWER.subject, 'juridico-iess', 'ana-torres', 'juan-perez', 'luis-mora', 'P-48392', 'X12345', 'AB123', '1710034065', TRAINER_CEDULA];

const DOSSIER = `query Partner($sal: String!, $sut: String!, $trainer: String!, $iess: String!) {
  sal: taxpayer(ruc: $sal) { salKeyRequests { submittedBy decidedBy holderCedula documents { fileName } history { actor } } }
  sut: taxpayer(ruc: $sut) { systemKeyRecoveries { recordedBy decidedBy documents { fileName } history { actor } } }
  trainer: taxpayer(ruc: $trainer) { trainerCredentials { trainerCedula requestedBy documents { fileName } history { actor } trainer { cedula } } }
  iess: taxpayer(ruc: $iess) {
    iessEmployer { legalRepresentativeId registeredBy }
    iessEmployerKeyRequests { submittedBy decidedBy thirdPartyIdNumber attorneyIdNumber powerOfAttorneyValidatedBy documents { fileName } history { actor } } } }`;
const RUCS = { sal: SAL_RUC, sut: SUT_RUC, trainer: `${TRAINER_CEDULA}001`, iess: IESS_RUC };

/** The next working day's hour in Quito, as a UTC instant. */
function slot(hour: number): string {
  return new Date(`${addWorkingDays(ecuadorToday(), 2)}T${String(hour + 5).padStart(2, '0')}:00:00Z`).toISOString();
}

describe('partners see staff subjects, file names and identity documents masked in every service', () => {
  let stack: Stack;
  const ok = async (who: TokenRequest, query: string, variables: Record<string, unknown> = {}) => {
    const response = await stack.queryAs(who, query, variables);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };

  beforeAll(async () => {
    stack = await startSubgraphsAndGateway();
    // SAL: a key request recorded at the window, closed by a reviewer.
    await ok(CLERK, `mutation { registerSalInstitution(input: { ruc: "${SAL_RUC}", name: "Secretaría de Demostración", governmentFunction: EJECUTIVA }) { ruc } }`);
    const ana = { cedula: '1710034065', names: 'Ana María Torres Vela', email: 'ana.torres@senescyt-demo.gob.ec' };
    const sal = await ok(CLERK, 'mutation ($input: SubmitSalKeyRequestInput!) { submitSalKeyRequest(input: $input) { id } }', {
      input: {
        institutionRuc: SAL_RUC, kind: 'CREATION', requester: ana, holder: ana, uathAppointment: 'DESIGNATED_BY_MAXIMA_AUTORIDAD', requestedAccessDate: addWorkingDays(ecuadorToday(), 3),
        documents: [
          upload('REQUEST_FORM', 'formulario-ana-torres.xlsx', XLSX),
          upload('ELEARNING_CERTIFICATE', 'certificado-1710034065.pdf', PDF),
          upload('APPOINTMENT_DOCUMENT', 'accion-personal-ana-torres.jpg', JPEG),
          upload('DELEGATION', 'delegacion-ana-torres.pdf', await signedPdf(testSignatures().signer)),
        ],
      },
    });
    await ok(REVIEWER, 'mutation ($input: ReviewSalKeyRequestInput!) { reviewSalKeyRequest(input: $input) { id } }', {
      input: { requestId: sal.submitSalKeyRequest.id, decision: 'CLOSE_WITH_OBSERVATIONS', observations: 'Falta la firma.' },
    });
    // SUT: a recovery recorded at the window, rejected by a reviewer.
    const sut = await ok(CLERK, 'mutation ($input: SubmitSystemKeyRecoveryInput!) { submitSystemKeyRecovery(input: $input) { id } }', {
      input: {
        requesterRuc: SUT_RUC, system: 'SALARIOS_EN_LINEA', channel: 'PRESENCIAL', attentionPointCode: 'guayaquil', contactEmail: 'contabilidad@comercio-demo.ec',
        documents: [upload('RUC_CERTIFICATE', 'ruc-juan-perez.pdf', PDF), upload('SIGNED_REQUEST', 'solicitud-juan-perez.jpg', JPEG)],
      },
    });
    await ok(REVIEWER, `mutation { rejectSystemKeyRecovery(id: "${sut.submitSystemKeyRecovery.id}", reason: "El RUC no coincide.") { id } }`);
    // Trainers: a credential requested at the window, issued by a reviewer.
    await ok(REVIEWER, `mutation { registerQualifiedTrainer(input: { cedula: "${TRAINER_CEDULA}", names: "Luis Alberto Mora Paz", resolutionNumber: "MDT-DCRCO-2026-0301-R", resolutionDate: "2026-10-02" }) { cedula } }`);
    const trainer = await ok(CLERK, 'mutation ($input: RequestTrainerCredentialInput!) { requestTrainerCredential(input: $input) { id } }', {
      input: {
        cedula: TRAINER_CEDULA, channel: 'EMAIL', email: 'luis.mora.capacitador@correo.ec',
        photo: { fileName: 'foto-luis-mora.jpg', contentBase64: JPEG.toString('base64') },
        qualificationResolution: { fileName: 'resolucion-luis-mora.pdf', contentBase64: PDF.toString('base64') },
      },
    });
    await ok(REVIEWER, `mutation { issueTrainerCredential(id: "${trainer.requestTrainerCredential.id}") { id } }`);
    // IESS: a foreign employer (passport of 7 characters), a turno attended with a third party (passport
    // of 6) and an attorney (visa of 5), the power validated by the legal area, the request approved.
    await ok(CLERK, 'mutation ($input: RegisterIessEmployerInput!) { registerIessEmployer(input: $input) { ruc } }', {
      input: { ruc: IESS_RUC, businessName: 'Importadora Andina Demo Cía. Ltda.', sectorCode: 'PRIVADO', email: 'gerencia@andina-demo.ec', legalRepresentative: { names: 'John Michael Carter', idType: 'PASSPORT', idNumber: 'P-48392' } },
    });
    const sent = await ok(CLERK, 'mutation { requestIessAppointmentCode(input: { cedula: "1710034065", email: "gerencia@andina-demo.ec", mobile: "0991234567" }) { verificationId } }');
    const [mail] = await stack.dataSources.iess.query(`SELECT body FROM outbox_message WHERE recipient = 'gerencia@andina-demo.ec' ORDER BY created_at DESC LIMIT 1`);
    const booked = await ok(CLERK, 'mutation ($i: BookIessAppointmentInput!) { bookIessAppointment(input: $i) { id } }', {
      i: { verificationId: sent.requestIessAppointmentCode.verificationId, code: /código de verificación es (\d{6})/.exec(mail.body)![1], employerRuc: IESS_RUC, province: 'Pichincha', agencyCode: 'cau-quito-norte', startsAt: slot(10) },
    });
    const id = booked.bookIessAppointment.id;
    jest.spyOn(windowClock, 'now').mockReturnValue(new Date(Date.parse(slot(10)) + 60_000)); // at the window, on the turno's day and hour
    await ok(CLERK, 'mutation ($i: AttendIessAppointmentInput!) { attendIessAppointment(input: $i) { id } }', {
      i: {
        requestId: id,
        handwrittenSignatures: true,
        representativeIdValidUntil: '2099-12-31',
        documents: [upload('RUC', 'ruc-andina.pdf', PDF), upload('SIGNED_REQUEST', 'solicitud-john-carter.pdf', PDF), upload('FOREIGN_ID_DOCUMENT', 'pasaporte-P-48392.jpg', JPEG), upload('SIGNED_AGREEMENT', 'acuerdo.pdf', PDF)],
        thirdParty: { names: 'María Yánez', idType: 'PASSPORT', idNumber: 'X12345', authorisedInSolicitud: true, idValidUntil: '2099-12-31' },
        powerOfAttorney: { notarialNumber: '20261701001P04521', attorneyNames: 'Andrés Felipe Salas Ortiz', attorneyIdType: 'VISA', attorneyIdNumber: 'AB123', attorneyIdValidUntil: '2099-12-31' },
      },
    });
    await ok({ role: 'reviewer', subject: 'juridico-iess' }, `mutation { validateIessPowerOfAttorney(requestId: "${id}", seal: "DP-PICHINCHA-JUR-2026-118") { id } }`);
    await ok(REVIEWER, `mutation { approveIessKeyRequest(requestId: "${id}") { id } }`);
    jest.restoreAllMocks();
  });
  afterAll(() => stack?.stop());

  test('a partner with the read scopes gets every such field masked, across the four services', async () => {
    const { data, errors } = await stack.queryAs(PARTNER, DOSSIER, RUCS);
    expect(errors).toBeUndefined();
    const [salRequest] = data!.sal.salKeyRequests;
    expect(salRequest).toEqual({
      submittedBy: '********',
      decidedBy: '********',
      holderCedula: '17******65',
      documents: expect.arrayContaining([{ fileName: '********.xlsx' }, { fileName: '********.pdf' }, { fileName: '********.jpg' }]),
      history: [{ actor: '********' }, { actor: '********' }],
    });
    expect(data!.sut.systemKeyRecoveries).toEqual([
      { recordedBy: '********', decidedBy: '********', documents: [{ fileName: '********.pdf' }, { fileName: '********.jpg' }], history: [{ actor: '********' }, { actor: '********' }] },
    ]);
    expect(data!.trainer.trainerCredentials).toEqual([
      {
        trainerCedula: '09******56',
        requestedBy: '********',
        documents: expect.arrayContaining([{ fileName: '********.jpg' }, { fileName: '********.pdf' }]),
        history: [{ actor: '********' }, { actor: '********' }],
        trainer: { cedula: '09******56' },
      },
    ]);
    expect(data!.iess.iessEmployer).toEqual({ legalRepresentativeId: '********', registeredBy: '********' });
    const [iessRequest] = data!.iess.iessEmployerKeyRequests;
    expect(iessRequest).toMatchObject({ submittedBy: '********', decidedBy: '********', thirdPartyIdNumber: '********', attorneyIdNumber: '********', powerOfAttorneyValidatedBy: '********' });
    expect(new Set(iessRequest.documents.map((d: any) => d.fileName))).toEqual(new Set(['********.pdf', '********.jpg']));
    expect(new Set(iessRequest.history.map((h: any) => h.actor))).toEqual(new Set(['********']));
    const text = JSON.stringify(data);
    for (const secret of SENSITIVE) expect(text).not.toContain(secret);
  });

  test('staff, and a partner with a service’s unmasked scope, see that service in clear', async () => {
    const clerk = await stack.queryAs(CLERK, DOSSIER, RUCS);
    expect(clerk.errors).toBeUndefined();
    expect(clerk.data!.sal.salKeyRequests[0]).toMatchObject({ submittedBy: CLERK.subject, decidedBy: REVIEWER.subject, holderCedula: '1710034065' });
    expect(clerk.data!.iess.iessEmployer.legalRepresentativeId).toBe('P-48392');
    expect(clerk.data!.iess.iessEmployerKeyRequests[0]).toMatchObject({ thirdPartyIdNumber: 'X12345', attorneyIdNumber: 'AB123', powerOfAttorneyValidatedBy: 'juridico-iess' });
    expect(clerk.data!.sut.systemKeyRecoveries[0].documents).toEqual([{ fileName: 'ruc-juan-perez.pdf' }, { fileName: 'solicitud-juan-perez.jpg' }]);

    const unmaskedIess = await stack.queryAs({ ...PARTNER, scopes: ['sal:read', 'sut:read', 'trainers:read', 'iess:read:unmasked'] }, DOSSIER, RUCS);
    expect(unmaskedIess.errors).toBeUndefined();
    expect(unmaskedIess.data!.iess.iessEmployer).toEqual({ legalRepresentativeId: 'P-48392', registeredBy: CLERK.subject });
    expect(unmaskedIess.data!.iess.iessEmployerKeyRequests[0]).toMatchObject({ powerOfAttorneyValidatedBy: 'juridico-iess', thirdPartyIdNumber: 'X12345' });
    expect(unmaskedIess.data!.iess.iessEmployerKeyRequests[0].history.map((h: any) => h.actor)).toContain(REVIEWER.subject);
    expect(unmaskedIess.data!.sut.systemKeyRecoveries[0].recordedBy).toBe('********'); // only the service granted unmasked
  });
});
