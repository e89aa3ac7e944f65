import { SUBGRAPH_NAMES, type SubgraphName } from '../../shared/env';
import { circuitState, graphql, loop, Scenario, sleep, type Answer } from './client';
import { BREAKER, waitUntil, type FaultStack } from './stack';

// Subgraphs killed (SIGKILL) and paused (SIGSTOP) under a concurrent dossier load: the gateway keeps
// answering 200 with that service's sections degraded, its breaker opens, and once the subgraph is back
// the breaker closes and full answers return, with the same gateway process throughout.

const DOSSIER = `query Dossier($rucs: [String!]!) { taxpayers(rucs: $rucs) { ruc kind
  salInstitution { name } salAccessKeys { status } systemKeyRecoveries { status } trainerCredentials { status }
  iessEmployer { businessName } iessEmployerKeyRequests { status } } }`;
const RUCS = ['1760001630001', '1791234561001', '1712345675001'];
const CLIENTS = 10;

/** Answers of the dossier load, kept by the phase they were sent in. */
class Load {
  phase = 'antes';
  readonly byPhase = new Map<string, Answer[]>();
  private readonly running: { stop(): Promise<void> };
  constructor(stack: FaultStack, scenario: Scenario, token: string) {
    this.running = loop(CLIENTS, async () => {
      const phase = this.phase;
      const answer = await graphql(stack.gatewayUrl, scenario, token, DOSSIER, { rucs: RUCS }, { 'x-apollo-operation-name': 'Dossier' });
      if (!this.byPhase.has(phase)) this.byPhase.set(phase, []);
      this.byPhase.get(phase)!.push(answer);
    });
  }
  in(phase: string): Answer[] {
    return this.byPhase.get(phase) ?? [];
  }
  stop() {
    return this.running.stop();
  }
}

const full = (a: Answer) => a.status === 200 && a.codes.length === 0 && a.body?.data?.taxpayers?.length === RUCS.length;
const degradedBy = (name: SubgraphName) => (a: Answer) =>
  a.status === 200 &&
  a.body?.data?.taxpayers?.length === RUCS.length &&
  (a.body.errors ?? []).every(e => e.extensions?.code === 'SERVICE_UNAVAILABLE' && e.extensions.service === name);
const notFine = (answers: Answer[], fine: (a: Answer) => boolean) => answers.filter(a => !fine(a)).slice(0, 2).map(a => ({ status: a.status, codes: a.codes, errors: a.body?.errors?.slice(0, 1) }));

async function backToFull(stack: FaultStack, scenario: Scenario, load: Load, name: SubgraphName): Promise<number> {
  const since = Date.now();
  await waitUntil(`el interruptor de ${name} se cierra`, async () => (await circuitState(stack.gatewayUrl, name)) === 0 && load.in('recuperando').some(full), 30_000).catch(() => undefined);
  const recovered = Date.now() - since;
  scenario.check(`${name}: el interruptor vuelve a cerrado (0) y el expediente completo vuelve sin reiniciar la pasarela`, (await circuitState(stack.gatewayUrl, name)) === 0 && load.in('recuperando').some(full));
  return recovered;
}

