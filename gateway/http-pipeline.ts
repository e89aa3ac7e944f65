import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import type { Identity } from '../shared/auth/identity';
import { authenticate, type AuthConfig } from './auth/authenticate';
import type { RequestAudit } from './context';
import { sendGraphQLError } from './http-errors';
import { MAX_QUERY_NESTING, queryNesting } from './limits/query-nesting';
import { RATE_LIMIT_UNAVAILABLE, type RateLimiter, type RateVerdict } from './limits/rate-limiter';
import { sha256, type TrustedOperations } from './limits/trusted-operations';

// The steps a request to /graphql goes through before GraphQL runs, each named, in order (server.ts lists
// them): a per-address budget, who is asking, a per-caller budget, the body, registered operations, nesting.
// Every refusal is coded JSON; the audit records the refusals of known callers before they leave.

declare module 'express-serve-static-core' {
  interface Locals {
    /** Set by `identifyCaller`: the verified caller of this request (anonymous without a token). */
    identity?: Identity;
    /** What the audit has recorded of this request; `refusalCode` names a refusal before GraphQL. */
    audit?: RequestAudit;
  }
}

const refuse = (res: express.Response, code: string) => {
  if (res.locals.audit) res.locals.audit.refusalCode = code;
};

/** The limiter's verdict, or null with a 503 sent: a budget that cannot be checked refuses (fail closed). */
async function verdictOrRefusal(limiter: RateLimiter, key: string, res: express.Response): Promise<RateVerdict | null> {
  try {
    return await limiter.hit(key);
  } catch {
    refuse(res, RATE_LIMIT_UNAVAILABLE.reason);
    res.setHeader('Retry-After', '1');
    sendGraphQLError(res, 503, 'SERVICE_UNAVAILABLE', RATE_LIMIT_UNAVAILABLE.message, { reason: RATE_LIMIT_UNAVAILABLE.reason });
    return null;
  }
}

/** 0. A per-address budget before any token work, so bad tokens cannot be tried without limit. */
export function limitPerAddress(limiter: RateLimiter): RequestHandler {
  return async (req, res, next) => {
    const verdict = await verdictOrRefusal(limiter, `ip:${req.ip}`, res);
    if (!verdict) return;
    if (verdict.allowed) return next();
    res.setHeader('Retry-After', String(verdict.retryAfterSeconds));
    sendGraphQLError(res, 429, 'FORBIDDEN', `Demasiadas solicitudes desde esta dirección. Reintente en ${verdict.retryAfterSeconds} s.`, { reason: 'RATE_LIMITED' });
  };
}

/** 1. Who is asking (headers only, so even a refused body is attributed). */
export function identifyCaller(auth: AuthConfig): RequestHandler {
  return async (req, res, next) => {
    try {
      res.locals.identity = await authenticate(req.headers.authorization, auth, res.locals.scope?.requestId);
      if (res.locals.scope) res.locals.scope.caller = res.locals.identity.subject;
      res.locals.audit = { written: false };
      next();
    } catch (error) {
      const { message, extensions } = error as { message: string; extensions?: Record<string, unknown> };
      const rest = { ...extensions, code: undefined, http: undefined };
      // A sign-out that cannot be checked is a 503 (retry); anything else about the token, a 401.
      if (extensions?.code !== 'SERVICE_UNAVAILABLE') return sendGraphQLError(res, 401, 'UNAUTHENTICATED', message, rest);
      res.setHeader('Retry-After', '1');
      sendGraphQLError(res, 503, 'SERVICE_UNAVAILABLE', message, rest);
    }
  };
}

/** 2. How often: per token subject, or per address for anonymous callers. */
export function limitPerCaller(limiter: RateLimiter, perMinute: number): RequestHandler {
  return async (req, res, next) => {
    const identity = res.locals.identity!;
    const verdict = await verdictOrRefusal(limiter, identity.role === 'anonymous' ? `ip:${req.ip}` : `sub:${identity.subject}`, res);
    if (!verdict) return;
    if (verdict.allowed) return next();
    refuse(res, 'RATE_LIMITED');
    res.setHeader('Retry-After', String(verdict.retryAfterSeconds));
    sendGraphQLError(res, 429, 'FORBIDDEN', `Demasiadas solicitudes: el máximo es ${perMinute} por minuto. Reintente en ${verdict.retryAfterSeconds} s.`, { reason: 'RATE_LIMITED' });
  };
}

/** 3. How big: JSON up to the limit; a malformed or oversized body is a coded 400 / 413. */
export function parseJsonBody(maxBody: string): [RequestHandler, ErrorRequestHandler] {
  return [
    express.json({ limit: maxBody }),
    (error: Error & { type?: string }, _req, res, next) => {
      if (!error) return next();
      const tooLarge = error.type === 'entity.too.large';
      const reason = tooLarge ? 'BODY_TOO_LARGE' : 'BODY_MALFORMED';
      refuse(res, reason);
      const message = tooLarge ? `La solicitud supera el tamaño máximo (${maxBody}).` : 'El cuerpo de la solicitud no es JSON válido.';
      sendGraphQLError(res, tooLarge ? 413 : 400, 'BAD_USER_INPUT', message, { field: 'body', reason });
    },
  ];
}

/** 4. Registered operations sent by hash only get their text from the manifest; a hash must match its text. */
export function resolvePersistedOperations(trusted: TrustedOperations): RequestHandler {
  return (req, res, next) => {
    const persisted = req.body?.extensions?.persistedQuery;
    if (!persisted) return next();
    const hash = persisted.sha256Hash;
    const field = 'extensions.persistedQuery.sha256Hash';
    if (persisted.version !== 1 || typeof hash !== 'string') {
      refuse(res, 'PERSISTED_QUERY_INVALID');
      return sendGraphQLError(res, 400, 'BAD_USER_INPUT', 'La extensión persistedQuery debe tener version 1 y un sha256Hash de texto.', {
        field: 'extensions.persistedQuery',
        reason: 'PERSISTED_QUERY_INVALID',
      });
    }
    if (typeof req.body.query === 'string') {
      if (sha256(req.body.query) === hash) return next();
      refuse(res, 'PERSISTED_QUERY_HASH_MISMATCH');
      return sendGraphQLError(res, 400, 'BAD_USER_INPUT', 'El sha256Hash de persistedQuery no corresponde al texto de la consulta enviada.', { field, reason: 'PERSISTED_QUERY_HASH_MISMATCH' });
    }
    const operation = trusted.byHashOf(hash);
    if (!operation) {
      refuse(res, 'PERSISTED_QUERY_NOT_FOUND');
      return sendGraphQLError(res, 400, 'BAD_USER_INPUT', 'No hay ninguna operación registrada con ese hash (consulte GET /operations).', { field, reason: 'PERSISTED_QUERY_NOT_FOUND' });
    }
    req.body.query = operation.query;
    next();
  };
}

/** 5. How deep, before anything parses: a text nested past any real operation would overflow the parser's stack. */
export function limitNesting(): RequestHandler {
  return (req, res, next) => {
    const query = (req.body as { query?: unknown } | undefined)?.query ?? req.query?.query;
    if (typeof query !== 'string' || queryNesting(query) <= MAX_QUERY_NESTING) return next();
    refuse(res, 'LIMIT_EXCEEDED');
    sendGraphQLError(res, 400, 'BAD_USER_INPUT', `La consulta anida más de ${MAX_QUERY_NESTING} niveles de llaves, paréntesis o corchetes: simplifíquela.`, {
      field: 'query',
      reason: 'LIMIT_EXCEEDED',
    });
  };
}
