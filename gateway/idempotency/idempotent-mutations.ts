import { createHash } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import { getOperationAST, parse } from 'graphql';
import { sendGraphQLError } from '../http-errors';
import { answerFate } from './answer-fate';
import type { IdempotencyRecord, IdempotencyStore } from './idempotency-store';
import { requestLog } from '../../shared/observability/request-log';
import { safeError } from '../../shared/observability/safe-error';

// A mutation sent with an `Idempotency-Key` header runs once: a retry with the same key (after a lost
// answer, a double click, a proxy's retry) gets the first answer back, marked `Idempotent-Replayed: true`,
// and writes nothing. Keys belong to the caller (two callers' equal keys never meet). The same key with a
// different request is refused; a retry while the first is still running is told to wait. When the write
// provably did not run (a service down before it was reached) nothing is kept and a retry runs; when a
// subgraph may have committed it without answering, retries are told to check the dossier (answer-fate.ts).

const KEY = /^[\x21-\x7E]{1,128}$/;

export interface IdempotencySettings {
  store: IdempotencyStore;
  /** How long a first answer is kept for retries. */
  ttlMs: number;
  /** How long a claim holds while the first execution runs (a crash frees it after this). */
  pendingMs: number;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function isMutation(body: { query?: unknown; operationName?: unknown }): boolean {
  if (typeof body.query !== 'string') return false;
  try {
    const name = typeof body.operationName === 'string' ? body.operationName : undefined;
    return getOperationAST(parse(body.query), name)?.operation === 'mutation';
  } catch {
    return false; // GraphQL refuses it itself, with its own coded error
  }
}

function replay(res: Response, record: Extract<IdempotencyRecord, { state: 'done' }>): void {
  res.status(record.status).setHeader('Idempotent-Replayed', 'true');
  res.type('application/json').send(record.body);
}

/** Holds the answer's end until it is kept (so an immediate retry finds it), then lets it go. */
function keepAnswer(res: Response, settings: IdempotencySettings, key: string, fingerprint: string): void {
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  res.end = ((...args: unknown[]) => {
    const [chunk] = args;
    const body = Buffer.isBuffer(chunk) ? chunk.toString('utf8') : typeof chunk === 'string' ? chunk : '';
    const fate = answerFate(res.statusCode, body);
    const kept =
      fate.keep === 'nothing'
        ? settings.store.release(key)
        : settings.store.complete(key, { state: 'done', fingerprint, ...(fate.keep === 'unknown' ? { status: fate.status, body: fate.body } : { status: res.statusCode, body }) }, settings.ttlMs);
    kept.catch(error => requestLog('gateway').error({ error: safeError(error) }, 'no se pudo guardar la respuesta de una clave de idempotencia')).finally(() => end(...args));
    return res;
  }) as Response['end'];
}

export function idempotentMutations(settings: IdempotencySettings): RequestHandler {
  return async (req, res, next) => {
    const header = req.headers['idempotency-key'];
    if (header === undefined || !isMutation(req.body ?? {})) return next();
    const value = Array.isArray(header) ? header[0] : header;
    if (!KEY.test(value)) {
      return sendGraphQLError(res, 400, 'BAD_USER_INPUT', 'El encabezado Idempotency-Key debe tener de 1 a 128 caracteres visibles (por ejemplo, un UUID).', {
        field: 'Idempotency-Key',
        reason: 'IDEMPOTENCY_KEY_INVALID',
      });
    }
    const subject = res.locals.identity?.subject ?? `ip:${req.ip}`;
    const key = `${sha256(subject)}:${sha256(value)}`;
    const fingerprint = sha256(JSON.stringify([req.body.query, req.body.operationName ?? null, req.body.variables ?? null]));
    let held: IdempotencyRecord | null;
    try {
      held = await settings.store.claim(key, fingerprint, settings.pendingMs);
    } catch (error) {
      requestLog('gateway').error({ error: safeError(error) }, 'no se pudo comprobar una clave de idempotencia');
      res.setHeader('Retry-After', '1');
      return sendGraphQLError(res, 503, 'SERVICE_UNAVAILABLE', 'No se pudo comprobar la clave de idempotencia: reintente en unos segundos; nada se escribió.', { service: 'gateway' });
    }
    if (!held) {
      keepAnswer(res, settings, key, fingerprint);
      return next();
    }
    if (held.fingerprint !== fingerprint) {
      return sendGraphQLError(res, 422, 'BAD_USER_INPUT', 'Esta Idempotency-Key ya se usó con otra solicitud: use una clave nueva para una operación distinta.', {
        field: 'Idempotency-Key',
        reason: 'IDEMPOTENCY_KEY_REUSED',
      });
    }
    if (held.state === 'pending') {
      res.setHeader('Retry-After', '1');
      return sendGraphQLError(res, 409, 'CONFLICT', 'La misma solicitud (misma Idempotency-Key) todavía se está procesando: reintente en un momento.', {
        field: 'Idempotency-Key',
        reason: 'IDEMPOTENCY_IN_PROGRESS',
      });
    }
    replay(res, held);
  };
}
