import { el } from '../../api';

// A window form: labelled fields, each with its own error line tied by aria-describedby and aria-invalid,
// a message at the top for what names no field (with "Reintentar"), and no browser bubbles (novalidate).

export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface FieldHandle {
  name: string;
  control: Control;
  /** The element that shows the field (hidden when the field does not apply). */
  box: HTMLElement;
  error: HTMLElement;
  /** What the confirmation calls it. */
  label: string;
  /** What gets focus and aria-invalid when it is not the control itself (the file picker's button). */
  focusable?: HTMLElement;
}

export interface Option {
  value: string;
  label: string;
}

let forms = 0;

export class ActionForm {
  readonly form: HTMLFormElement;
  readonly top: HTMLElement;
  readonly body: HTMLElement;
  readonly fields = new Map<string, FieldHandle>();
  private readonly prefix: string;

  constructor(readonly title: string, intro?: string) {
    this.prefix = `accion${++forms}`;
    this.top = el('div', { class: 'form-top', role: 'alert' });
    this.body = el('div', { class: 'form-fields' });
    this.form = el('form', { class: 'action-form card', novalidate: '', 'aria-labelledby': `${this.prefix}-titulo` }, el('h3', { id: `${this.prefix}-titulo`, tabindex: '-1' }, title));
    if (intro) this.form.append(el('p', { class: 'hint' }, intro));
    this.form.append(this.top, this.body);
  }

  get heading(): HTMLElement {
    return this.form.querySelector('h3') as HTMLElement;
  }

  /** The id a new field of this name gets (the file picker builds its own box). */
  idFor(name: string): string {
    return `${this.prefix}-${name.replace(/[^a-zA-Z0-9]+/g, '-')}`;
  }

  private add(name: string, label: string, control: Control, options: { hint?: string; into?: HTMLElement; checkbox?: boolean } = {}): FieldHandle {
    const id = this.idFor(name);
    control.id = id;
    control.name = name;
    const error = el('p', { id: `${id}-error`, class: 'field-error' });
    const described = [`${id}-error`];
    const hint = options.hint ? el('p', { id: `${id}-ayuda`, class: 'hint' }, options.hint) : null;
    if (hint) described.unshift(`${id}-ayuda`);
    control.setAttribute('aria-describedby', described.join(' '));
    const labelNode = el('label', { for: id }, label);
    const box = options.checkbox ? el('div', { class: 'field checkbox' }, el('div', { class: 'row' }, control, labelNode), hint, error) : el('div', { class: 'field' }, labelNode, hint, control, error);
    (options.into ?? this.body).append(box);
    const handle = { name, control, box, error, label };
    this.fields.set(name, handle);
    return handle;
  }

  text(name: string, label: string, options: { hint?: string; type?: string; inputmode?: string; autocomplete?: string; value?: string; into?: HTMLElement; multiline?: boolean } = {}): FieldHandle {
    const control = options.multiline ? el('textarea', { rows: '3' }) : el('input', { type: options.type ?? 'text', autocomplete: options.autocomplete ?? 'off' });
    if (options.inputmode) control.setAttribute('inputmode', options.inputmode);
    if (options.value) control.value = options.value;
    return this.add(name, label, control, options);
  }

  select(name: string, label: string, choices: Option[], options: { hint?: string; into?: HTMLElement; empty?: string } = {}): FieldHandle {
    const control = el('select', {});
    if (options.empty !== undefined) control.append(el('option', { value: '' }, options.empty));
    for (const choice of choices) control.append(el('option', { value: choice.value }, choice.label));
    return this.add(name, label, control, options);
  }

  checkbox(name: string, label: string, options: { hint?: string; into?: HTMLElement } = {}): FieldHandle {
    return this.add(name, label, el('input', { type: 'checkbox' }), { ...options, checkbox: true });
  }

  /** A custom control (the file picker) whose focusable element is `control`. */
  custom(name: string, label: string, control: Control, box: HTMLElement, error: HTMLElement, focusable: HTMLElement): FieldHandle {
    const handle = { name, control, box, error, label, focusable };
    this.fields.set(name, handle);
    this.body.append(box);
    return handle;
  }

  value(name: string): string {
    const control = this.fields.get(name)?.control;
    if (!control) return '';
    return control instanceof HTMLInputElement && control.type === 'checkbox' ? String(control.checked) : control.value.trim();
  }

  checked(name: string): boolean {
    return (this.fields.get(name)?.control as HTMLInputElement | undefined)?.checked ?? false;
  }

  /** Shows or hides a group of fields (hidden ones are neither sent nor checked). */
  toggle(names: string[], shown: boolean): void {
    for (const name of names) {
      const field = this.fields.get(name);
      if (field) field.box.hidden = !shown;
    }
  }

  applies(name: string): boolean {
    const field = this.fields.get(name);
    return !!field && !field.box.hidden;
  }

  clearErrors(): void {
    this.top.replaceChildren();
    for (const field of this.fields.values()) {
      field.error.textContent = '';
      (field.focusable ?? field.control).removeAttribute('aria-invalid');
    }
  }

  /** The message next to its field, which gets focus. Returns false when the form has no such field. */
  fieldError(name: string, message: string, focus = true): boolean {
    const field = this.fields.get(name);
    if (!field || field.box.hidden) return false;
    field.error.textContent = message;
    const target = field.focusable ?? field.control;
    target.setAttribute('aria-invalid', 'true');
    if (focus) target.focus();
    return true;
  }

  /** A message about the whole form, at its top; "Reintentar" when trying again makes sense. */
  topError(message: string, retry?: () => void): void {
    const retryButton = retry ? el('button', { type: 'button', class: 'secondary' }, 'Reintentar') : null;
    retryButton?.addEventListener('click', retry!);
    this.top.replaceChildren(el('p', { class: 'error' }, message), retryButton ?? '');
    (retryButton ?? this.heading).focus();
  }

  /** Submit and cancel buttons at the end. */
  buttons(submitLabel: string, onCancel: () => void): void {
    const cancel = el('button', { type: 'button', class: 'secondary' }, 'Cancelar');
    cancel.addEventListener('click', onCancel);
    this.form.append(el('div', { class: 'row form-buttons' }, el('button', { type: 'submit' }, submitLabel), cancel));
  }
}
