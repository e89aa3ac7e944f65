import { graphql } from '../api';
import { itemActions, panelActions } from './actions/index';
import type { Clerk, PanelContext, ServiceKey } from './contract';
import { $, announce, clearAnnouncement } from './dom';
import { renderHeader, updateHeader } from './header';
import { renderIess } from './panels/iess';
import { PANEL_QUERIES } from './panels/queries';
import type { Render } from './panels/render';
import { renderSal } from './panels/sal';
import { PanelShell, SERVICE_TITLES } from './panels/shell';
import { renderSut } from './panels/sut';
import { renderTrainers } from './panels/trainers';

// One citizen's dossier: four panels loaded in parallel, each shown as soon as its service answers,
// each with its own short timeout. A new RUC, "Nueva atención" or the idle timer abort and clear it.

export const SERVICES: ServiceKey[] = ['sal', 'sut', 'trainers', 'iess'];
const RENDER: Record<ServiceKey, Render> = { sal: renderSal, sut: renderSut, trainers: renderTrainers, iess: renderIess };
/** A panel that has not answered by then says so and offers "Reintentar"; the others are not held. */
export const PANEL_TIMEOUT_MS = 5000;

interface Attention {
  ruc: string;
  controller: AbortController;
  answers: Partial<Record<ServiceKey, Record<string, any>>>;
  settled: Set<ServiceKey>;
  shells: Record<ServiceKey, PanelShell>;
  header: HTMLElement;
  started: number;
}

let current: Attention | null = null;

export const currentRuc = () => current?.ruc ?? null;

/** Empties the screen of the citizen's data and cancels what is still loading. */
export function clearDossier(): void {
  current?.controller.abort();
  current = null;
  $('summary').replaceChildren();
  $('panels').replaceChildren();
  clearAnnouncement(); // "Expediente del RUC … listo." would outlive the dossier in the live region
}

export function openDossier(ruc: string, clerk: Clerk): void {
  clearDossier();
  const shells = Object.fromEntries(SERVICES.map(s => [s, new PanelShell(s)])) as Record<ServiceKey, PanelShell>;
  const attention: Attention = { ruc, controller: new AbortController(), answers: {}, settled: new Set(), shells, header: renderHeader(ruc), started: performance.now() };
  current = attention;
  $('summary').replaceChildren(attention.header);
  $('panels').replaceChildren(...SERVICES.map(s => shells[s].node));
  for (const service of SERVICES) void loadPanel(attention, service, clerk);
}

async function loadPanel(attention: Attention, service: ServiceKey, clerk: Clerk): Promise<void> {
  const shell = attention.shells[service];
  const retry = () => void loadPanel(attention, service, clerk);
  shell.loading();
  const started = performance.now();
  const result = await graphql<{ taxpayer: Record<string, any> }>(PANEL_QUERIES[service], { ruc: attention.ruc }, { timeoutMs: PANEL_TIMEOUT_MS, signal: attention.controller.signal });
  if (attention !== current || attention.controller.signal.aborted) return;
  shell.node.dataset.ms = String(Math.round(performance.now() - started));
  const down = result.errors?.some(e => e.extensions?.code === 'SERVICE_UNAVAILABLE');
  if (result.failure) {
    if (result.failure.kind === 'TIMEOUT') shell.failed(`${SERVICE_TITLES[service]} no respondió en ${PANEL_TIMEOUT_MS / 1000} s.`, retry);
    else shell.failed(result.failure.message, result.failure.retryable ? retry : null);
  } else if (down || !result.data?.taxpayer) {
    if (down) shell.unavailable(retry);
    else shell.failed(result.errors?.[0]?.message ?? 'No se pudo consultar este servicio.', retry);
  } else {
    const taxpayer = result.data.taxpayer;
    attention.answers[service] = taxpayer;
    const context: PanelContext = { ruc: attention.ruc, service, taxpayer, clerk, refresh: retry };
    shell.show(RENDER[service](taxpayer, { ruc: attention.ruc, actions: item => itemActions(context, item) }), panelActions(context));
  }
  // A panel reloaded after an action was already settled: the dossier is not announced again over the action's notice.
  const reloaded = attention.settled.has(service);
  attention.settled.add(service);
  const all = attention.settled.size === SERVICES.length;
  updateHeader(attention.header, attention.ruc, SERVICES.flatMap(s => attention.answers[s] ?? []), all);
  if (all && !reloaded && !attention.controller.signal.aborted) finish(attention);
}

function finish(attention: Attention): void {
  const failed = SERVICES.filter(s => !attention.answers[s]);
  $('panels').dataset.ms = String(Math.round(performance.now() - attention.started));
  const note = failed.length ? ` Sin respuesta de: ${failed.map(s => SERVICE_TITLES[s]).join(', ')}.` : '';
  announce(`Expediente del RUC ${attention.ruc} listo.${note}`);
  attention.settled = new Set(SERVICES.filter(s => attention.answers[s]));
}
