import { JPEG, PDF, XLSX, upload } from '../support/files';
import { signedPdf, testSignatures } from '../support/signed-pdf';
import { bearer } from '../support/tokens';
import { postGraphQL } from '../support/graphql-client';
import { startSubgraphsAndGateway, type Stack } from '../support/stack';
import { addWorkingDays, ecuadorToday } from '../../shared/working-days';

// Fifty reviewers decide the same request at the same instant, through the gateway, in every service:
// exactly one wins; the other 49 are told (CONFLICT, in Spanish) that the status already changed; the
// history holds one decision and the side effects (e-mails, keys, tokens) happen once.

const TIMES = 50;
const SAL_RUC = '1768152560001';
const ANA = { cedula: '1710034065', names: 'Ana María Torres Vela', email: 'ana.torres@senescyt-demo.gob.ec' };
const IESS_REQUEST = '1e550000-0000-4000-8000-000000000002'; // demo: a virtual request, SUBMITTED
const SUT_RECOVERY = '5a700000-0000-4000-8000-000000000003'; // demo: RECEIVED
const TRAINER_CEDULA = '1710034065';
const DEMO_TRAINER = '1712345675'; // demo: qualified, with an ISSUED credential

type Answer = { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: Record<string, any> }> };

describe('concurrent decisions on one request: one winner, the rest CONFLICT', () => {
  let stack: Stack;
  let tokens: string[];
  const count = async (sql: string, parameters: unknown[] = []) => Number((await stack.adminQuery(sql, parameters))[0].n);
  const outbox = (schema: string) => count(`SELECT count(*) AS n FROM ${schema}.outbox_message`);

  /** Fires TIMES copies at once, each from its own reviewer (so no per-caller rate limit interferes). */
  const race = (query: string, variables: Record<string, unknown>): Promise<Answer[]> =>
    Promise.all(tokens.map(token => postGraphQL(stack.gatewayUrl, query, variables, bearer(token)) as Promise<Answer>));

  const expectOneWinner = (answers: Answer[], field = 'status') => {
    const winners = answers.filter(a => !a.errors);
    const losers = answers.filter(a => a.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(TIMES - 1);
    for (const loser of losers) {
      expect(loser.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field });
      expect(loser.errors![0].message).toMatch(/ya está|ya fue|no puede pasar|cambió de estado/);
    }
    return winners[0].data!;
  };

  beforeAll(async () => {
    stack = await startSubgraphsAndGateway({ gateway: { rateLimitPerMinute: 10_000 } });
    tokens = await Promise.all(Array.from({ length: TIMES }, (_, i) => stack.issuer.token({ role: 'reviewer', subject: `revisor-${i}` })));
  });
  afterAll(() => stack?.stop());

  test('SAL: 50 approvals of one key request issue one key and one e-mail', async () => {
    const clerk = { role: 'front-office', subject: 'uath-ventanilla' } as const;
    await stack.queryAs(clerk, `mutation { registerSalInstitution(input: { ruc: "${SAL_RUC}", name: "Secretaría de Demostración", governmentFunction: EJECUTIVA }) { ruc } }`);
    const documents = [
      upload('REQUEST_FORM', 'formulario-claves.xlsx', XLSX),
      upload('ELEARNING_CERTIFICATE', 'certificado-elearning.pdf', PDF),
      upload('APPOINTMENT_DOCUMENT', 'accion-personal.jpg', JPEG),
      upload('DELEGATION', 'delegacion.pdf', await signedPdf(testSignatures().signer)),
    ];
    const input = { institutionRuc: SAL_RUC, kind: 'CREATION', requester: ANA, holder: ANA, uathAppointment: 'DESIGNATED_BY_MAXIMA_AUTORIDAD', requestedAccessDate: addWorkingDays(ecuadorToday(), 3), documents };
    const submitted = await stack.queryAs(clerk, 'mutation ($input: SubmitSalKeyRequestInput!) { submitSalKeyRequest(input: $input) { id } }', { input });
    expect(submitted.errors).toBeUndefined();
    const id = submitted.data!.submitSalKeyRequest.id;
    const mails = await outbox('sal');

    const answers = await race('mutation ($input: ReviewSalKeyRequestInput!) { reviewSalKeyRequest(input: $input) { status } }', { input: { requestId: id, decision: 'APPROVE' } });
    expect(expectOneWinner(answers)).toEqual({ reviewSalKeyRequest: { status: 'APPROVED' } });
    expect(await count(`SELECT count(*) AS n FROM sal.key_request_event WHERE request_id = $1 AND to_status = 'APPROVED'`, [id])).toBe(1);
    expect(await count('SELECT count(*) AS n FROM sal.access_key WHERE request_id = $1', [id])).toBe(1);
    expect((await outbox('sal')) - mails).toBe(1);
  });

  test('SUT: 50 resolutions of one recovery send one link', async () => {
    const mails = await outbox('sut');
    const answers = await race('mutation ($id: String!) { resolveSystemKeyRecovery(id: $id) { status } }', { id: SUT_RECOVERY });
    expect(expectOneWinner(answers)).toEqual({ resolveSystemKeyRecovery: { status: 'RESOLVED' } });
    expect(await count(`SELECT count(*) AS n FROM sut.recovery_event WHERE recovery_id = $1 AND to_status = 'RESOLVED'`, [SUT_RECOVERY])).toBe(1);
    expect(await count('SELECT count(*) AS n FROM sut.recovery_token WHERE recovery_id = $1', [SUT_RECOVERY])).toBe(1);
    expect((await outbox('sut')) - mails).toBe(1);
  });

  test('trainers: 50 issues of one credential give one code; 50 withdrawals of one qualification, one', async () => {
    await stack.adminQuery(`INSERT INTO trainers.qualified_trainer (cedula, names, qualification_resolution_number, qualification_resolution_date) VALUES ($1, 'Ana María Torres Vela', 'MDT-2026-0001-R', '2026-06-19')`, [TRAINER_CEDULA]);
    const [{ id }] = await stack.adminQuery(
      `INSERT INTO trainers.trainer_credential (trainer_cedula, status, channel, requested_at, email, requested_by) VALUES ($1, 'REQUESTED', 'ONLINE', now(), $2, 'prueba') RETURNING id`,
      [TRAINER_CEDULA, ANA.email],
    );
    const issueMails = await outbox('trainers');
    const issued = await race('mutation ($id: String!) { issueTrainerCredential(id: $id) { status } }', { id });
    expect(expectOneWinner(issued)).toEqual({ issueTrainerCredential: { status: 'ISSUED' } });
    expect(await count(`SELECT count(*) AS n FROM trainers.credential_event WHERE credential_id = $1 AND to_status = 'ISSUED'`, [id])).toBe(1);
    expect((await outbox('trainers')) - issueMails).toBe(1);

    const withdrawMails = await outbox('trainers');
    const withdrawn = await race('mutation ($cedula: String!) { withdrawTrainerQualification(cedula: $cedula, reason: "Resolución de retiro") { status } }', { cedula: DEMO_TRAINER });
    expect(expectOneWinner(withdrawn, 'cedula')).toEqual({ withdrawTrainerQualification: [{ status: 'REVOKED' }] });
    expect(await count(`SELECT count(*) AS n FROM trainers.credential_event e JOIN trainers.trainer_credential c ON c.id = e.credential_id WHERE c.trainer_cedula = $1 AND e.to_status = 'REVOKED'`, [DEMO_TRAINER])).toBe(1);
    expect((await outbox('trainers')) - withdrawMails).toBeLessThanOrEqual(1);
  });

  test('IESS: 50 rejections of one key request: one decision, one e-mail', async () => {
    await stack.adminQuery(`UPDATE iess.employer_key_request SET contact_email = 'gerencia@andesdemo.com.ec' WHERE id = $1`, [IESS_REQUEST]);
    const mails = await outbox('iess');
    const answers = await race('mutation ($id: String!) { rejectIessKeyRequest(requestId: $id, reason: "Documentos ilegibles") { status } }', { id: IESS_REQUEST });
    expect(expectOneWinner(answers)).toEqual({ rejectIessKeyRequest: { status: 'REJECTED' } });
    expect(await count(`SELECT count(*) AS n FROM iess.key_request_event WHERE request_id = $1 AND to_status = 'REJECTED'`, [IESS_REQUEST])).toBe(1);
    expect((await outbox('iess')) - mails).toBe(1);
  });
});
