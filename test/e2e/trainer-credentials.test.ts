import { checkCredentialCode } from '../../subgraphs/trainers/credential-code';
import { JPEG, PDF, PNG, upload } from '../support/files';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';

// Seed 004 end to end through the gateway: qualification, request with photo and resolution, issue,
// pickup in Quito within office hours, public verification by code, revocation.

const DECIDER = { role: 'reviewer', subject: 'dcrco-analista' } as const;
const CLERK = { role: 'front-office', subject: 'ventanilla-amazonas' } as const;
const CEDULA = '0926687856';
const REQUEST = `mutation ($input: RequestTrainerCredentialInput!) { requestTrainerCredential(input: $input) { id status code channel documents { kind mediaType } } }`;
const PUBLIC = 'query ($code: String!) { trainerCredential(code: $code) { status validUntil trainer { names qualificationResolutionNumber qualificationResolutionDate } } }';
const file = (bytes: Buffer, name: string) => ({ fileName: name, contentBase64: upload('x', name, bytes).contentBase64 });
const request = (overrides: Record<string, unknown> = {}) => ({
  cedula: CEDULA,
  channel: 'EMAIL',
  email: 'luis.mora.capacitador@correo.ec',
  photo: file(JPEG, 'foto.jpg'),
  qualificationResolution: file(PDF, 'resolucion.pdf'),
  ...overrides,
});

