import { el } from '../../api';
import '../../actions.css';

// The confirmation every write asks for: a real modal <dialog> that says what will be written, with
// "Confirmar" and "Cancelar"; Escape cancels; focus goes into it and back to where it was.

export type SummaryRow = [label: string, value: string];

let sequence = 0;

/** Opens a modal with a heading, content and buttons; resolves with the closing button's value ('' on Escape). A button with an action keeps it open. */
export function modal(title: string, content: Node[], buttons: Array<{ label: string; value: string; primary?: boolean; action?: () => void }>, focus?: HTMLElement): Promise<string> {
  const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const id = `dialogo-${++sequence}`;
  const dialog = el('dialog', { class: 'action-dialog', 'aria-labelledby': `${id}-titulo` });
  const row = el('div', { class: 'dialog-buttons' });
  for (const button of buttons) {
    const node = el('button', { type: 'button', value: button.value, class: button.primary ? '' : 'secondary' }, button.label);
    node.addEventListener('click', () => (button.action ? button.action() : dialog.close(button.value)));
    row.append(node);
  }
  dialog.append(el('h2', { id: `${id}-titulo` }, title), ...content, row);
  document.body.append(dialog);
  return new Promise(resolve => {
    dialog.addEventListener('close', () => {
      const value = dialog.returnValue;
      // 'close' arrives a task after the dialog closed: focus that moved meanwhile (the browser's own
      // restore, or the clerk clicking the RUC field) stays where it is; only focus left nowhere comes back.
      const lost = !document.activeElement || document.activeElement === document.body || dialog.contains(document.activeElement);
      dialog.remove();
      if (lost && returnTo?.isConnected) returnTo.focus();
      resolve(value);
    });
    dialog.addEventListener('cancel', () => (dialog.returnValue = ''));
    dialog.showModal();
    (focus ?? (row.querySelector('button') as HTMLButtonElement)).focus();
  });
}

export function summaryList(rows: SummaryRow[]): HTMLElement {
  const list = el('dl', { class: 'summary' });
  for (const [label, value] of rows) list.append(el('dt', {}, label), el('dd', {}, value || '—'));
  return list;
}

/** Asks before writing: "Confirmar" resolves true, "Cancelar" or Escape false. */
export async function confirmWrite(title: string, intro: string, rows: SummaryRow[]): Promise<boolean> {
  const answer = await modal(title, [el('p', {}, intro), summaryList(rows)], [
    { label: 'Confirmar', value: 'si', primary: true },
    { label: 'Cancelar', value: 'no' },
  ]);
  return answer === 'si';
}
