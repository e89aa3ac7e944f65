import { el, type GraphQLError, type GraphQLResult } from '../../api';
import type { ActionForm } from './action-form';
import { confirmWrite, type SummaryRow } from './confirm-dialog';
import { notify } from './notice';

// How every action runs: local checks in Spanish, the confirmation, the API, then the API's message next
// to the field it names (extensions.field), or at the top; a write that went through refreshes the panel.

export interface ActionSpec<T> {
  form: ActionForm;
  /** Local checks before anything is asked: [field, message] for each problem. */
  check?(): Array<[string, string]> | Promise<Array<[string, string]>>;
  confirmTitle: string;
  confirmIntro: string;
  summary(): SummaryRow[];
  send(): Promise<GraphQLResult<T>>;
  /** The form field an API field stands for (e.g. documents[2] → the third file sent), when its name is not enough. */
  fieldFor?(apiField: string): string | undefined;
  done(data: T): void | Promise<void>;
}

/** The form's field for an API field: input.documents[0].contentBase64 → documents[0] → documents … */
export function formFieldFor(form: ActionForm, apiField: string, custom?: (field: string) => string | undefined): string | undefined {
  let field = apiField.replace(/^input\./, '');
  while (field) {
    const mapped = custom?.(field) ?? field;
    if (form.applies(mapped)) return mapped;
    const cut = Math.max(field.lastIndexOf('.'), field.lastIndexOf('['));
    field = cut > 0 ? field.slice(0, cut) : '';
  }
  return undefined;
}

/** Shows each API error next to its field, or at the top; true when something was shown. */
export function showApiErrors(form: ActionForm, errors: GraphQLError[], custom?: (field: string) => string | undefined): void {
  let focused = false;
  const loose: string[] = [];
  for (const error of errors) {
    const apiField = typeof error.extensions?.field === 'string' ? error.extensions.field : '';
    const field = apiField ? formFieldFor(form, apiField, custom) : undefined;
    if (field && form.fieldError(field, error.message, !focused)) focused = true;
    else loose.push(error.message);
  }
  if (loose.length) {
    form.top.replaceChildren(...loose.map(message => el('p', { class: 'error' }, message)));
    if (!focused) form.heading.focus();
  }
}

/** Wires the form's submit: check, confirm, send, show errors or finish. */
export function wireSubmit<T>(spec: ActionSpec<T>): void {
  const { form } = spec;
  let busy = false;
  const send = async () => {
    busy = true;
    form.form.setAttribute('aria-busy', 'true');
    form.top.replaceChildren(el('p', { class: 'hint', role: 'status' }, 'Enviando…'));
    const result = await spec.send();
    busy = false;
    form.form.removeAttribute('aria-busy');
    form.clearErrors();
    if (result.failure) return form.topError(result.failure.message, result.failure.retryable ? () => void send() : undefined);
    if (result.errors?.length) return showApiErrors(form, result.errors, spec.fieldFor);
    if (!result.data) return form.topError('Respuesta inesperada del servidor.', () => void send());
    await spec.done(result.data);
  };
  form.form.addEventListener('submit', async event => {
    event.preventDefault();
    if (busy) return;
    form.clearErrors();
    const problems = (await spec.check?.()) ?? [];
    let first = true;
    for (const [field, message] of problems) {
      if (!form.fieldError(field, message, first)) form.top.append(el('p', { class: 'error' }, message));
      first = false;
    }
    if (problems.length) return;
    if (!(await confirmWrite(spec.confirmTitle, spec.confirmIntro, spec.summary()))) return;
    await send();
  });
}

/** A button that opens its form below it (aria-expanded); the form's "Cancelar" closes it and focus returns. */
export function launcher(label: string, build: (close: () => void, announce: (message: string) => void) => ActionForm, className = ''): HTMLElement {
  const button = el('button', { type: 'button', class: `action-button ${className}`.trim(), 'aria-expanded': 'false' }, label);
  const box = el('div', { class: 'action' }, button);
  let open: ActionForm | null = null;
  const close = () => {
    open?.form.remove();
    open = null;
    button.setAttribute('aria-expanded', 'false');
    button.focus();
  };
  button.addEventListener('click', () => {
    if (open) return close();
    open = build(close, notify);
    box.append(open.form);
    button.setAttribute('aria-expanded', 'true');
    const first = open.form.querySelector<HTMLElement>('input:not([hidden]), select, textarea, .file-button');
    (first ?? open.heading).focus();
  });
  return box;
}

/** Cuts an id for the confirmation: the clerk sees which record, not a UUID. */
export const shortId = (id: string) => id.slice(0, 8);

export type { SummaryRow };
