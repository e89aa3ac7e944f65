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

export function renderHeader(ruc: string, answers: Row[], settled: boolean): HTMLElement {
  const base = answers[0];
  const name = nameFrom(answers);
  const kind = base ? label('TaxpayerKind', base.kind).replace(/ \(.*$/, '') : null;
  const status = el('span', { class: 'hint', role: 'status' });
  const who = name ?? (settled ? 'Sin nombre registrado en los servicios que respondieron' : 'Consultando…');
  const card = el('section', { class: 'card dossier-header', 'aria-labelledby': 'dossier-title', 'data-ruc': ruc },
    el('h2', { id: 'dossier-title' }, who),
    el('p', { class: 'identity' },
      el('span', {}, `RUC ${ruc}`),
      kind ? el('span', {}, kind) : null,
      base?.cedula ? el('span', {}, `Cédula ${base.cedula}`) : null,
      base && !base.checksumVerified ? el('span', {}, 'dígito verificador no coincide (RUC emitido por el SRI, se acepta)') : null),
    el('div', { class: 'row no-print' }, button('Imprimir constancia', () => void printConstancia(ruc, status), { class: 'secondary' }), status),
  );
  return card;
}
