import type { PanelContext, PanelItem } from '../contract';

// The window's actions (forms that write through the API). Filled in by the actions work; until then
// panels show no buttons.

/** Actions for the whole panel: file a new request, register an employer, book a turno… */
export function panelActions(_context: PanelContext): Node[] {
  return [];
}

/** Actions on one request or credential: attend, deliver, approve (reviewers only)… */
export function itemActions(_context: PanelContext, _item: PanelItem): Node[] {
  return [];
}
