import { JPEG, PDF, upload } from '../support/files';
import { naturalPersonRucs } from '../support/ruc-factory';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';
import { ecuadorToday } from '../../shared/working-days';

// Issue 12's trainer (seed 004) and SUT (seed 001) points, through the gateway as the public, a clerk
// and an MDT analyst would: the rules themselves are unit-tested beside their files.

const CLERK = { role: 'front-office', subject: 'ventanilla-amazonas' } as const;
const ANALYST = { role: 'reviewer', subject: 'dcrco-analista' } as const;
const DEMO_CODE = 'CAP-7K2M9-QX4TR-Z'; // issued 2026-09-15 (demo data)
const DELIVER = 'mutation ($id: String!, $at: DateTimeISO) { deliverTrainerCredential(id: $id, deliveredAt: $at) { status deliveredAt } }';

describe('seeds 004 and 001 to the letter (issue 12)', () => {
  let stack: Stack;
  let demoId: string;
  beforeAll(async () => {
    stack = await startSubgraphsAndGateway();
    demoId = (await stack.queryAs(CLERK, `{ trainerCredential(code: "${DEMO_CODE}") { id } }`)).data!.trainerCredential.id;
  });
  afterAll(() => stack?.stop());

  test('15: whoever typed a credential code reads the code back, without a token; the cédula still needs one', async () => {
    const typed = await stack.queryAs(null, '{ trainerCredential(code: "cap 7k2m9 qx4tr z") { code status trainer { names } } }');
    expect(typed.errors).toBeUndefined();
    expect(typed.data!.trainerCredential).toEqual({ code: DEMO_CODE, status: 'ISSUED', trainer: { names: 'Ana Lucía Pérez Játiva' } });
    const more = await stack.queryAs(null, `{ trainerCredential(code: "${DEMO_CODE}") { code trainer { cedula } } }`);
    expect(more.errors!.map(e => [e.extensions!.code, e.path!.at(-1)])).toEqual([['UNAUTHENTICATED', 'cedula']]);
  });

  test('8: a pickup months ahead or before the credential was issued is refused, and nothing is recorded', async () => {
    const ahead = await stack.queryAs(CLERK, DELIVER, { id: demoId, at: '2027-03-02T15:00:00Z' }); // a working Tuesday, 10h00 in Quito
    expect(ahead.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deliveredAt', reason: 'PICKUP_IN_THE_FUTURE' });
    expect(ahead.errors![0].message).toMatch(/se registra cuando ocurre/);
    const beforeIssue = await stack.queryAs(CLERK, DELIVER, { id: demoId, at: '2026-09-14T15:00:00Z' }); // Monday before the issue
    expect(beforeIssue.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deliveredAt', reason: 'PICKUP_BEFORE_ISSUE' });
    expect(beforeIssue.errors![0].message).toMatch(/antes de ser emitida/);
    const after = await stack.queryAs(CLERK, `{ trainerCredential(code: "${DEMO_CODE}") { status deliveredAt } }`);
    expect(after.data!.trainerCredential).toEqual({ status: 'ISSUED', deliveredAt: null });
  });

  test('14: a qualification resolution dated in the future is refused on resolutionDate, and nothing is written', async () => {
    const tomorrow = new Date(`${ecuadorToday()}T12:00:00Z`);
    tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
    const day = tomorrow.toISOString().slice(0, 10);
    const registered = await stack.queryAs(ANALYST, 'mutation ($input: RegisterQualifiedTrainerInput!) { registerQualifiedTrainer(input: $input) { names } }', {
      input: { cedula: '0926687856', names: 'Luis Alberto Mora Paz', resolutionNumber: 'MDT-DCRCO-2026-0301-R', resolutionDate: day },
    });
    expect(registered.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'resolutionDate', reason: 'RESOLUTION_DATE_IN_THE_FUTURE' });
    expect(registered.errors![0].message).toMatch(/no puede tener fecha futura/);
    expect(await stack.adminQuery(`SELECT count(*)::int AS n FROM trainers.qualified_trainer WHERE cedula = '0926687856'`)).toEqual([{ n: 0 }]);
  });

  test('11: a recovery request taken by phone on 1800 266 822 carries the caller\'s number, and only that', async () => {
    const [ruc] = naturalPersonRucs(1, 7100);
    const submit = 'mutation ($input: SubmitSystemKeyRecoveryInput!) { submitSystemKeyRecovery(input: $input) { status channel callerPhone attentionPoint { city } quipuxDocumentNumber } }';
    const byPhone = (overrides: Record<string, unknown>) => ({
      requesterRuc: ruc,
      system: 'SUT',
      channel: 'TELEFONICA',
      contactEmail: 'contabilidad@comercio-demo.ec',
      documents: [upload('RUC_CERTIFICATE', 'ruc.pdf', PDF), upload('SIGNED_REQUEST', 'solicitud-firmada.jpg', JPEG)],
      ...overrides,
    });
    const contactCenter = { role: 'front-office', subject: 'contacto-ciudadano-quito' } as const;
    const withoutPhone = await stack.queryAs(contactCenter, submit, { input: byPhone({}) });
    expect(withoutPhone.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'callerPhone', reason: 'PHONE_FORMAT' });
    const withOffice = await stack.queryAs(contactCenter, submit, { input: byPhone({ callerPhone: '0991234567', attentionPointCode: 'quito' }) });
    expect(withOffice.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attentionPointCode' });
    const taken = await stack.queryAs(contactCenter, submit, { input: byPhone({ callerPhone: '099 123 4567' }) });
    expect(taken.errors).toBeUndefined();
    expect(taken.data!.submitSystemKeyRecovery).toEqual({ status: 'RECEIVED', channel: 'TELEFONICA', callerPhone: '0991234567', attentionPoint: null, quipuxDocumentNumber: null });
    const partner = await stack.queryAs({ role: 'partner', agency: 'SRI', scopes: ['sut:read'] }, `{ taxpayer(ruc: "${ruc}") { systemKeyRecoveries { channel callerPhone } } }`);
    expect(partner.data!.taxpayer.systemKeyRecoveries).toEqual([{ channel: 'TELEFONICA', callerPhone: '09******67' }]);
  });

  test('12: a foreign trainer without a cédula is qualified and requests the credential with a passport', async () => {
    const register = 'mutation ($input: RegisterQualifiedTrainerInput!) { registerQualifiedTrainer(input: $input) { cedula identificationType nationality names } }';
    const foreigner = { cedula: 'AX 123-456', identificationType: 'PASSPORT', names: 'Camila Andrea Restrepo Gómez', resolutionNumber: 'MDT-DCRCO-2026-0412-R', resolutionDate: '2026-10-20' };
    const withoutNationality = await stack.queryAs(ANALYST, register, { input: foreigner });
    expect(withoutNationality.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nationality', reason: 'NATIONALITY_FORMAT' });
    const registered = await stack.queryAs(ANALYST, register, { input: { ...foreigner, nationality: 'col' } });
    expect(registered.errors).toBeUndefined();
    expect(registered.data!.registerQualifiedTrainer).toEqual({ cedula: 'AX123456', identificationType: 'PASSPORT', nationality: 'COL', names: 'Camila Andrea Restrepo Gómez' });

    const request = 'mutation ($input: RequestTrainerCredentialInput!) { requestTrainerCredential(input: $input) { id status trainerCedula trainer { identificationType nationality } } }';
    const file = (bytes: Buffer, name: string) => ({ fileName: name, contentBase64: bytes.toString('base64') });
    const input = { cedula: 'ax123456', identificationType: 'PASSPORT', channel: 'ONLINE', email: 'camila.restrepo@correo.co', photo: file(JPEG, 'foto.jpg'), qualificationResolution: file(PDF, 'resolucion.pdf') };
    const asCedula = await stack.queryAs(CLERK, request, { input: { ...input, identificationType: null } });
    expect(asCedula.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cedula' });
    const requested = await stack.queryAs(CLERK, request, { input });
    expect(requested.errors).toBeUndefined();
    expect(requested.data!.requestTrainerCredential).toMatchObject({ status: 'REQUESTED', trainerCedula: 'AX123456', trainer: { identificationType: 'PASSPORT', nationality: 'COL' } });
    const issued = await stack.queryAs(ANALYST, 'mutation ($id: String!) { issueTrainerCredential(id: $id) { code } }', { id: requested.data!.requestTrainerCredential.id });
    const check = await stack.queryAs(null, 'query ($code: String!) { trainerCredential(code: $code) { status trainer { names } } }', { code: issued.data!.issueTrainerCredential.code });
    expect(check.data!.trainerCredential).toEqual({ status: 'ISSUED', trainer: { names: 'Camila Andrea Restrepo Gómez' } });
  });
});
