import { SUBGRAPH_NAMES } from '../../shared/env';
import { pool, Scenario, send, type Send } from './client';
import type { FaultStack, ProcessName } from './stack';

// Thousands of malformed and fuzzed requests from a seeded generator (the seed is printed, so a failure
// can be replayed): none may get a 5xx, and every process must still be alive at the end.

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DOSSIER = 'query Dossier($rucs: [String!]!) { taxpayers(rucs: $rucs) { ruc salAccessKeys { status } iessEmployer { businessName } } }';
const WORDS = ['{', '}', '(', ')', 'query', 'mutation', 'taxpayer', 'taxpayers', 'ruc:', '"1760001630001"', '$r', '...', 'on', 'Taxpayer', '__schema', '__typename', 'fragment', 'f', '@skip(if: true)', '[', ']', ':', '!', '"\\u0000"', 'recordSutComplaint(summary: "x")', 'salAccessKeys', 'status', '#', '\n'];
const MUTATIONS = ['resolveSystemKeyRecovery(id: $v) { id }', 'issueTrainerCredential(id: $v) { id }', 'approveIessKeyRequest(requestId: $v) { id }', 'recordSalComplaint(summary: $v) { month }', 'requestSalKeyRecovery(ruc: $v) { __typename }'];
const JUNK_VALUES: unknown[] = [null, 0, -1, 1e308, true, {}, [], 'null', '\u0000', '\ud800', '1760001630001\u0000', { $gt: '' }, [[[]]], 'x'.repeat(10_000)];

type Maker = (r: () => number, pick: <T>(items: T[]) => T, json: (body: unknown) => string) => Send;

const makers: Array<[string, number, Maker]> = [
  ['bytes al azar', 10, r => ({ body: Buffer.from(Array.from({ length: Math.floor(r() * 4000) }, () => Math.floor(r() * 256))) })],
  ['JSON truncado', 8, (r, _p, json) => { const text = json({ query: DOSSIER, variables: { rucs: ['1760001630001'] } }); return { body: text.slice(0, Math.floor(r() * text.length)) }; }],
  ['tipos equivocados', 12, (_r, pick, json) => ({ body: json({ query: pick([DOSSIER, 42, null, {}, ['x']]), variables: pick([{ rucs: pick(JUNK_VALUES) }, pick(JUNK_VALUES), 'rucs']), operationName: pick([undefined, 7, {}, 'Dossier']), extensions: pick([undefined, 'x', { persistedQuery: { version: 1, sha256Hash: 'abc' } }]) }) })],
  ['cadena de 1 MB', 2, (r, pick, json) => { const big = pick(['9', 'a', '\u0000', 'ñ', '{']).repeat(1_000_000 + Math.floor(r() * 1000)); return { body: json(pick([{ query: DOSSIER, variables: { rucs: [big] } }, { query: big }, { query: `{ taxpayer(ruc: "${big.slice(0, 500_000)}") { ruc } }` }, { query: 'mutation ($v: String!) { recordSutComplaint(summary: $v) { month } }', variables: { v: big } }])) }; }],
  ['anidamiento profundo', 6, (r, pick, json) => { const depth = 100 + Math.floor(r() * 20_000); return pick([{ body: json({ query: `${'{ taxpayer(ruc: "1760001630001") '.repeat(1)}${'{ a '.repeat(depth)}${'}'.repeat(depth + 1)}` }) }, { body: `{"query":${JSON.stringify(DOSSIER)},"variables":{"rucs":${'['.repeat(depth)}${']'.repeat(depth)}}}` }, { body: `${'['.repeat(depth)}${']'.repeat(depth)}` }, { body: json({ query: `query { ${'__typename ... on Query { '.repeat(Math.min(depth, 3000))}__typename${' }'.repeat(Math.min(depth, 3000))} }` }) }]); }],
  ['bytes NUL', 8, (_r, pick, json) => ({ body: pick([json({ query: `${DOSSIER}\u0000`, variables: { rucs: ['1760001630001'] } }), json({ query: DOSSIER, variables: { rucs: ['1760001630001\u0000'] } }), json({ query: DOSSIER, operationName: 'Dossier\u0000' }), '\u0000'.repeat(100), json({ query: 'mutation ($v: String!) { recordSutComplaint(summary: $v) { month } }', variables: { v: 'queja\u0000con nul' } })]) })],
  ['operationName desconocido', 8, (r, pick, json) => ({ body: json({ query: pick([DOSSIER, `${DOSSIER} query Otra { __typename }`]), variables: { rucs: ['1760001630001'] }, operationName: pick(['NoExiste', '', '__proto__', 'constructor', `Op${Math.floor(r() * 1e6)}`]) }) })],
  ['arreglo enorme de RUC', 4, (r, pick, json) => ({ body: json({ query: DOSSIER, variables: { rucs: Array.from({ length: pick([501, 2_000, 20_000]) }, (_, i) => (r() < 0.5 ? '1760001630001' : String(i))) } }) })],
  ['lotes', 8, (r, pick, json) => ({ body: json(Array.from({ length: pick([0, 1, 2, 20, 200]) }, () => pick([{ query: DOSSIER, variables: { rucs: ['1760001630001'] } }, { query: '{ __typename }' }, null, 'x', r()]))) })],
  ['GraphQL al azar', 14, (r, pick, json) => ({ body: json({ query: Array.from({ length: 1 + Math.floor(r() * 60) }, () => pick(WORDS)).join(' '), variables: r() < 0.5 ? { r: pick(JUNK_VALUES) } : undefined }) })],
  ['mutaciones con valores basura', 10, (_r, pick, json) => ({ body: json({ query: `mutation ($v: String!) { ${pick(MUTATIONS)} }`, variables: { v: pick(JUNK_VALUES) } }) })],
  ['cabeceras y métodos raros', 10, (r, pick) => ({ body: pick(['{}', 'query=x', '<xml/>', '']), method: pick(['POST', 'GET', 'PUT', 'DELETE', 'PATCH']), path: pick(['/graphql', `/graphql?query=${encodeURIComponent(pick(WORDS))}&variables=%7B`, '/graphql?query=%00', '/%2e%2e/etc/passwd', '/health/ready?x=%ZZ', `/${'a'.repeat(Math.floor(r() * 8000))}`]), headers: { 'content-type': pick(['text/plain', 'application/json; charset=latin1', 'multipart/form-data; boundary=x', 'application/graphql', '']), authorization: pick(['Bearer', 'Bearer x.y.z', 'Basic Og==', `Bearer ${'a'.repeat(9000)}`, '']), 'idempotency-key': pick(['', 'x'.repeat(4000), 'k']) } })],
];

