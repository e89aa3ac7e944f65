import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { verifyRequest, type NonceStore } from './auth/gateway-signature';
import type { Identity } from './auth/identity';
import { observeRequest } from './observability/http-observer';
import type { Logger } from './observability/log';
import { runInScope, type RequestScope } from './observability/request-scope';
import { nameRequestRoute, tagRequestSpan } from './observability/tracing';

// POST /graphql of a subgraph, on Node's own HTTP server rather than through Express: every call from
// the gateway comes here, and Express's router, body parser and response helpers were a tenth of a
// subgraph's CPU per call. What a call goes through, in order:
//   1. its scope (request id, log line, latency histogram: observability/http-observer);
//   2. POST only; a body of at most MAX_BODY_SIZE bytes, not compressed, read whole;
//   3. the gateway's signature over those exact bytes (auth/gateway-signature), before they are parsed;
//   4. JSON, then Apollo Server's own pipeline (parse and validation caches, plugins, formatError).
// Every refusal is coded JSON in Spanish, as the gateway's are.

export interface SubgraphEndpointOptions<TContext extends BaseContext> {
  name: string;
  apollo: ApolloServer<TContext>;
  logger: Logger;
  /** The current signing secret, then the previous one while a rotation rolls through. */
  secrets: readonly string[];
  nonces: NonceStore;
  maxBodyBytes: number;
  createContext: (identity: Identity) => TContext;
}

type Body = { kind: 'read'; bytes: Buffer } | { kind: 'too-large' } | { kind: 'aborted' };

/** Whether a request's URL is the GraphQL endpoint (`/graphql`, with or without a query string). */
export function isGraphqlPath(url: string | undefined): boolean {
  const path = (url ?? '').split('?')[0];
  return path === '/graphql' || path === '/graphql/';
}

/** Reads the whole body, or stops at `limit` bytes (the rest is drained unread so the answer can be read). */
export function readBody(req: IncomingMessage, limit: number): Promise<Body> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ kind: 'too-large' });
  return new Promise(resolve => {
    const chunks: Buffer[] = [];
    let length = 0;
    const finish = (body: Body) => {
      req.off('data', onData).off('end', onEnd).off('error', onAbort).off('aborted', onAbort);
      resolve(body);
    };
    const onData = (chunk: Buffer) => {
      length += chunk.length;
      if (length <= limit) return void chunks.push(chunk);
      finish({ kind: 'too-large' });
      req.resume();
    };
    const onEnd = () => finish({ kind: 'read', bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length) });
    const onAbort = () => finish({ kind: 'aborted' });
    req.on('data', onData).on('end', onEnd).on('error', onAbort).on('aborted', onAbort);
  });
}

function send(res: ServerResponse, status: number, headers: Iterable<[string, string]>, body: string): void {
  for (const [key, value] of headers) res.setHeader(key, value);
  res.statusCode = status;
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}

export function subgraphEndpoint<TContext extends BaseContext>(options: SubgraphEndpointOptions<TContext>): (req: IncomingMessage, res: ServerResponse) => void {
  const { name, apollo, logger } = options;
  const refuse = (res: ServerResponse, status: number, code: string, message: string, reason?: string) =>
    send(res, status, [['content-type', 'application/json; charset=utf-8']], JSON.stringify({ errors: [{ message, extensions: { code, service: name, ...(reason ? { reason } : {}) } }] }));

  async function serve(req: IncomingMessage, res: ServerResponse, scope: RequestScope): Promise<void> {
    // A refusal before the body is read closes the connection: Node would otherwise read and discard the rest of it.
    const refuseUnread = (status: number, code: string, message: string, reason?: string) => (res.setHeader('connection', 'close'), refuse(res, status, code, message, reason));
    if (req.method !== 'POST') return refuseUnread(405, 'UNAUTHENTICATED', `El subgrafo ${name} solo atiende POST firmados por la pasarela.`);
    const encoding = req.headers['content-encoding'];
    if (encoding && encoding.toLowerCase() !== 'identity') {
      return refuseUnread(415, 'BAD_USER_INPUT', `El subgrafo ${name} no acepta cuerpos comprimidos (content-encoding: ${encoding.slice(0, 20)}).`, 'BODY_ENCODED');
    }
    const body = await readBody(req, options.maxBodyBytes);
    if (body.kind === 'aborted') return;
    if (body.kind === 'too-large') return refuseUnread(413, 'BAD_USER_INPUT', 'La solicitud supera el tamaño máximo.', 'BODY_TOO_LARGE');
    let check: Awaited<ReturnType<typeof verifyRequest>>;
    try {
      check = await verifyRequest(options.secrets, { service: name, method: 'POST' }, req.headers, body.bytes, options.nonces);
    } catch (error) {
      logger.error({ err: error }, 'no se pudo comprobar el nonce de la pasarela');
      return refuse(res, 503, 'SERVICE_UNAVAILABLE', `El subgrafo ${name} no pudo comprobar la firma de la pasarela: reintente.`, 'NONCE_CHECK_FAILED');
    }
    if (!check.valid) return refuse(res, 401, 'UNAUTHENTICATED', `El subgrafo ${name} solo atiende solicitudes firmadas por la pasarela de Llavero: ${check.reason}.`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.bytes.toString('utf8'));
    } catch {
      return refuse(res, 400, 'BAD_USER_INPUT', 'El cuerpo de la solicitud no es JSON válido.', 'BODY_MALFORMED');
    }
    const identity = check.identity;
    scope.requestId = identity.requestId;
    scope.caller = identity.subject;
    res.setHeader('x-request-id', identity.requestId);
    tagRequestSpan(identity.requestId);
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    const query = (req.url ?? '').indexOf('?');
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: query < 0 ? '' : (req.url ?? '').slice(query), body: parsed },
      context: async () => options.createContext(identity),
    });
    const status = answer.status ?? 200;
    if (answer.body.kind === 'complete') return send(res, status, answer.headers, answer.body.string);
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.statusCode = status;
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  }

  return (req, res) => {
    nameRequestRoute('/graphql');
    const scope = observeRequest(name, logger, req, res, true);
    runInScope(scope, () =>
      serve(req, res, scope).catch(error => {
        logger.error({ err: error }, 'error antes de GraphQL');
        if (!res.headersSent) refuse(res, 500, 'INTERNAL_SERVER_ERROR', 'Error interno del servidor.');
        else res.destroy();
      }),
    );
  };
}
