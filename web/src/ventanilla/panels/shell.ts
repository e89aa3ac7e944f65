import type { ServiceKey } from '../contract';
import { button, el } from '../dom';

// A panel's frame and its states: consulting, shown, service unavailable, request failed (with "Reintentar").

export const SERVICE_TITLES: Record<ServiceKey, string> = {
  sal: 'SAL · claves de Responsable UATH',
  sut: 'SUT / Salarios en Línea',
  trainers: 'Capacitadores independientes',
  iess: 'IESS · clave patronal',
};

export class PanelShell {
  readonly node: HTMLElement;
  private readonly body: HTMLElement;
  private readonly heading: HTMLElement;
  /** Focus was inside the panel when it reloaded (a retry, an action's refresh): it goes back to its heading. */
  private hadFocus = false;

  constructor(readonly service: ServiceKey) {
    const id = `panel-${service}-title`;
    this.body = el('div', { class: 'panel-body' });
    this.heading = el('h2', { id, tabindex: '-1' }, SERVICE_TITLES[service]);
    this.node = el('section', { class: 'card panel', 'data-service': service, 'aria-labelledby': id, 'aria-busy': 'true' }, this.heading, this.body);
  }

  loading(): void {
    this.hadFocus = this.node.contains(document.activeElement);
    this.node.dataset.state = 'loading';
    this.node.setAttribute('aria-busy', 'true');
    this.body.replaceChildren(el('p', { class: 'hint' }, 'Consultando…'));
  }

  show(nodes: Node[], panelActions: Node[]): void {
    this.settle('ready');
    this.body.replaceChildren(...nodes);
    if (panelActions.length) this.body.append(el('div', { class: 'panel-actions' }, ...panelActions));
  }

  unavailable(retry: () => void): void {
    this.settle('unavailable');
    this.body.replaceChildren(
      el('p', { class: 'unavailable' }, 'Servicio no disponible'),
      el('p', { class: 'hint' }, 'Este servicio no respondió; los demás paneles muestran sus datos. No se puede afirmar que no haya registros.'),
      button('Reintentar', retry, { class: 'retry', 'aria-label': `Reintentar ${SERVICE_TITLES[this.service]}` }),
    );
  }

  failed(message: string, retry: (() => void) | null): void {
    this.settle('failed');
    this.body.replaceChildren(el('p', { class: 'error' }, message));
    if (retry) this.body.append(button('Reintentar', retry, { class: 'retry', 'aria-label': `Reintentar ${SERVICE_TITLES[this.service]}` }));
  }

  private settle(state: string): void {
    this.node.dataset.state = state;
    this.node.setAttribute('aria-busy', 'false');
    if (this.hadFocus && !this.node.contains(document.activeElement)) queueMicrotask(() => this.heading.focus());
    this.hadFocus = false;
  }
}
