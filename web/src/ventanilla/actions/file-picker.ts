import { el } from '../../api';
import type { ActionForm, FieldHandle } from './action-form';

// A file field in Spanish whatever the browser's language: the native input (whose "Choose file" /
// "No file chosen" follow the browser) stays hidden; a Spanish button opens it and a line says what was chosen.

export interface PickedFile {
  fileName: string;
  contentBase64: string;
}

const chosen = new WeakMap<HTMLInputElement, File>();

export function filePicker(form: ActionForm, name: string, label: string, hint: string): FieldHandle {
  const id = form.idFor(name);
  const input = el('input', { type: 'file', id, hidden: '', tabindex: '-1', accept: '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png' });
  input.name = name;
  const labelNode = el('span', { id: `${id}-etiqueta`, class: 'label' }, label);
  const button = el('button', { type: 'button', id: `${id}-boton`, class: 'secondary file-button', 'aria-labelledby': `${id}-etiqueta ${id}-boton` }, 'Elegir archivo…');
  const status = el('span', { id: `${id}-archivo`, class: 'file-name' }, 'Ningún archivo elegido');
  const help = el('p', { id: `${id}-ayuda`, class: 'hint' }, hint);
  const error = el('p', { id: `${id}-error`, class: 'field-error' });
  button.setAttribute('aria-describedby', `${id}-archivo ${id}-ayuda ${id}-error`);
  button.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) chosen.set(input, file);
    status.textContent = file ? `Elegido: ${file.name} (${Math.max(1, Math.round(file.size / 1024))} KB)` : 'Ningún archivo elegido';
    button.focus();
  });
  const box = el('div', { class: 'field file-field' }, labelNode, help, el('div', { class: 'row' }, button, status), input, error);
  return form.custom(name, label, input, box, error, button);
}

/** The chosen file's name and bytes (base64), or null when none was chosen. */
export async function readPicked(field: FieldHandle): Promise<PickedFile | null> {
  const file = chosen.get(field.control as HTMLInputElement);
  if (!file) return null;
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { fileName: file.name, contentBase64: btoa(binary) };
}

/** The chosen file's name, for the confirmation. */
export function pickedName(field: FieldHandle): string {
  return chosen.get(field.control as HTMLInputElement)?.name ?? '';
}
