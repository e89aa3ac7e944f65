import { el } from '../../api';

// What a write did, said once in a live region outside the panels, so it survives the panel's refresh;
// it stays until the clerk closes it or the next action replaces it (no timeout to race).

let region: HTMLElement | null = null;

export function notify(message: string): void {
  if (!region?.isConnected) {
    const text = el('span', { class: 'notice-text' });
    const close = el('button', { type: 'button', class: 'secondary' }, 'Cerrar aviso');
    region = el('div', { class: 'action-notice', role: 'status', 'aria-live': 'polite', hidden: '' }, text, close);
    close.addEventListener('click', () => (region!.hidden = true));
    document.body.append(region);
  }
  region.hidden = false;
  (region.querySelector('.notice-text') as HTMLElement).textContent = message;
}
