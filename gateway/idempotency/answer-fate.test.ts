import { answerFate } from './answer-fate';

// What an Idempotency-Key keeps: the answer, nothing (the write did not run), or "outcome unknown".

const json = (body: unknown) => JSON.stringify(body);
const unavailable = (extra: Record<string, unknown> = {}) => ({ message: 'x', extensions: { code: 'SERVICE_UNAVAILABLE', service: 'sut', ...extra } });

describe('what an Idempotency-Key keeps', () => {
  test('a plain answer, or a refusal of the input, is kept for the retries', () => {
    expect(answerFate(200, json({ data: { recordSutComplaint: { month: '2026-12' } } }))).toEqual({ keep: 'answer' });
    expect(answerFate(200, json({ data: null, errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT' } }] }))).toEqual({ keep: 'answer' });
  });

  test('a service down before the write was reached, an internal error, a 5xx or 429: nothing is kept, the retry runs', () => {
    expect(answerFate(200, json({ data: null, errors: [unavailable()] }))).toEqual({ keep: 'nothing' });
    expect(answerFate(200, json({ data: null, errors: [{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }))).toEqual({ keep: 'nothing' });
    expect(answerFate(503, json({ errors: [{ message: 'x', extensions: { code: 'SERVICE_UNAVAILABLE', service: 'gateway' } }] }))).toEqual({ keep: 'nothing' });
    expect(answerFate(429, 'Too many')).toEqual({ keep: 'nothing' });
  });

  test('a write that answered, with a later section of another service unavailable, ran: its answer is kept', () => {
    const partial = json({ data: { submitSalKeyRequest: { id: 'k1', employer: null } }, errors: [unavailable({ service: 'iess' })] });
    expect(answerFate(200, partial)).toEqual({ keep: 'answer' });
  });

  test('a write that may have committed without answering: retries get a CONFLICT asking to check the dossier', () => {
    const fate = answerFate(200, json({ errors: [unavailable({ reason: 'OUTCOME_UNKNOWN' })] }));
    expect(fate).toMatchObject({ keep: 'unknown', status: 409 });
    const [error] = JSON.parse((fate as { body: string }).body).errors;
    expect(error.extensions).toEqual({ code: 'CONFLICT', field: 'Idempotency-Key', reason: 'IDEMPOTENCY_OUTCOME_UNKNOWN', service: 'sut' });
    expect(error.message).toMatch(/SUT \/ Salarios en Línea y pudo haberse registrado\. Revise el expediente/);
  });
});
