import { SUBGRAPH_NAMES } from '../../shared/env';
import { graphql, loop, Scenario, sleep } from './client';
import { waitUntil, type FaultStack } from './stack';

// PostgreSQL stopped and started again (same port, same data) under a write load: every write the API
// acknowledged is in the database exactly once, the outage answers SERVICE_UNAVAILABLE (never a 500),
// and the subgraphs reconnect by themselves, with the same processes.

const COMPLAINT = 'mutation Queja($summary: String!) { recordSutComplaint(summary: $summary) { month complaints } }';
const WRITERS = 6;
const READERS = 2;
const DOSSIER = 'query Dossier($ruc: String!) { taxpayer(ruc: $ruc) { ruc salAccessKeys { status } systemKeyRecoveries { status } trainerCredentials { status } iessEmployer { businessName } } }';

export async function restartDatabase(stack: FaultStack): Promise<Scenario> {
  const scenario = new Scenario('PostgreSQL reiniciado bajo escritura');
  const token = await stack.token('front-office', 'faults-escritura');
  const pidsBefore = stack.pids();
  const run = Date.now().toString(36);
  const acknowledged = new Set<string>();
  const outageCodes = new Map<string, number>();
  let phase: 'antes' | 'caida' | 'vuelta' = 'antes';
  let firstAckAfter = 0;
  const writers = loop(WRITERS, async (client, n) => {
    const summary = `faults-pg-${run}-${client}-${n}`;
    const sentIn = phase;
    const answer = await graphql(stack.gatewayUrl, scenario, token, COMPLAINT, { summary }, { 'x-apollo-operation-name': 'Queja' });
    const ok = answer.status === 200 && answer.codes.length === 0 && answer.body?.data?.recordSutComplaint;
    if (ok) acknowledged.add(summary);
    if (ok && sentIn === 'vuelta' && !firstAckAfter) firstAckAfter = Date.now();
    if (!ok) {
      const key = `${answer.status} ${answer.codes.join('+') || 'sin código'}`;
      outageCodes.set(key, (outageCodes.get(key) ?? 0) + 1);
      await sleep(50); // a client that got an error waits a moment before its next write
    }
  });
  // Readers beside the writers: during the outage each subgraph meets its database down (never a 500).
  const readCodes = new Map<string, number>();
  const readers = loop(READERS, async () => {
    const answer = await graphql(stack.gatewayUrl, scenario, token, DOSSIER, { ruc: '1760001630001' }, { 'x-apollo-operation-name': 'Dossier' });
    if (phase === 'caida') for (const code of answer.codes) readCodes.set(`${answer.status} ${code}`, (readCodes.get(`${answer.status} ${code}`) ?? 0) + 1);
  });
  let restarted = 0;
  let stopStarted = 0;
  try {
    await sleep(2_000);
    const beforeOutage = acknowledged.size;
    phase = 'caida';
    stopStarted = Date.now();
    await stack.stopDatabase();
    scenario.figure('PostgreSQL detenido en (ms)', Date.now() - stopStarted);
    await sleep(4_000);
    phase = 'vuelta';
    await stack.startDatabase();
    restarted = Date.now();
    await waitUntil('una escritura confirmada tras el reinicio', async () => firstAckAfter > 0, 45_000).catch(() => undefined);
    scenario.figure('escrituras confirmadas antes de la caída', beforeOutage);
    scenario.figure('tiempo hasta la primera escritura confirmada tras el arranque (ms)', firstAckAfter ? firstAckAfter - restarted : -1);
    scenario.figure('tiempo sin escrituras, de la parada a la primera confirmada (ms)', firstAckAfter ? firstAckAfter - stopStarted : -1);
    scenario.check('tras el arranque de PostgreSQL los subgrafos vuelven a escribir sin reiniciarse', firstAckAfter > 0);
    await sleep(2_000);
  } finally {
    await Promise.all([writers.stop(), readers.stop()]);
  }
  for (const [key, n] of readCodes) scenario.figure(`lecturas durante la caída: errores ${key}`, n);
  // A read the gateway must audit is refused whole (503) while the audit log is unreachable; others degrade (200).
  scenario.check('durante la caída las lecturas dicen SERVICE_UNAVAILABLE (200 degradado o 503), nunca INTERNAL_SERVER_ERROR ni otro 5xx', [...readCodes.keys()].every(k => k === '200 SERVICE_UNAVAILABLE' || k === '503 SERVICE_UNAVAILABLE'), [...readCodes.keys()]);
  const rows = await stack.sql<{ summary: string; n: number }>('SELECT summary, count(*)::int AS n FROM sut.complaint WHERE summary LIKE $1 GROUP BY summary', [`faults-pg-${run}-%`]);
  const found = rows.filter(r => acknowledged.has(r.summary));
  const doubled = rows.filter(r => r.n > 1);
  const unacknowledged = rows.filter(r => !acknowledged.has(r.summary));
  scenario.figure('escrituras confirmadas (200 sin errores)', acknowledged.size);
  scenario.figure('confirmadas encontradas en la base', found.length);
  scenario.figure('filas duplicadas', doubled.length);
  scenario.figure('filas escritas sin confirmación al cliente', unacknowledged.length);
  for (const [key, n] of outageCodes) scenario.figure(`fallidas: ${key}`, n);
  scenario.check('cada escritura confirmada está en la base, exactamente una vez', found.length === acknowledged.size && doubled.length === 0, { acknowledged: acknowledged.size, found: found.length, doubled: doubled.length });
  scenario.check('durante la caída nada responde 5xx salvo 503 SERVICE_UNAVAILABLE, ni INTERNAL_SERVER_ERROR', [...outageCodes.keys()].every(k => !k.includes('INTERNAL_SERVER_ERROR') && (!/^5/.test(k) || /^503 SERVICE_UNAVAILABLE$/.test(k)) && !/^0 /.test(k)), [...outageCodes.keys()]);
  scenario.check('durante la caída las escrituras rechazadas dicen SERVICE_UNAVAILABLE', outageCodes.size > 0 && [...outageCodes.keys()].every(k => k.includes('SERVICE_UNAVAILABLE')), [...outageCodes.keys()]);
  const pidsAfter = stack.pids();
  scenario.check('ningún proceso se reinició ni murió (mismos PID)', (['gateway', ...SUBGRAPH_NAMES] as const).every(n => pidsAfter[n] !== undefined && pidsAfter[n] === pidsBefore[n]), { pidsBefore, pidsAfter });
  const ready = await Promise.all((['gateway', ...SUBGRAPH_NAMES] as const).map(async n => (await fetch(`http://127.0.0.1:${stack.ports[n]}/health/ready`).catch(() => undefined))?.status ?? 0));
  scenario.check('todos listos (/health/ready 200) tras el reinicio', ready.every(s => s === 200), ready);
  return scenario;
}
