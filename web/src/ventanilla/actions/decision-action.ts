import { graphql, type GraphQLResult } from '../../api';
import type { PanelContext, PanelItem } from '../contract';
import { ActionForm, type Option } from './action-form';
import { launcher, wireSubmit, type SummaryRow } from './run-action';
import type { Problems } from './rules';

// A one-step action on a request or credential (approve, observe, reject, issue, validate a power of
// attorney, deliver): a small form with at most a few fields, the confirmation, the mutation.

export interface DecisionField {
  name: string;
  label: string;
  hint?: string;
  multiline?: boolean;
  choices?: Option[];
  /** The message when left empty; optional fields have none. */
  required?: string;
  /** Extra check of a typed value: a message, or null when it is fine. */
  check?: (value: string) => string | null;
}

export interface DecisionSpec<T = Record<string, any>> {
  /** The button's text, e.g. "Aprobar". */
  label: string;
  title: string;
  intro: string;
  confirmTitle: string;
  confirmIntro: string;
  fields?: DecisionField[];
  /** Rows describing the record acted on, for the confirmation. */
  about: SummaryRow[];
  mutation: string;
  variables(values: Record<string, string>): Record<string, unknown>;
  /** Said once done (the panel then refreshes). */
  success: string;
  submitLabel?: string;
  className?: string;
  /** Something to show before the panel refreshes (e.g. the key notice); resolves when the clerk is done with it. */
  after?(data: T): Promise<void>;
  /** Sends differently than one mutation (unusual). */
  send?(values: Record<string, string>): Promise<GraphQLResult<T>>;
}

function decisionForm<T>(context: PanelContext, spec: DecisionSpec<T>, close: () => void, announce: (message: string) => void): ActionForm {
  const form = new ActionForm(spec.title, spec.intro);
  for (const field of spec.fields ?? []) {
    if (field.choices) form.select(field.name, field.label, field.choices, { hint: field.hint });
    else form.text(field.name, field.label, { hint: field.hint, multiline: field.multiline });
  }
  const values = () => Object.fromEntries((spec.fields ?? []).map(f => [f.name, form.value(f.name)]));
  wireSubmit<T>({
    form,
    check: () => {
      const problems: Problems = [];
      for (const field of spec.fields ?? []) {
        const value = form.value(field.name);
        if (!value && field.required) problems.push([field.name, field.required]);
        else if (value && field.check?.(value)) problems.push([field.name, field.check(value)!]);
      }
      return problems;
    },
    confirmTitle: spec.confirmTitle,
    confirmIntro: spec.confirmIntro,
    summary: () => [
      ...spec.about,
      ...(spec.fields ?? []).map(f => [f.label, f.choices ? (f.choices.find(c => c.value === form.value(f.name))?.label ?? '') : form.value(f.name) || '—'] as SummaryRow),
    ],
    send: () => (spec.send ? spec.send(values()) : graphql<T>(spec.mutation, spec.variables(values()))),
    done: async data => {
      close();
      announce(spec.success);
      await spec.after?.(data);
      context.refresh();
    },
  });
  form.buttons(spec.submitLabel ?? spec.label, close);
  return form;
}

export function decisionAction<T = Record<string, any>>(context: PanelContext, spec: DecisionSpec<T>): HTMLElement {
  return launcher(spec.label, (close, announce) => decisionForm(context, spec, close, announce), spec.className);
}

export const isReviewer = (context: PanelContext) => context.clerk.role === 'reviewer';

export const when = (value: string | null | undefined) =>
  value ? new Date(value).toLocaleString('es-EC', { timeZone: 'America/Guayaquil', dateStyle: 'medium', timeStyle: 'short' }) : '—';

export type { PanelItem };
