import { label } from '../labels';
import { printConstancia } from './constancia';
import { button, el } from './dom';

// The dossier's header: who the citizen is (name or razón social from whichever service knows it),
// RUC, kind and cédula; filled in as the panels answer.

type Row = Record<string, any>;

export function nameFrom(answers: Row[]): string | null {
  for (const t of answers) {
    const name = t.iessEmployer?.businessName ?? t.salInstitution?.name ?? t.trainerCredentials?.[0]?.trainer?.names;
    if (name) return name;
  }
  return null;
}

/** The header's frame, made once per citizen (so a clerk on "Imprimir constancia" keeps the focus). */
export function renderHeader(ruc: string): HTMLElement {
  const status = el('span', { class: 'hint', role: 'status' });
  return el('section', { class: 'card dossier-header', 'aria-labelledby': 'dossier-title', 'data-ruc': ruc },
    el('h2', { id: 'dossier-title' }, 'Consultando…'),
    el('p', { class: 'identity' }, el('span', {}, `RUC ${ruc}`)),
    el('div', { class: 'row no-print' }, button('Imprimir constancia', () => void printConstancia(ruc, status), { class: 'secondary' }), status),
  );
}

/** Fills in the name, kind and cédula as the panels answer. */
export function updateHeader(header: HTMLElement, ruc: string, answers: Row[], settled: boolean): void {
  const base = answers[0];
  const kind = base ? label('TaxpayerKind', base.kind).replace(/ \(.*$/, '') : null;
  header.querySelector('#dossier-title')!.textContent = nameFrom(answers) ?? (settled ? 'Sin nombre registrado en los servicios que respondieron' : 'Consultando…');
  header.querySelector('.identity')!.replaceChildren(
    el('span', {}, `RUC ${ruc}`),
    kind ? el('span', {}, kind) : '',
    base?.cedula ? el('span', {}, `Cédula ${base.cedula}`) : '',
    base && !base.checksumVerified ? el('span', {}, 'dígito verificador no coincide (RUC emitido por el SRI, se acepta)') : '',
  );
}
