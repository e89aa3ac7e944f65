import express, { type RequestHandler, type Response } from 'express';
import type { ErrorCode } from '../../shared/errors';
import { RATE_LIMIT_UNAVAILABLE, type RateLimiter, type RateVerdict } from '../limits/rate-limiter';

// The plain JSON endpoints beside /graphql (sign-in, session, constancia): every refusal is
// `{ error: <Spanish sentence>, code, …}`, never Express's default HTML page.

export function refuse(res: Response, status: number, code: ErrorCode, error: string, extra: Record<string, unknown> = {}): void {
  res.status(status).set('Cache-Control', 'no-store').json({ error, code, ...extra });
}

/** express.json whose refusals are a coded JSON error: never Express's default page, which shows a stack outside production. */
export function jsonBody(limit: string): RequestHandler {
  const parse = express.json({ limit });
  return (req, res, next) =>
    parse(req, res, (error?: { type?: string }) => {
      if (!error) return next();
      if (error.type === 'entity.too.large') return refuse(res, 413, 'BAD_USER_INPUT', `La solicitud supera el tamaño máximo (${limit}).`, { field: 'body', reason: 'BODY_TOO_LARGE' });
      refuse(res, 400, 'BAD_USER_INPUT', 'El cuerpo de la solicitud no es JSON válido.', { field: 'body', reason: 'BODY_MALFORMED' });
    });
}

/** A budget that cannot be checked (its Redis is away) refuses: 503, retry in a second. */
export function refuseUnchecked(res: Response): void {
  res.setHeader('Retry-After', '1');
  refuse(res, 503, 'SERVICE_UNAVAILABLE', RATE_LIMIT_UNAVAILABLE.message, { reason: RATE_LIMIT_UNAVAILABLE.reason });
}

/** A per-address budget in front of an endpoint that verifies tokens or writes. */
export function perAddress(limiter: RateLimiter): RequestHandler {
  return async (req, res, next) => {
    let verdict: RateVerdict;
    try {
      verdict = await limiter.hit(`ip:${req.ip}`);
    } catch {
      return refuseUnchecked(res);
    }
    if (verdict.allowed) return next();
    res.setHeader('Retry-After', String(verdict.retryAfterSeconds));
    refuse(res, 429, 'FORBIDDEN', `Demasiadas solicitudes desde esta dirección: espere ${verdict.retryAfterSeconds} s.`, { reason: 'RATE_LIMITED' });
  };
}
