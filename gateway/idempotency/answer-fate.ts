import { serviceLabel } from '../../shared/service-labels';

// What an Idempotency-Key keeps once its first answer is known: the answer (replayed to retries), nothing
// (the write provably did not run, so a retry runs it), or "outcome unknown" (a subgraph may have committed
// the write without answering: a retry must not write again, and the clerk is told to check first).

const NOT_RUN = new Set(['SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR']);

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ extensions?: { code?: string; reason?: string; service?: string } }>;
}

export type AnswerFate = { keep: 'answer' } | { keep: 'nothing' } | { keep: 'unknown'; status: number; body: string };

export function answerFate(status: number, text: string): AnswerFate {
  let body: GraphQLBody;
  try {
    body = JSON.parse(text) as GraphQLBody;
  } catch {
    return { keep: 'nothing' }; // not a GraphQL result: a refusal before anything ran
  }
  const errors = body.errors ?? [];
  const unknown = errors.find(error => error.extensions?.reason === 'OUTCOME_UNKNOWN');
  if (unknown) return { keep: 'unknown', ...outcomeUnknownAnswer(String(unknown.extensions?.service ?? 'gateway')) };
  // A root field answered: its write ran, even if a later section (another subgraph's) failed.
  if (body.data && Object.values(body.data).some(value => value !== null && value !== undefined)) return { keep: 'answer' };
  if (status >= 500 || status === 429 || errors.some(error => NOT_RUN.has(String(error.extensions?.code)))) return { keep: 'nothing' };
  return { keep: 'answer' };
}

function outcomeUnknownAnswer(service: string): { status: number; body: string } {
  const message =
    `La solicitud anterior con esta Idempotency-Key no recibió respuesta del servicio ${serviceLabel(service)} y pudo haberse registrado. ` +
    'Revise el expediente antes de volver a intentarlo: si no se registró, envíela con una clave nueva.';
  return { status: 409, body: JSON.stringify({ errors: [{ message, extensions: { code: 'CONFLICT', field: 'Idempotency-Key', reason: 'IDEMPOTENCY_OUTCOME_UNKNOWN', service } }] }) };
}
