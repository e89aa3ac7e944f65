import { checkRuc } from '../../shared/identifiers/ruc';
import { el, graphql, session, type GraphQLError } from './api';
import { CHANNELS, date, IESS, REASONS, SAL_KEY, SAL_REQUEST, SUT, SYSTEMS, TRAINER, type StatusView } from './labels';
import { itemActions, panelActions } from './ventanilla/actions';
import { legacyContext } from './ventanilla/actions/legacy-bridge';

// The front-office window: a RUC in, every credential it holds out, one panel per service.

const DOSSIER = `query Ventanilla($ruc: String!) { taxpayer(ruc: $ruc) {
  ruc kind checksumVerified
  salInstitution { name status pendingAuthorizationProcesses }
  salAccessKeys { status holderNames holderCedula issuedAt deactivatedAt deactivationReason }
  salKeyRequests { id kind status submittedAt requestedAccessDate observations }
  systemKeyRecoveries { id system channel status receivedAt resolvedAt rejectionReason attentionPoint { city } quipuxDocumentNumber }
  trainerCredentials { id status channel code requestedAt issuedAt validUntil deliveredAt }
  iessEmployer { businessName hasEmployerKey sector { name } legalRepresentativeNames legalRepresentativeIdType qualifiedArtisan }
  iessEmployerKeyRequests { id channel status submittedAt updatedAt province agency appointmentAt observations attendedAt thirdPartyNames attorneyNames powerOfAttorneyNumber powerOfAttorneyValidatedBy }
} }`;

const BATCH = `query Lote($rucs: [String!]!) { taxpayers(rucs: $rucs) {
  ruc salInstitution { name } salAccessKeys { status } systemKeyRecoveries { status } trainerCredentials { status } iessEmployer { hasEmployerKey } iessEmployerKeyRequests { status } } }`;

const SERVICES = [
  { key: 'sal', title: 'SAL · claves de Responsable UATH' },
  { key: 'sut', title: 'SUT / Salarios en Línea' },
  { key: 'trainers', title: 'Capacitadores independientes' },
  { key: 'iess', title: 'IESS · clave patronal' },
] as const;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function badge(view: StatusView | undefined, raw: string) {
  return el('span', { class: `badge ${view?.tone ?? 'grey'}` }, view?.label ?? raw);
}

function item(view: StatusView | undefined, raw: string, title: string, details: string[], actions: Node[] = []) {
  return el('div', { class: 'item' }, badge(view, raw), ' ', el('strong', {}, title), el('div', {}, details.filter(Boolean).join(' · ')), view?.next ? el('div', { class: 'next' }, `Siguiente paso: ${view.next}`) : null, ...actions);
}

