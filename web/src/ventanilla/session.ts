import { getJson, postJson, session, whenSessionExpires } from '../api';
import type { Clerk } from './contract';
import { $, el } from './dom';

// Sign-in, the signed-in clerk (GET /auth/sesion) and the end of a session: an expired or revoked token
// sends the clerk to sign-in once, with one message, the citizen's data cleared first.

let clerk: Clerk | null = null;
let ending = false;
let onEnd: () => void = () => undefined;
let onStart: (clerk: Clerk) => void = () => undefined;

export const currentClerk = () => clerk;

/** Until the gateway answers GET /auth/sesion (404), the token's own claims say who signed in. */
function clerkFromToken(token: string): Clerk {
  let claims: Record<string, any> = {};
  try {
    claims = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
  } catch {
    // An opaque token: the header shows no name.
  }
  const subject = String(claims.sub ?? 'ventanilla');
  const expiresAt = claims.exp ? new Date(claims.exp * 1000).toISOString() : new Date(Date.now() + 3_600_000).toISOString();
  return { subject, user: subject.replace(/^ventanilla:/, ''), office: claims.office ?? null, role: String(claims.role ?? 'front-office'), expiresAt, idleSeconds: 300 };
}

function showLogin(message: string): void {
  clerk = null;
  $('app').hidden = true;
  $('logout').hidden = true;
  $('clerk').hidden = true;
  $('login').hidden = false;
  $<HTMLInputElement>('password').value = '';
  $('login-error').textContent = message;
  $('user').focus();
}

function showApp(signedIn: Clerk): void {
  clerk = signedIn;
  ending = false;
  $('login').hidden = true;
  $('app').hidden = false;
  $('logout').hidden = false;
  $('clerk').hidden = false;
  $('clerk').replaceChildren(el('span', { class: 'clerk-user' }, signedIn.user), signedIn.office ? ` · ${signedIn.office}` : ' · oficina no indicada');
  onStart(signedIn);
  $('ruc').focus();
}

/** Ends the session once, however many requests notice it at the same time. */
export function endSession(message: string): void {
  if (ending) return;
  ending = true;
  onEnd();
  session.clear();
  showLogin(message);
}

async function loadClerk(): Promise<void> {
  const token = session.token();
  if (!token) return showLogin('');
  const answer = await getJson<Clerk & { error?: string }>('/auth/sesion', { timeoutMs: 6000 });
  if ('failure' in answer) return showApp(clerkFromToken(token));
  if (answer.status === 401) return endSession(answer.body.error ?? 'Su sesión terminó: ingrese de nuevo.');
  if (answer.status === 404) return showApp(clerkFromToken(token));
  showApp({ ...clerkFromToken(token), ...answer.body });
}

async function signIn(event: Event): Promise<void> {
  event.preventDefault();
  const user = $<HTMLInputElement>('user').value.trim();
  const password = $<HTMLInputElement>('password').value;
  const error = $('login-error');
  if (!user || !password) {
    error.textContent = !user ? 'Escriba su usuario.' : 'Escriba su contraseña.';
    $(!user ? 'user' : 'password').focus();
    return;
  }
  error.textContent = '';
  $('login-status').textContent = 'Ingresando…';
  const answer = await postJson<{ token?: string; error?: string }>('/auth/ventanilla', { user, password }, { timeoutMs: 8000 });
  $('login-status').textContent = '';
  if ('failure' in answer) return void (error.textContent = answer.failure.message);
  if (answer.status === 429) return void (error.textContent = answer.body.error ?? 'Demasiados intentos: espere antes de volver a intentar.');
  if (answer.status !== 200 || !answer.body.token) return void (error.textContent = answer.body.error ?? 'No se pudo ingresar.');
  session.save(answer.body.token);
  await loadClerk();
}

async function signOut(): Promise<void> {
  await postJson('/auth/salir', {}, { timeoutMs: 4000 });
  endSession('Sesión cerrada.');
}

export function startSession(handlers: { onStart(clerk: Clerk): void; onEnd(): void }): void {
  onStart = handlers.onStart;
  onEnd = handlers.onEnd;
  whenSessionExpires(() => endSession('Su sesión venció o fue cerrada: ingrese de nuevo. Los datos del ciudadano se borraron de la pantalla.'));
  $('login-form').addEventListener('submit', event => void signIn(event));
  $('logout').addEventListener('click', () => void signOut());
  void loadClerk();
}
