import { graphql } from '../api';
import { checkRuc } from '../../../shared/identifiers/ruc';
import { currentClerk } from './session';
import { clearDossier, currentRuc, openDossier } from './dossier';
import { $ } from './dom';
import { recognise, type Search } from './find';

// The find field: RUC, cédula, credential code or request reference. A verdict only at 13 digits, on
// Enter or on a paste; the previous citizen's dossier goes the moment the field changes.

const REFERENCE_QUERIES: Array<{ field: string; ruc: (row: Record<string, any>) => string }> = [
  { field: 'salKeyRequestsByReference', ruc: row => row.institutionRuc },
  { field: 'systemKeyRecoveriesByReference', ruc: row => row.requesterRuc },
  { field: 'trainerCredentialsByReference', ruc: row => `${row.trainerCedula}001` },
  { field: 'iessEmployerKeyRequestsByReference', ruc: row => row.employerRuc },
];
const REFERENCE_FIELDS: Record<string, string> = {
  salKeyRequestsByReference: 'institutionRuc', systemKeyRecoveriesByReference: 'requesterRuc', trainerCredentialsByReference: 'trainerCedula', iessEmployerKeyRequestsByReference: 'employerRuc',
};

const field = () => $<HTMLInputElement>('ruc');

function say(text: string, tone: 'hint' | 'ok' | 'error'): void {
  const message = $('ruc-message');
  const className = tone === 'ok' ? 'hint ok' : tone;
  if (message.textContent === text && message.className === className) return;
  message.className = className;
  message.textContent = text;
  if (tone === 'error') field().setAttribute('aria-invalid', 'true');
  else field().removeAttribute('aria-invalid');
}

function verdict(search: Search): void {
  if (search.kind === 'ruc') say(search.from === 'cedula' ? `Cédula válida: RUC ${search.ruc}.` : 'RUC válido.', 'ok');
  else if (search.kind === 'invalid') say(search.message, 'error');
  else say('', 'hint');
}

function onInput(event: Event): void {
  const pasted = (event as InputEvent).inputType === 'insertFromPaste';
  const search = recognise(field().value, pasted);
  if (!(search.kind === 'ruc' && search.ruc === currentRuc())) clearDossier();
  if (pasted && search.kind === 'ruc') field().value = search.ruc;
  verdict(search);
}

async function resolveCode(code: string): Promise<string | null> {
  const result = await graphql<{ trainerCredential: { trainerCedula: string } | null }>('query Credencial($code: String!) { trainerCredential(code: $code) { id trainerCedula } }', { code });
  const cedula = result.data?.trainerCredential?.trainerCedula;
  if (cedula) return `${cedula}001`;
  say(result.failure?.message ?? result.errors?.[0]?.message ?? `No existe una credencial con el código ${code}.`, 'error');
  return null;
}

async function resolveReference(reference: string): Promise<string | null> {
  const answers = await Promise.all(
    REFERENCE_QUERIES.map(q => graphql<Record<string, Array<Record<string, any>>>>(`query Referencia($reference: String!) { ${q.field}(reference: $reference) { id ${REFERENCE_FIELDS[q.field]} } }`, { reference })),
  );
  for (const [i, answer] of answers.entries()) {
    const row = answer.data?.[REFERENCE_QUERIES[i].field]?.[0];
    if (row) return REFERENCE_QUERIES[i].ruc(row);
  }
  const failed = answers.find(a => a.failure);
  say(failed?.failure?.message ?? `No se encontró ninguna solicitud con la referencia ${reference}.`, 'error');
  return null;
}

async function onSubmit(event: Event): Promise<void> {
  event.preventDefault();
  const typed = field().value;
  const search = recognise(typed, true);
  verdict(search);
  const clerk = currentClerk();
  if (!clerk) return;
  let ruc: string | null = null;
  if (search.kind === 'ruc') ruc = search.ruc;
  else if (search.kind === 'code' || search.kind === 'reference') {
    say(`Buscando ${search.kind === 'code' ? 'la credencial' : 'la solicitud'}…`, 'hint');
    ruc = search.kind === 'code' ? await resolveCode(search.code) : await resolveReference(search.reference);
    if (ruc && checkRuc(ruc).valid) say(`Encontrado: RUC ${ruc}.`, 'ok');
  }
  if (!ruc) return void field().focus();
  // The clerk moved on while a code or reference was being looked up: that answer is stale.
  if (field().value !== typed) return;
  openDossier(ruc, clerk);
}

/** "Nueva atención": empty field, no dossier, focus back in the field. */
export function newAttention(): void {
  clearDossier();
  field().value = '';
  say('', 'hint');
  field().focus();
}

export function wireSearch(): void {
  $('ruc-form').addEventListener('submit', event => void onSubmit(event));
  field().addEventListener('input', onInput);
  $('new-attention').addEventListener('click', newAttention);
}
