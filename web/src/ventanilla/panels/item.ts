import type { StatusView } from '../../labels';
import { el } from '../dom';

// One request or credential in a panel: badge, title, facts, next step, documents, history, buttons.

export interface ItemParts {
  id: string;
  status: string;
  view: StatusView | undefined;
  title: string;
  /** [label, value] pairs; pairs without a value are left out. */
  facts: Array<[string, string | null | undefined | false]>;
  next?: string | null;
  extra?: Array<Node | null>;
  actions?: Node[];
}

export function badge(view: StatusView | undefined, raw: string): HTMLElement {
  return el('span', { class: `badge ${view?.tone ?? 'grey'}` }, view?.label ?? raw);
}

export function facts(pairs: ItemParts['facts']): HTMLElement {
  const shown = pairs.filter((p): p is [string, string] => !!p[1]);
  return el('dl', { class: 'facts' }, ...shown.flatMap(([name, value]) => [el('dt', {}, name), el('dd', {}, value)]));
}

export function item(parts: ItemParts): HTMLElement {
  const node = el('article', { class: 'item', 'data-id': parts.id, 'data-status': parts.status }, el('h3', {}, badge(parts.view, parts.status), ' ', parts.title), facts(parts.facts));
  if (parts.next) node.append(el('p', { class: 'next' }, el('strong', {}, 'Siguiente paso: '), parts.next));
  for (const extra of parts.extra ?? []) if (extra) node.append(extra);
  if (parts.actions?.length) node.append(el('div', { class: 'item-actions' }, ...parts.actions));
  return node;
}

/** A panel's empty state still says what to do first. */
export function empty(text: string, next: string): HTMLElement {
  return el('div', { class: 'empty' }, el('p', { class: 'hint' }, text), el('p', { class: 'next' }, el('strong', {}, 'Siguiente paso: '), next));
}