function panel(title: string, service: string, body: Node[], unavailable: boolean, actions: Node[] = []) {
  const section = el('section', { class: 'card panel', 'data-service': service, 'aria-label': title }, el('h2', {}, title));
  if (unavailable) section.append(el('p', { class: 'unavailable' }, 'servicio no disponible'), el('p', { class: 'hint' }, 'El servicio no respondió; los demás paneles muestran sus datos.'));
  else if (body.length === 0) section.append(el('p', { class: 'hint' }, 'Sin credenciales ni solicitudes.'), ...actions);
  else section.append(...body, ...actions);
  return section;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function render(t: any, errors: GraphQLError[]) {
  const down = new Set(errors.filter(e => e.extensions?.code === 'SERVICE_UNAVAILABLE').map(e => String(e.extensions?.service)));
  const refresh = () => $<HTMLFormElement>('ruc-form').requestSubmit();
  const ctx = Object.fromEntries(SERVICES.map(s => [s.key, legacyContext(s.key, t, refresh)]));
  const acts = (service: string, type: string, r: any) => itemActions(ctx[service], { type, id: r.id, status: r.status, record: r });
  const sal: Node[] = [];
  if (t.salInstitution) sal.push(el('p', {}, `${t.salInstitution.name} — ${t.salInstitution.status === 'ACTIVE' ? 'institución activa' : 'institución desactivada'}; procesos pendientes: ${t.salInstitution.pendingAuthorizationProcesses}`));
  for (const k of t.salAccessKeys) sal.push(item(SAL_KEY[k.status], k.status, `Clave de ${k.holderNames}`, [`usuario ${k.holderCedula}`, `emitida ${date(k.issuedAt)}`, k.deactivatedAt ? `desactivada ${date(k.deactivatedAt)} (${REASONS[k.deactivationReason] ?? k.deactivationReason})` : '']));
  for (const r of t.salKeyRequests ?? []) sal.push(item(SAL_REQUEST[r.status], r.status, r.kind === 'CREATION' ? 'Solicitud de creación' : 'Solicitud de desactivación', [`recibida ${date(r.submittedAt)}`, r.requestedAccessDate ? `acceso ${date(r.requestedAccessDate)}` : '', r.observations ?? ''], acts('sal', 'SalKeyRequest', r)));
  const sut = t.systemKeyRecoveries.map((r: any) => item(SUT[r.status], r.status, `Recuperación de clave · ${SYSTEMS[r.system] ?? r.system}`, [CHANNELS[r.channel], r.attentionPoint?.city ?? r.quipuxDocumentNumber ?? '', `recibida ${date(r.receivedAt)}`, r.rejectionReason ?? ''], acts('sut', 'SystemKeyRecovery', r)));
  const trainers = t.trainerCredentials.map((c: any) => item(TRAINER[c.status], c.status, `Credencial ${c.code ?? '(sin código aún)'}`, [CHANNELS[c.channel], `solicitada ${date(c.requestedAt)}`, c.validUntil ? `vigente hasta ${date(c.validUntil)}` : ''], acts('trainers', 'TrainerCredential', c)));
  const iess: Node[] = [];
  if (t.iessEmployer) iess.push(el('p', {}, `${t.iessEmployer.businessName} — ${t.iessEmployer.sector.name}; ${t.iessEmployer.hasEmployerKey ? 'tiene clave patronal' : 'sin clave patronal'}`));
  for (const r of t.iessEmployerKeyRequests) {
    const view = r.status === 'SUBMITTED' && r.channel === 'PRESENCIAL' && r.appointmentAt ? { ...IESS.SUBMITTED, next: `Acudir al turno del ${date(r.appointmentAt)} en ${r.agency}.` } : IESS[r.status];
    iess.push(item(view, r.status, 'Solicitud de clave patronal', [CHANNELS[r.channel], r.province, `presentada ${date(r.submittedAt)}`, r.observations ?? ''], acts('iess', 'IessEmployerKeyRequest', r)));
  }
  const bodies: Record<string, Node[]> = { sal, sut, trainers, iess };
  $('panels').replaceChildren(...SERVICES.map(s => panel(s.title, s.key, bodies[s.key], down.has(s.key), down.has(s.key) ? [] : panelActions(ctx[s.key]))));
  const kinds: Record<string, string> = { NATURAL_PERSON: 'persona natural', PUBLIC_ENTITY: 'entidad pública', COMPANY: 'sociedad' };
  $('summary').replaceChildren(el('p', { class: 'card' }, `RUC ${t.ruc} · ${kinds[t.kind] ?? t.kind}${t.checksumVerified ? '' : ' · dígito verificador no coincide (RUC emitido por el SRI, se acepta)'}`));
}

function validate(): string | null {
  const value = $<HTMLInputElement>('ruc').value.trim();
  const message = $('ruc-message');
  if (!value) {
    message.textContent = '';
    return null;
  }
  const result = checkRuc(value);
  message.className = result.valid ? 'hint ok' : 'error';
  message.textContent = result.valid ? 'RUC válido.' : result.message;
  return result.valid ? result.ruc : null;
}

async function lookup(event: Event) {
  event.preventDefault();
  const ruc = validate();
  if (!ruc) {
    $('ruc').focus();
    return;
  }
  $('panels').replaceChildren(el('p', { class: 'hint' }, 'Consultando…'));
  const result = await graphql<{ taxpayer: unknown }>(DOSSIER, { ruc });
  if (result.errors?.some(e => e.extensions?.code === 'UNAUTHENTICATED')) return showLogin('Su sesión venció: ingrese de nuevo.');
  if (!result.data?.taxpayer) {
    $('panels').replaceChildren(el('p', { class: 'error' }, result.errors?.[0]?.message ?? 'No se pudo consultar.'));
    return;
  }
  render(result.data.taxpayer, result.errors ?? []);
}

async function batch() {
  const lines = $<HTMLTextAreaElement>('batch-rucs').value.split(/\r?\n/).map(l => l.trim()).filter(Boolean);
  const checks = lines.map(line => ({ line, check: checkRuc(line) }));
  const valid = [...new Set(checks.flatMap(c => (c.check.valid ? [c.check.ruc] : [])))].slice(0, 500);
  const out = $('batch-result');
  out.replaceChildren(el('p', { class: 'hint' }, 'Consultando…'));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const answered = new Map<string, any>();
  if (valid.length) {
    const result = await graphql<{ taxpayers: Array<{ ruc: string }> }>(BATCH, { rucs: valid });
    for (const t of result.data?.taxpayers ?? []) answered.set(t.ruc, t);
  }
  const mark = (yes: boolean) => (yes ? 'sí' : '—');
  const rows = checks.map(({ line, check }) => {
    if (!check.valid) return el('tr', { class: 'junk' }, el('td', {}, line), el('td', { colspan: '4', class: 'error' }, `Línea inválida: ${check.message}`));
    const t = answered.get(check.ruc);
    if (!t) return el('tr', {}, el('td', {}, line), el('td', { colspan: '4' }, 'sin respuesta'));
    return el(
      'tr',
      {},
      el('td', {}, check.ruc),
      el('td', {}, mark(!!t.salInstitution || t.salAccessKeys.length > 0)),
      el('td', {}, mark(t.systemKeyRecoveries.length > 0)),
      el('td', {}, mark(t.trainerCredentials.length > 0)),
      el('td', {}, mark(!!t.iessEmployer || t.iessEmployerKeyRequests.length > 0)),
    );
  });
  const head = el('tr', {}, ...['RUC', 'SAL', 'SUT / Salarios', 'Capacitadores', 'IESS'].map(h => el('th', { scope: 'col' }, h)));
  out.replaceChildren(el('div', { class: 'scroll' }, el('table', {}, el('thead', {}, head), el('tbody', {}, ...rows))));
}

function showLogin(message = '') {
  $('app').hidden = true;
  $('logout').hidden = true;
  $('login').hidden = false;
  $('login-error').textContent = message;
  $('user').focus();
}

function showApp() {
  $('login').hidden = true;
  $('app').hidden = false;
  $('logout').hidden = false;
  $('ruc').focus();
}

async function login(event: Event) {
  event.preventDefault();
  const response = await fetch('/auth/ventanilla', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user: $<HTMLInputElement>('user').value, password: $<HTMLInputElement>('password').value }),
  });
  const body = (await response.json()) as { token?: string; error?: string };
  if (!response.ok || !body.token) return showLogin(body.error ?? 'No se pudo ingresar.');
  session.save(body.token);
  showApp();
}

$('login-form').addEventListener('submit', login);
$('ruc-form').addEventListener('submit', lookup);
$('ruc').addEventListener('input', validate);
$('batch-run').addEventListener('click', batch);
$('logout').addEventListener('click', () => {
  session.clear();
  showLogin();
});
if (session.token()) showApp();
else showLogin();
