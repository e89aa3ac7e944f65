import { el } from '../api';

// Small DOM helpers the window's modules share.

export { el };

export const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

/** A button that never submits a form by accident. */
export function button(text: string, onClick: () => void, attributes: Record<string, string> = {}): HTMLButtonElement {
  const node = el('button', { type: 'button', ...attributes }, text);
  node.addEventListener('click', onClick);
  return node;
}

let pending: ReturnType<typeof setTimeout> | undefined;

/** Says a result once to screen readers (one polite live region for the whole window). */
export function announce(text: string): void {
  const region = $('announce');
  clearTimeout(pending);
  region.textContent = '';
  // A fresh text node after a tick, so the same sentence twice is still read.
  pending = setTimeout(() => (region.textContent = text), 50);
}

/** Empties the live region (and drops a sentence still waiting): it names the citizen, and it stays in the page. */
export function clearAnnouncement(): void {
  clearTimeout(pending);
  $('announce').textContent = '';
}

/** Saves bytes as a file the browser downloads. */
export function download(name: string, type: string, bytes: BlobPart): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = el('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
