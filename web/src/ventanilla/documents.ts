import { graphql } from '../api';
import { date, label } from '../labels';
import { button, download, el } from './dom';
import { documentQuery } from './panels/queries';

// A request's documents (download on click: the content is fetched then, never with the panel) and its
// status history.

type Row = Record<string, any>;
/** Each request list's document-kind enum: the same code (SIGNED_REQUEST) reads differently per service. */
const DOCUMENT_KINDS: Record<string, string> = {
  salKeyRequests: 'SalDocumentKind',
  systemKeyRecoveries: 'SystemKeyRecoveryDocumentKind',
  trainerCredentials: 'TrainerCredentialDocumentKind',
  iessEmployerKeyRequests: 'IessDocumentKind',
};

const size = (bytes: number) => (bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

async function fetchDocument(listField: string, itemId: string, document: Row, status: HTMLElement): Promise<void> {
  status.textContent = 'Descargando…';
  const { field, query } = documentQuery(listField);
  const result = await graphql<Record<string, Row[]>>(query, { id: itemId }, { timeoutMs: 15_000 });
  const found = result.data?.[field]?.find(i => i.id === itemId)?.documents?.find((d: Row) => d.id === document.id);
  if (!found?.contentBase64) {
    status.textContent = result.failure?.message ?? `No se pudo descargar ${document.fileName}: ${result.errors?.[0]?.message ?? 'el servicio no lo entregó'}.`;
    return;
  }
  const bytes = Uint8Array.from(atob(found.contentBase64), c => c.charCodeAt(0));
  download(found.fileName, found.mediaType, bytes);
  status.textContent = `${found.fileName} descargado.`;
}

export function documentList(listField: string, item: Row): Node | null {
  const documents: Row[] = item.documents ?? [];
  if (documents.length === 0) return null;
  const status = el('span', { class: 'hint', role: 'status' });
  const rows = documents.map(d =>
    el('li', {}, `${label(DOCUMENT_KINDS[listField], d.kind)}: `, button(`Descargar ${d.fileName} (${size(d.sizeBytes)})`, () => void fetchDocument(listField, item.id, d, status), { class: 'link-button' })),
  );
  return el('details', { class: 'documents' }, el('summary', {}, `Documentos (${documents.length})`), el('ul', {}, ...rows), status);
}

export function historyList(item: Row, statusEnum: string): Node | null {
  const events: Row[] = item.history ?? [];
  if (events.length === 0) return null;
  const rows = events.map(e =>
    el('li', {}, `${date(e.at)}: ${e.fromStatus ? `${label(statusEnum, e.fromStatus)} → ` : ''}${label(statusEnum, e.toStatus)} · ${e.actor}${e.note ? ` · ${e.note}` : ''}`),
  );
  return el('details', { class: 'history' }, el('summary', {}, `Historial (${events.length})`), el('ol', {}, ...rows));
}