describe('independent-trainer credentials (seed 004)', () => {
  let stack: Stack;
  let code: string;
  let id: string;
  beforeAll(async () => {
    stack = await startSubgraphsAndGateway();
  });
  afterAll(() => stack?.stop());

  test('a request needs a qualified trainer, a real JPG and a real PDF; nothing is written otherwise', async () => {
    const unqualified = await stack.queryAs(CLERK, REQUEST, { input: request() });
    expect(unqualified.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'cedula' });
    const registered = await stack.queryAs(DECIDER, `mutation { registerQualifiedTrainer(input: { cedula: "${CEDULA}", names: "Luis Alberto Mora Paz", resolutionNumber: "MDT-DCRCO-2026-0301-R", resolutionDate: "2026-10-02" }) { cedula } }`);
    expect(registered.errors).toBeUndefined();
    const renamedPng = await stack.queryAs(CLERK, REQUEST, { input: request({ photo: file(PNG, 'foto.jpg') }) });
    expect(renamedPng.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'photo', reason: 'DOCUMENT_TYPE', detected: 'PNG' });
    expect(renamedPng.errors![0].message).toMatch(/"foto.jpg" \(la fotografía\) es PNG según su contenido: se acepta JPG/);
    const jpgResolution = await stack.queryAs(CLERK, REQUEST, { input: request({ qualificationResolution: file(JPEG, 'resolucion.pdf') }) });
    expect(jpgResolution.errors![0].extensions).toMatchObject({ field: 'qualificationResolution', reason: 'DOCUMENT_TYPE' });
    const huge = await stack.queryAs(CLERK, REQUEST, { input: request({ photo: file(Buffer.concat([JPEG, Buffer.alloc(1_100_000)]), 'foto.jpg') }) });
    expect(huge.errors![0].extensions).toMatchObject({ field: 'photo', reason: 'DOCUMENT_TOO_LARGE' });
    expect(await stack.dataSources.trainers.query(`SELECT count(*)::int AS n FROM trainer_credential WHERE trainer_cedula = $1`, [CEDULA])).toEqual([{ n: 0 }]);
  });

  test('requested, issued with a checked code, picked up in office hours', async () => {
    const requested = await stack.queryAs(CLERK, REQUEST, { input: request() });
    expect(requested.data!.requestTrainerCredential).toMatchObject({ status: 'REQUESTED', code: null, channel: 'EMAIL', documents: [{ kind: 'PHOTO', mediaType: 'image/jpeg' }, { kind: 'QUALIFICATION_RESOLUTION', mediaType: 'application/pdf' }] });
    id = requested.data!.requestTrainerCredential.id;
    expect((await stack.queryAs(CLERK, REQUEST, { input: request() })).errors![0].extensions!.code).toBe('CONFLICT');
    const early = await stack.queryAs(CLERK, `mutation { deliverTrainerCredential(id: "${id}", deliveredAt: "2026-11-24T15:00:00Z") { status } }`);
    expect(early.errors![0].extensions!.code).toBe('CONFLICT'); // not issued yet
    const issued = await stack.queryAs(DECIDER, `mutation { issueTrainerCredential(id: "${id}") { status code validUntil } }`);
    code = issued.data!.issueTrainerCredential.code;
    expect(checkCredentialCode(code)).toEqual({ valid: true, code });
    const [mail] = await stack.dataSources.trainers.query(`SELECT body FROM outbox_message WHERE recipient = 'luis.mora.capacitador@correo.ec'`);
    expect(mail.body).toMatch(/Av. Amazonas N38-42 y Villalengua, Edificio Amazonas 100, 4to. piso, Quito, lunes a viernes de 08h00 a 16h45/);
    for (const [at, label] of [
      ['2026-11-28T15:00:00Z', 'a Saturday'],
      ['2026-11-24T12:30:00Z', '07h30 in Quito'],
      ['2026-11-24T21:50:00Z', '16h50 in Quito'],
      ['2026-11-03T15:00:00Z', 'Independencia de Cuenca (holiday)'],
    ]) {
      const refused = await stack.queryAs(CLERK, `mutation { deliverTrainerCredential(id: "${id}", deliveredAt: "${at}") { status } }`);
      expect([label, refused.errors![0].extensions]).toEqual([label, expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'deliveredAt', reason: 'OUTSIDE_OFFICE_HOURS' })]);
    }
    const delivered = await stack.queryAs(CLERK, `mutation { deliverTrainerCredential(id: "${id}", deliveredAt: "2026-11-24T21:45:00Z") { status deliveredAt } }`);
    expect(delivered.data!.deliverTrainerCredential).toEqual({ status: 'DELIVERED', deliveredAt: '2026-11-24T21:45:00.000Z' });
  });

  test('anyone verifies the code without a token and sees only what a client needs', async () => {
    const verified = await stack.queryAs(null, PUBLIC, { code });
    expect(verified.data!.trainerCredential).toEqual({
      status: 'DELIVERED',
      validUntil: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      trainer: { names: 'Luis Alberto Mora Paz', qualificationResolutionNumber: 'MDT-DCRCO-2026-0301-R', qualificationResolutionDate: '2026-10-02' },
    });
    const typo = code.slice(0, -3) + (code.at(-3) === '2' ? '3' : '2') + code.slice(-2);
    const mistyped = await stack.queryAs(null, PUBLIC, { code: typo });
    expect(mistyped.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'CREDENTIAL_CODE_CHECK_CHARACTER' });
    expect((await stack.queryAs(null, PUBLIC, { code: 'CAP-12' })).errors![0].extensions).toMatchObject({ rule: 'CREDENTIAL_CODE_FORMAT' });
  });

  test('withdrawing the qualification revokes the credential, visible to the public check and the dossier', async () => {
    const withdrawn = await stack.queryAs(DECIDER, `mutation { withdrawTrainerQualification(cedula: "${CEDULA}", reason: "Resolución MDT-2026-0999 deja sin efecto la calificación") { status revocationReason } }`);
    expect(withdrawn.data!.withdrawTrainerQualification).toEqual([{ status: 'REVOKED', revocationReason: 'Resolución MDT-2026-0999 deja sin efecto la calificación' }]);
    expect((await stack.queryAs(null, PUBLIC, { code })).data!.trainerCredential.status).toBe('REVOKED');
    const dossier = await stack.queryGateway('{ taxpayer(ruc: "0926687856001") { trainerCredentials { status history { fromStatus toStatus actor } } } }');
    expect(dossier.data!.taxpayer.trainerCredentials[0].history.map((h: any) => h.toStatus)).toEqual(['REQUESTED', 'ISSUED', 'DELIVERED', 'REVOKED']);
    expect((await stack.queryAs(CLERK, REQUEST, { input: request() })).errors![0].message).toMatch(/fue retirada/);
  });
});
