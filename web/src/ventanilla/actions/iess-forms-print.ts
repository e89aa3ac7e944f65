import { el, graphql } from '../../api';
import type { PanelContext } from '../contract';
import { modal } from './confirm-dialog';

// Seed 002: after "Registro nuevo empleador" come two forms to print and sign by hand, the Solicitud de
// entrega de clave patronal and the Acuerdo de Responsabilidad y Uso de la Información (real PDFs).

const FORMS = `query FormulariosIess($ruc: String!) { iessRegistrationForms(ruc: $ruc) { kind fileName mediaType sizeBytes contentBase64 } }`;

interface RegistrationForm {
  kind: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  contentBase64: string;
}

const TITLES: Record<string, string> = {
  SOLICITUD_ENTREGA_CLAVE: 'Solicitud de entrega de clave patronal',
  ACUERDO_RESPONSABILIDAD: 'Acuerdo de Responsabilidad y Uso de la Información',
};

function title(form: RegistrationForm): string {
  return TITLES[form.kind] ?? (/acuerdo/i.test(form.fileName) ? TITLES.ACUERDO_RESPONSABILIDAD : /solicitud/i.test(form.fileName) ? TITLES.SOLICITUD_ENTREGA_CLAVE : form.fileName);
}

function blobUrl(form: RegistrationForm): string {
  const bytes = Uint8Array.from(atob(form.contentBase64), c => c.charCodeAt(0));
  return URL.createObjectURL(new Blob([bytes], { type: form.mediaType || 'application/pdf' }));
}

/** Fetches the two PDFs and shows them to download or open for printing; a failure is said in `status`. */
export async function showRegistrationForms(ruc: string, status: HTMLElement): Promise<void> {
  status.replaceChildren(el('span', { class: 'hint' }, 'Preparando formularios…'));
  const result = await graphql<{ iessRegistrationForms: RegistrationForm[] }>(FORMS, { ruc }, { timeoutMs: 20000 });
  const forms = result.data?.iessRegistrationForms;
  if (!forms) {
    const retry = el('button', { type: 'button', class: 'secondary' }, 'Reintentar');
    retry.addEventListener('click', () => void showRegistrationForms(ruc, status));
    status.replaceChildren(el('span', { class: 'error' }, result.failure?.message ?? result.errors?.[0]?.message ?? 'No se pudieron obtener los formularios.'), ' ', result.failure?.retryable === false ? '' : retry);
    (status.querySelector('button') ?? status).focus();
    return;
  }
  status.replaceChildren();
  const urls: string[] = [];
  const list = el('ul', { class: 'form-links' });
  for (const form of forms) {
    const url = blobUrl(form);
    urls.push(url);
    const kb = Math.max(1, Math.round(form.sizeBytes / 1024));
    list.append(
      el('li', {}, el('strong', {}, title(form)), ` (PDF, ${kb} KB) `,
        el('a', { href: url, download: form.fileName, class: 'button-link' }, `Descargar ${title(form)}`), ' ',
        el('a', { href: url, target: '_blank', rel: 'noopener', class: 'button-link secondary' }, `Abrir ${title(form)} para imprimir (pestaña nueva)`)),
    );
  }
  await modal('Formularios del IESS para imprimir', [el('p', {}, `RUC ${ruc}: imprima ambos formularios; el representante legal los firma a mano y los presenta con su turno.`), list], [{ label: 'Cerrar', value: 'cerrar' }], list.querySelector('a') as HTMLElement);
  setTimeout(() => urls.forEach(url => URL.revokeObjectURL(url)), 60_000);
}

export function iessFormsAction(context: PanelContext): HTMLElement {
  const button = el('button', { type: 'button', class: 'action-button secondary' }, 'Imprimir formularios IESS');
  const status = el('p', { class: 'action-status', role: 'status' });
  button.addEventListener('click', () => void showRegistrationForms(context.ruc, status));
  return el('div', { class: 'action' }, button, status);
}
