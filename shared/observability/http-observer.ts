import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { Logger } from './log';
import { requestDuration } from './metrics';
import { currentScope, operationLabel, requestIdFrom, runInScope, type RequestScope } from './request-scope';
import { tagRequestSpan } from './tracing';

// The first step of every HTTP request: its id (x-request-id, echoed in the answer), one log line when
// the answer leaves (operation, caller, status, outcome, duration; no variables, no headers), and the
// latency histogram of GraphQL requests.
//
// The line is written here, not by pino-http: pino-http builds two or three child loggers per request
// (serialising their bindings) even when LOG_LEVEL drops the line, about a tenth of a subgraph's CPU
// per call. Here the line is built only when its level is enabled, with the fields pino-http wrote.

declare module 'express-serve-static-core' {
  interface Locals {
    /** Set by `observeRequests`: the request's id, caller, operation and outcome. */
    scope?: RequestScope;
  }
}

type Level = 'info' | 'warn' | 'error';

const pathOf = (req: { url?: string; originalUrl?: string }) => String(req.originalUrl ?? req.url).split('?')[0];
const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;
/** Probes and scrapes every few seconds would drown the rest. */
const UNLOGGED = /^\/(health|metrics)/;

const levelOf = (status: number, aborted: boolean): Level => (status >= 500 ? 'error' : status >= 400 || aborted ? 'warn' : 'info');

/**
 * Starts the request's scope and, when its answer has left (or the client went away), writes its line
 * and, for GraphQL, its latency. Returns the scope: the caller runs the request inside it (runInScope).
 */
export function observeRequest(service: string, logger: Logger, req: IncomingMessage, res: ServerResponse, graphql: boolean): RequestScope {
  const scope: RequestScope = { requestId: requestIdFrom(req.headers['x-request-id']), startedAt: process.hrtime.bigint(), logger };
  res.setHeader('x-request-id', scope.requestId);
  tagRequestSpan(scope.requestId);
  const logged = !UNLOGGED.test(req.url ?? '');
  if (!graphql && !logged) return scope;
  res.once('close', () => {
    const finished = res.writableFinished;
    if (graphql && finished) {
      requestDuration.observe({ service, operation: operationLabel(scope.operation), outcome: scope.outcome ?? `http_${res.statusCode}` }, seconds(scope.startedAt));
    }
    if (!logged) return;
    const level = levelOf(res.statusCode, !finished);
    if (!logger.isLevelEnabled(level)) return;
    const path = pathOf(req);
    const responseTime = Math.round(seconds(scope.startedAt) * 1000);
    const line = { reqId: scope.requestId, req: { method: req.method, path }, caller: scope.caller, operation: scope.operation, outcome: scope.outcome, res: { status: res.statusCode }, responseTime };
    const message = finished ? `${req.method} ${path} ${res.statusCode}${level === 'error' ? '' : ` ${responseTime} ms`}` : `${req.method} ${path}: el cliente cerró la conexión antes de la respuesta`;
    logger[level](line, message);
  });
  return scope;
}

export function observeRequests(service: string, logger: Logger): RequestHandler {
  return (req, res, next) => {
    const scope = observeRequest(service, logger, req, res, req.path === '/graphql' || req.baseUrl === '/graphql');
    res.locals.scope = scope;
    runInScope(scope, next);
  };
}

/** Runs the handler (Apollo's) inside the request's scope again: body parsing loses async context. */
export function withinRequestScope(handler: RequestHandler): RequestHandler {
  return (req, res, next) => {
    const scope = res.locals.scope ?? currentScope();
    return scope ? runInScope(scope, () => handler(req, res, next)) : handler(req, res, next);
  };
}
