import type { RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from './log';
import { requestDuration } from './metrics';
import { currentScope, operationLabel, requestIdFrom, runInScope, type RequestScope } from './request-scope';
import { tagRequestSpan } from './tracing';

// The first step of every HTTP request: its id (x-request-id, echoed in the answer), one log line when
// the answer leaves (operation, caller, status, outcome, duration; no variables, no headers), and the
// latency histogram of GraphQL requests.

declare module 'express-serve-static-core' {
  interface Locals {
    /** Set by `observeRequests`: the request's id, caller, operation and outcome. */
    scope?: RequestScope;
  }
}

const pathOf = (req: { url?: string; originalUrl?: string }) => String(req.originalUrl ?? req.url).split('?')[0];
const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;

export function observeRequests(service: string, logger: Logger): RequestHandler {
  const log = pinoHttp({
    logger,
    quietReqLogger: true,
    genReqId: (_req, res) => (res as unknown as { locals: { scope: RequestScope } }).locals.scope.requestId,
    serializers: {
      req: req => ({ method: req.method, path: pathOf(req) }),
      res: res => ({ status: res.statusCode }),
    },
    customProps: (_req, res) => {
      const scope = (res as unknown as { locals: { scope?: RequestScope } }).locals.scope;
      return scope ? { caller: scope.caller, operation: scope.operation, outcome: scope.outcome } : {};
    },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    customSuccessMessage: (req, res, ms) => `${req.method} ${pathOf(req)} ${res.statusCode} ${ms} ms`,
    customErrorMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode}`,
    // Probes and scrapes every few seconds would drown the rest.
    autoLogging: { ignore: req => /^\/(health|metrics)/.test(req.url ?? '') },
  });
  return (req, res, next) => {
    const scope: RequestScope = { requestId: requestIdFrom(req.headers['x-request-id']), startedAt: process.hrtime.bigint(), logger };
    res.locals.scope = scope;
    res.setHeader('x-request-id', scope.requestId);
    tagRequestSpan(scope.requestId);
    if (req.path === '/graphql' || req.baseUrl === '/graphql') {
      res.once('finish', () => {
        requestDuration.observe({ service, operation: operationLabel(scope.operation), outcome: scope.outcome ?? `http_${res.statusCode}` }, seconds(scope.startedAt));
      });
    }
    runInScope(scope, () => log(req, res, next));
  };
}

/** Runs the handler (Apollo's) inside the request's scope again: body parsing loses async context. */
export function withinRequestScope(handler: RequestHandler): RequestHandler {
  return (req, res, next) => {
    const scope = res.locals.scope ?? currentScope();
    return scope ? runInScope(scope, () => handler(req, res, next)) : handler(req, res, next);
  };
}
