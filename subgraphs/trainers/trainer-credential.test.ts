import { randomUUID } from 'node:crypto';
import { anonymousIdentity, effectiveScopes, type Identity, type Role } from '../../shared/auth/identity';
import { JPEG, PDF, PNG, upload } from '../../test/support/files';
import { postSigned } from '../../test/support/graphql-client';
import { startSubgraph, type SubgraphUnderTest } from '../../test/support/subgraph';
import { checkCredentialCode } from './credential-code';
import { trainersProgram } from './program';

// Seed 004 against the trainers subgraph and PostgreSQL: qualification, request with photo and resolution,
// issue, pickup in Quito within office hours (the hours themselves: pickup-office.test.ts), public
// verification by code, revocation.

const staff = (role: Role, subject: string): Identity => ({ subject, role, scopes: effectiveScopes(role, []), agency: null, trustedOperationsOnly: false, requestId: randomUUID() });
const DECIDER = staff('reviewer', 'dcrco-analista');
const CLERK = staff('front-office', 'ventanilla-amazonas');
const ANYONE = anonymousIdentity('verificacion-publica');
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

describe('independent-trainer credentials (seed 004) against PostgreSQL', () => {
  let trainers: SubgraphUnderTest;
  let code: string;
  let id: string;
  const as = (who: Identity, query: string, variables?: Record<string, unknown>) => postSigned(trainers.url, trainers.signingSecret, 'trainers', who, query, variables);
  beforeAll(async () => {
    trainers = await startSubgraph(trainersProgram);
  });
  afterAll(() => trainers?.stop());

  test('a request needs a qualified trainer, a real JPG and a real PDF; nothing is written otherwise', async () => {
    const unqualified = await as(CLERK, REQUEST, { input: request() });
    expect(unqualified.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'cedula' });
    const registered = await as(DECIDER, `mutation { registerQualifiedTrainer(input: { cedula: "${CEDULA}", names: "Luis Alberto Mora Paz", resolutionNumber: "MDT-DCRCO-2026-0301-R", resolutionDate: "2026-10-02" }) { cedula } }`);
    expect(registered.errors).toBeUndefined();
    const renamedPng = await as(CLERK, REQUEST, { input: request({ photo: file(PNG, 'foto.jpg') }) });
    expect(renamedPng.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'photo', reason: 'DOCUMENT_TYPE', detected: 'PNG' });
    expect(renamedPng.errors![0].message).toMatch(/"foto.jpg" \(la fotografía\) es PNG según su contenido: se acepta JPG/);
    const jpgResolution = await as(CLERK, REQUEST, { input: request({ qualificationResolution: file(JPEG, 'resolucion.pdf') }) });
    expect(jpgResolution.errors![0].extensions).toMatchObject({ field: 'qualificationResolution', reason: 'DOCUMENT_TYPE' });
    const huge = await as(CLERK, REQUEST, { input: request({ photo: file(Buffer.concat([JPEG, Buffer.alloc(1_100_000)]), 'foto.jpg') }) });
    expect(huge.errors![0].extensions).toMatchObject({ field: 'photo', reason: 'DOCUMENT_TOO_LARGE' });
    expect(await trainers.dataSource.query(`SELECT count(*)::int AS n FROM trainer_credential WHERE trainer_cedula = $1`, [CEDULA])).toEqual([{ n: 0 }]);
  });

  test('requested, issued with a checked code, picked up in office hours', async () => {
    // Only Date is faked (and keeps ticking): the pickup is recorded when it happens, on a Tuesday in Quito.
    const onlyDate = ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] as const;
    jest.useFakeTimers({ now: new Date('2026-11-24T14:00:00Z'), advanceTimers: true, doNotFake: [...onlyDate] });
    const requested = await as(CLERK, REQUEST, { input: request() });
    expect(requested.data!.requestTrainerCredential).toMatchObject({ status: 'REQUESTED', code: null, channel: 'EMAIL', documents: [{ kind: 'PHOTO', mediaType: 'image/jpeg' }, { kind: 'QUALIFICATION_RESOLUTION', mediaType: 'application/pdf' }] });
    id = requested.data!.requestTrainerCredential.id;
    expect((await as(CLERK, REQUEST, { input: request() })).errors![0].extensions!.code).toBe('CONFLICT');
    const early = await as(CLERK, `mutation { deliverTrainerCredential(id: "${id}") { status } }`);
    expect(early.errors![0].extensions!.code).toBe('CONFLICT'); // not issued yet
    const issued = await as(DECIDER, `mutation { issueTrainerCredential(id: "${id}") { status code validUntil } }`);
    code = issued.data!.issueTrainerCredential.code;
    expect(checkCredentialCode(code)).toEqual({ valid: true, code });
    const [mail] = await trainers.dataSource.query(`SELECT body FROM outbox_message WHERE recipient = 'luis.mora.capacitador@correo.ec'`);
    expect(mail.body).toMatch(/Av. Amazonas N38-42 y Villalengua, Edificio Amazonas 100, 4to. piso, Quito, lunes a viernes de 08h00 a 16h45/);
    const ahead = await as(CLERK, `mutation { deliverTrainerCredential(id: "${id}", deliveredAt: "2026-11-24T21:45:00Z") { status } }`);
    expect(ahead.errors![0].extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'deliveredAt', reason: 'PICKUP_IN_THE_FUTURE' }));
    const beforeIssue = await as(CLERK, `mutation { deliverTrainerCredential(id: "${id}", deliveredAt: "2026-11-24T13:30:00Z") { status } }`);
    expect(beforeIssue.errors![0].extensions).toEqual(expect.objectContaining({ field: 'deliveredAt', reason: 'PICKUP_BEFORE_ISSUE' }));
    jest.setSystemTime(new Date('2026-11-28T15:00:00Z'));
    const saturday = await as(CLERK, `mutation { deliverTrainerCredential(id: "${id}") { status } }`);
    expect(saturday.errors![0].extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'deliveredAt', reason: 'OUTSIDE_OFFICE_HOURS' }));
    jest.setSystemTime(new Date('2026-11-24T21:50:00Z'));
    const delivered = await as(CLERK, `mutation { deliverTrainerCredential(id: "${id}", deliveredAt: "2026-11-24T21:45:00Z") { status deliveredAt } }`);
    expect(delivered.data!.deliverTrainerCredential).toEqual({ status: 'DELIVERED', deliveredAt: '2026-11-24T21:45:00.000Z' });
  });
  afterEach(() => jest.useRealTimers());

  test('anyone verifies the code without a token and sees only what a client needs', async () => {
    const verified = await as(ANYONE, PUBLIC, { code });
    expect(verified.data!.trainerCredential).toEqual({
      status: 'DELIVERED',
      validUntil: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      trainer: { names: 'Luis Alberto Mora Paz', qualificationResolutionNumber: 'MDT-DCRCO-2026-0301-R', qualificationResolutionDate: '2026-10-02' },
    });
    const typo = code.slice(0, -3) + (code.at(-3) === '2' ? '3' : '2') + code.slice(-2);
    const mistyped = await as(ANYONE, PUBLIC, { code: typo });
    expect(mistyped.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'CREDENTIAL_CODE_CHECK_CHARACTER' });
    expect((await as(ANYONE, PUBLIC, { code: 'CAP-12' })).errors![0].extensions).toMatchObject({ rule: 'CREDENTIAL_CODE_FORMAT' });
  });

  test('withdrawing the qualification revokes the credential, visible to the public check and the dossier', async () => {
    const withdrawn = await as(DECIDER, `mutation { withdrawTrainerQualification(cedula: "${CEDULA}", reason: "Resolución MDT-2026-0999 deja sin efecto la calificación") { status revocationReason } }`);
    expect(withdrawn.data!.withdrawTrainerQualification).toEqual([{ status: 'REVOKED', revocationReason: 'Resolución MDT-2026-0999 deja sin efecto la calificación' }]);
    expect((await as(ANYONE, PUBLIC, { code })).data!.trainerCredential.status).toBe('REVOKED');
    const [dossier] = await trainers.entities([{ __typename: 'Taxpayer', ruc: `${CEDULA}001` }], '... on Taxpayer { trainerCredentials { status history { fromStatus toStatus actor } } }');
    expect(dossier.trainerCredentials[0].history.map((h: any) => h.toStatus)).toEqual(['REQUESTED', 'ISSUED', 'DELIVERED', 'REVOKED']);
    expect((await as(CLERK, REQUEST, { input: request() })).errors![0].message).toMatch(/fue retirada/);
  });
});
