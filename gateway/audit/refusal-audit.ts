import type { NextFunction, Request, Response } from 'express';
import type { Identity } from '../../shared/auth/identity';
import type { RequestAudit } from '../context';
import type { AuditWriter } from './audit-writer';
import { requestLog } from '../../shared/observability/request-log';
import { safeError } from '../../shared/observability/safe-error';

// A known caller's request refused outside GraphQL's pipeline (rate limit, body, CSRF, batching, an
// unknown persisted hash …) is recorded before the refusal leaves: the response's end waits for the entry.

type End = Response['end'];

export function auditRefusalsBeforeAnswer(writer: AuditWriter) {
  return (req: Request, res: Response, next: NextFunction) => {
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    let ending = false;
    res.end = ((...args: unknown[]) => {
      const identity = res.locals.identity as Identity | undefined;
      const audit = res.locals.audit as RequestAudit | undefined;
      if (ending || res.statusCode < 400 || !identity || identity.role === 'anonymous' || !audit || audit.written) return end(...args);
      ending = true;
      audit.written = true;
      writer
        .append({
          requestId: identity.requestId,
          kind: 'REFUSAL',
          subject: identity.subject,
          agency: identity.agency,
          role: identity.role,
          clientAddress: req.ip ?? null,
          operationName: typeof req.body?.operationName === 'string' ? req.body.operationName : null,
          operationType: 'unknown',
          rucs: [],
          services: [],
          outcome: 'ERROR',
          errorCodes: [audit.refusalCode ?? `HTTP_${res.statusCode}`],
        })
        .catch(error => requestLog('gateway').error({ error: safeError(error), status: res.statusCode }, 'no se pudo auditar un rechazo'))
        .finally(() => end(...args));
      return res;
    }) as End;
    next();
  };
}