export async function killEachSubgraph(stack: FaultStack): Promise<Scenario> {
  const scenario = new Scenario('subgrafos terminados (SIGKILL) bajo carga');
  const token = await stack.token('front-office', 'faults-carga');
  const gatewayPid = stack.pids().gateway;
  const load = new Load(stack, scenario, token);
  try {
    await waitUntil('primeras respuestas de la carga', async () => load.in('antes').length >= CLIENTS, 30_000).catch(() => undefined);
    scenario.check('con todo en marcha el expediente llega completo (200, sin errores)', load.in('antes').length > 0 && load.in('antes').every(full), notFine(load.in('antes'), full));
    for (const name of SUBGRAPH_NAMES) {
      load.phase = `caido-${name}`;
      stack.kill(name, 'SIGKILL');
      const opened = await waitUntil(`el interruptor de ${name} se abre`, async () => (await circuitState(stack.gatewayUrl, name)) === 2, 15_000).catch(() => -1);
      scenario.check(`${name}: el interruptor se abre (llavero_circuit_state = 2)`, opened >= 0);
      scenario.figure(`${name}: interruptor abierto tras (ms)`, opened);
      await sleep(1_500);
      const down = load.in(`caido-${name}`);
      scenario.check(`${name}: con ${name} caído cada respuesta es 200 con solo sus secciones degradadas (SERVICE_UNAVAILABLE, service: ${name})`, down.length > 0 && down.every(degradedBy(name)), notFine(down, degradedBy(name)));
      load.phase = 'recuperando';
      const spawned = Date.now();
      await stack.restart(name);
      const recovered = await backToFull(stack, scenario, load, name);
      scenario.figure(`${name}: tiempo de recuperación desde el reinicio del subgrafo (ms)`, Date.now() - spawned);
      scenario.figure(`${name}: recuperación tras estar listo el subgrafo (ms)`, recovered);
      load.byPhase.delete('recuperando');
      load.phase = `despues-${name}`;
      await sleep(500);
      load.phase = 'entre'; // answers still in flight arrive before the next kill
      await sleep(1_000);
      const after = load.in(`despues-${name}`);
      scenario.check(`${name}: tras la recuperación el expediente llega completo`, after.length > 0 && after.every(full), notFine(after, full));
    }
  } finally {
    await load.stop();
  }
  scenario.check('la pasarela es el mismo proceso de principio a fin', stack.alive('gateway') && stack.pids().gateway === gatewayPid);
  scenario.check('ninguna respuesta 5xx ni fallo de red desde la pasarela', ![...scenario.statuses.keys()].some(k => /^(5|0 )/.test(k)), [...scenario.statuses.keys()]);
  return scenario;
}

export async function pauseSubgraph(stack: FaultStack, name: SubgraphName = 'sut'): Promise<Scenario> {
  const scenario = new Scenario(`subgrafo ${name} pausado (SIGSTOP) bajo carga`);
  const token = await stack.token('front-office', 'faults-pausa');
  const load = new Load(stack, scenario, token);
  const budget = BREAKER.timeoutMs * BREAKER.failures;
  try {
    await waitUntil('primeras respuestas de la carga', async () => load.in('antes').length >= CLIENTS, 30_000).catch(() => undefined);
    scenario.check('antes de la pausa el expediente llega completo', load.in('antes').length > 0 && load.in('antes').every(full), notFine(load.in('antes'), full));
    load.phase = 'pausado';
    const paused = Date.now();
    stack.kill(name, 'SIGSTOP');
    const opened = await waitUntil(`el interruptor de ${name} se abre`, async () => (await circuitState(stack.gatewayUrl, name)) === 2, budget + 10_000).catch(() => -1);
    scenario.figure('interruptor abierto tras la pausa (ms)', opened < 0 ? -1 : Date.now() - paused);
    scenario.figure('tiempo del interruptor: timeout × fallos (ms)', budget);
    scenario.check(`el interruptor de ${name} se abre con el subgrafo pausado`, opened >= 0);
    load.phase = 'abierto';
    await sleep(3_000);
    const before = load.in('pausado');
    const open = load.in('abierto');
    const slowest = Math.max(0, ...before.map(a => a.ms));
    const times = open.map(a => a.ms).sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? -1;
    scenario.figure('respuesta más lenta antes de abrirse (ms)', slowest);
    scenario.figure('mediana con el interruptor abierto (ms)', median);
    scenario.figure('respuestas con el interruptor abierto', open.length);
    scenario.check(`mientras se abre, cada expediente responde degradado dentro del timeout del subgrafo (${BREAKER.timeoutMs} ms, con holgura ×2)`, before.every(degradedBy(name)) && slowest <= BREAKER.timeoutMs * 2, { slowest, bad: notFine(before, degradedBy(name)) });
    scenario.check(`con el interruptor abierto el expediente responde degradado y muy por debajo del timeout (mediana < ${BREAKER.timeoutMs / 2} ms)`, open.length > 0 && open.every(degradedBy(name)) && median >= 0 && median < BREAKER.timeoutMs / 2, { median, bad: notFine(open, degradedBy(name)) });
    load.phase = 'recuperando';
    const resumed = Date.now();
    stack.kill(name, 'SIGCONT');
    await backToFull(stack, scenario, load, name);
    scenario.figure('tiempo de recuperación tras SIGCONT (ms)', Date.now() - resumed);
  } finally {
    stack.kill(name, 'SIGCONT');
    await load.stop();
  }
  scenario.check('ninguna respuesta 5xx ni fallo de red desde la pasarela', ![...scenario.statuses.keys()].some(k => /^(5|0 )/.test(k)), [...scenario.statuses.keys()]);
  return scenario;
}
