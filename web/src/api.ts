// GraphQL over fetch, same origin as the gateway. The token lives in this tab's sessionStorage only.
// Every request has a timeout; whatever goes wrong (no network, a proxy's HTML 502, a timeout, an
// expired session) comes back as a `failure` with a Spanish sentence for the clerk, never a hang.

export interface GraphQLError {
  message: string;
  path?: Array<string | number>;
  extensions?: Record<string, unknown>;
}

export interface GraphQLResult<T> {
  data?: T | null;
  errors?: GraphQLError[];
  /** Set when no GraphQL answer arrived: the request failed as a whole. */
  failure?: RequestFailure;
}

export type FailureKind = 'TIMEOUT' | 'NETWORK' | 'BAD_GATEWAY' | 'UNAUTHENTICATED' | 'RATE_LIMITED' | 'HTTP';

export interface RequestFailure {
  kind: FailureKind;
  /** Spanish, for the clerk: what happened and what to do. */
  message: string;
  /** Whether "Reintentar" makes sense. */
  retryable: boolean;
}

const TOKEN_KEY = 'llavero.token';

export const session = {
  token: () => sessionStorage.getItem(TOKEN_KEY),
  save: (token: string) => sessionStorage.setItem(TOKEN_KEY, token),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

/** Called once per expiry: the page sends the clerk to sign-in (set by the page). */
let onSessionExpired: (message: string) => void = () => undefined;
export function whenSessionExpires(handler: (message: string) => void): void {
  onSessionExpired = handler;
}

export const DEFAULT_TIMEOUT_MS = 8000;

export interface RequestOptions {
  timeoutMs?: number;
  /** Aborted by the caller (the RUC changed, "Nueva atención"): the result is then ignored. */
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

function failure(kind: FailureKind, message: string, retryable = true): { failure: RequestFailure } {
  return { failure: { kind, message, retryable } };
}

/** POSTs JSON and reads JSON, whatever stands in between (proxies answer HTML); never throws. */
export async function postJson<T>(url: string, body: unknown, options: RequestOptions = {}): Promise<{ status: number; body: T } | { failure: RequestFailure }> {
  return sendJson<T>('POST', url, body, options);
}

/** GETs JSON (GET /auth/sesion) with the same timeout and failure handling as postJson. */
export async function getJson<T>(url: string, options: RequestOptions = {}): Promise<{ status: number; body: T } | { failure: RequestFailure }> {
  return sendJson<T>('GET', url, undefined, options);
}

async function sendJson<T>(method: 'GET' | 'POST', url: string, body: unknown, options: RequestOptions): Promise<{ status: number; body: T } | { failure: RequestFailure }> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  const token = session.token();
  if (token && !headers.authorization) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(url, { method, headers, body: method === 'POST' ? JSON.stringify(body) : undefined, signal });
  } catch {
    if (timeout.aborted) return failure('TIMEOUT', `El servidor no respondió en ${Math.round(timeoutMs / 1000)} s. Revise la conexión y reintente.`);
    if (options.signal?.aborted) return failure('NETWORK', 'Consulta cancelada.', false);
    return failure('NETWORK', 'No hay conexión con Llavero (error de red). Revise la conexión y reintente.');
  }
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) {
    if (response.status >= 500) return failure('BAD_GATEWAY', `Llavero no está disponible en este momento (HTTP ${response.status}). Reintente en unos segundos.`);
    return failure('HTTP', `Respuesta inesperada del servidor (HTTP ${response.status}).`);
  }
  try {
    return { status: response.status, body: (await response.json()) as T };
  } catch {
    return failure('BAD_GATEWAY', 'La respuesta del servidor llegó incompleta. Reintente.');
  }
}

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, options: RequestOptions = {}): Promise<GraphQLResult<T>> {
  const answer = await postJson<GraphQLResult<T> & { error?: string; code?: string }>('/graphql', { query, variables }, options);
  if ('failure' in answer) return answer;
  const { status, body } = answer;
  const expired = status === 401 || body.errors?.some(e => e.extensions?.code === 'UNAUTHENTICATED');
  if (expired) {
    const message = body.errors?.[0]?.message ?? body.error ?? 'Su sesión terminó.';
    onSessionExpired(message);
    return failure('UNAUTHENTICATED', 'Su sesión terminó: ingrese de nuevo.', false);
  }
  if (status === 429) return failure('RATE_LIMITED', body.errors?.[0]?.message ?? body.error ?? 'Demasiadas consultas: espere unos segundos y reintente.');
  if (!body.data && !body.errors) return failure('HTTP', body.error ?? `Respuesta inesperada del servidor (HTTP ${status}).`);
  return body;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Array<Node | string | null>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) if (child !== null) node.append(child);
  return node;
}