export async function fuzz(stack: FaultStack, seed: number, total = 3_000): Promise<Scenario> {
  const scenario = new Scenario(`fuzzing (semilla ${seed})`);
  const r = prng(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(r() * items.length)];
  const json = (body: unknown) => JSON.stringify(body);
  const token = await stack.token('front-office', 'faults-fuzz');
  const weight = makers.reduce((sum, [, w]) => sum + w, 0);
  const byKind = new Map<string, number>();
  const bad: string[] = [];
  const pidsBefore = stack.pids();
  const tasks = Array.from({ length: total }, (_, index) => {
    let roll = r() * weight;
    const [kind, , make] = makers.find(([, w]) => (roll -= w) < 0) ?? makers[0];
    const request = make(r, pick, json);
    // Most go to the gateway as a signed-in clerk; some without a token; some straight at a subgraph.
    const target: ProcessName = r() < 0.12 ? pick([...SUBGRAPH_NAMES]) : 'gateway';
    if (!request.headers?.authorization && r() < 0.8) request.headers = { ...request.headers, authorization: `Bearer ${token}` };
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    return async () => {
      const answer = await send(`http://127.0.0.1:${stack.ports[target]}`, scenario, { ...request, timeoutMs: 30_000 });
      if (answer.status >= 500 || answer.status === 0) bad.push(`#${index} ${kind} (${String(request.body).length} B: ${String(request.body).slice(0, 60)}…) → ${target}: ${answer.status} ${answer.codes.join('+')} ${JSON.stringify(answer.body?.errors?.[0]?.message ?? '').slice(0, 160)}`);
    };
  });
  const started = Date.now();
  await pool(12, tasks);
  scenario.figure('duración (ms)', Date.now() - started);
  for (const [kind, n] of byKind) scenario.figure(`enviadas: ${kind}`, n);
  scenario.check(`ninguna de las ${total} solicitudes recibe un 5xx ni queda sin respuesta`, bad.length === 0, bad.slice(0, 5));
  const live = await Promise.all((['gateway', ...SUBGRAPH_NAMES] as const).map(async n => (await fetch(`http://127.0.0.1:${stack.ports[n]}/health/live`).catch(() => undefined))?.status ?? 0));
  scenario.check('cada proceso sigue vivo: /health/live 200 en la pasarela y los cuatro subgrafos', live.every(s => s === 200), live);
  const pidsAfter = stack.pids();
  scenario.check('ningún proceso hijo terminó (mismos PID, vivos)', (['gateway', ...SUBGRAPH_NAMES] as const).every(n => pidsAfter[n] !== undefined && pidsAfter[n] === pidsBefore[n]), { pidsBefore, pidsAfter });
  return scenario;
}
