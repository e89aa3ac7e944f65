import type { PanelItem } from '../contract';

// What every service's renderer receives: the panel query's taxpayer and a way to get an item's buttons.

export interface RenderContext {
  ruc: string;
  actions(item: PanelItem): Node[];
}

export type Render = (taxpayer: Record<string, any>, context: RenderContext) => Node[];
