import { createHash } from 'node:crypto';
import type { Express, Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { checkRuc } from '../../shared/identifiers';
import type { AuthConfig } from '../auth/authenticate';
import { officeClaim, requireBearer } from '../auth/session-routes';
import type { RateLimiter } from '../limits/rate-limiter';
import { CONSTANCIA_QUERY, constanciaContent, ecuadorParts } from './constancia-dossier';
import { CODE_PATTERN, findConstancia, newVerificationCode, normalizeCode, recordConstancia } from './constancia-store';
import { jsonBody, perAddress, refuse } from './json-http';
import { requestLog } from '../../shared/observability/request-log';
import { safeError } from '../../shared/observability/safe-error';

// POST /ventanilla/constancia: the PDF a clerk hands to the citizen after an attention, recorded (code,
// RUC, clerk, office, time, SHA-256) before it leaves. GET /constancia/verificar/:code: anyone holding
// one checks it. Nothing is recorded for a refused request.

export interface ConstanciaDeps {
  auth: AuthConfig;
  audit: DataSource;
  /** This gateway's own /graphql, reached over HTTP like any client. */
  graphqlUrl: () => string;
  apiSchema: () => GraphQLSchema | undefined;
  addressLimiter: RateLimiter;
  timeoutMs: number;
}

const CLERK_ROLES = ['front-office', 'reviewer'];
const STATUS_OF: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403 };

/** yyyymmdd-hhmm in Ecuador's time, for the file name. */
function stamp(date: Date): string {
  const p = ecuadorParts(date);
  return `${p.year}${p.month}${p.day}-${p.hour}${p.minute}`;
}

/** Asks this gateway's /graphql as the clerk; a refusal of the whole request is answered as it came. */
async function readDossier(deps: ConstanciaDeps, authorization: string, ruc: string, res: Response): Promise<Record<string, any> | null> {
  let response: globalThis.Response;
  try {
    response = await fetch(deps.graphqlUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query: CONSTANCIA_QUERY, variables: { ruc }, operationName: 'Constancia' }),
      signal: AbortSignal.timeout(deps.timeoutMs),
    });
  } catch {
    refuse(res, 503, 'SERVICE_UNAVAILABLE', 'La consulta del expediente no respondió a tiempo: reintente la constancia.');
    return null;
  }
  const body = (await response.json().catch(() => ({}))) as { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  if (response.ok && body.data?.taxpayer) return body;
  const first = body.errors?.[0];
  const code = (first?.extensions?.code as string) ?? 'SERVICE_UNAVAILABLE';
  if (response.headers.get('retry-after')) res.setHeader('Retry-After', response.headers.get('retry-after')!);
  const status = response.status >= 400 ? response.status : (STATUS_OF[code] ?? 503);
  refuse(res, status, code as never, first?.message ?? 'No se pudo leer el expediente del RUC.', first?.extensions?.field ? { field: first.extensions.field } : {});
  return null;
}

export function mountConstancia(app: Express, deps: ConstanciaDeps): void {
  app.post('/ventanilla/constancia', perAddress(deps.addressLimiter), jsonBody('4kb'), async (req, res) => {
    const verified = await requireBearer(req, res, deps.auth);
    if (!verified) return;
    if (!CLERK_ROLES.includes(verified.identity.role)) {
      refuse(res, 403, 'FORBIDDEN', 'Solo el personal de ventanilla (front-office o reviewer) emite constancias de atención.');
      return;
    }
    const input = typeof req.body?.ruc === 'string' ? req.body.ruc : '';
    const check = checkRuc(input);
    if (!check.valid) {
      refuse(res, 400, 'BAD_USER_INPUT', input ? check.message : 'Falta el RUC (campo "ruc") para emitir la constancia.', { field: 'ruc', ...(input ? { rule: `RUC_${check.rule}` } : {}) });
      return;
    }
    const answer = await readDossier(deps, req.headers.authorization!, check.ruc, res);
    if (!answer) return;
    const issuedAt = new Date();
    const code = newVerificationCode();
    const office = officeClaim(verified.payload);
    const content = constanciaContent(check.ruc, answer, deps.apiSchema());
    // pdf-lib is loaded by the first constancia, not by every gateway at start (~3 MiB of heap, 170 modules).
    const { drawConstancia } = require('./constancia-pdf') as typeof import('./constancia-pdf');
    const pdf = await drawConstancia(content, { code, clerk: verified.identity.subject, office, issuedAt, verifyPath: `/constancia/verificar/${code}` });
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    try {
      await recordConstancia(deps.audit, { code, ruc: check.ruc, clerkSubject: verified.identity.subject, office, issuedAt, sha256 });
    } catch (error) {
      requestLog('gateway').error({ error: safeError(error) }, 'constancia no registrada: no se entregó');
      refuse(res, 503, 'SERVICE_UNAVAILABLE', 'No se pudo registrar la constancia: no se entrega sin registro. Reintente en unos segundos.');
      return;
    }
    res.set({
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="constancia-${check.ruc}-${stamp(issuedAt)}.pdf"`,
      'Cache-Control': 'no-store',
      'X-Constancia-Code': code,
    });
    res.send(Buffer.from(pdf));
  });

  app.get('/constancia/verificar/:code', perAddress(deps.addressLimiter), async (req, res) => {
    const code = normalizeCode(String(req.params.code));
    res.set('Cache-Control', 'no-store');
    if (!CODE_PATTERN.test(code)) {
      res.status(400).json({ valid: false, error: 'El código de verificación tiene la forma XXXX-XXXX-XXXX (letras y números).', code: 'BAD_USER_INPUT', field: 'code' });
      return;
    }
    const record = await findConstancia(deps.audit, code).catch(() => undefined);
    if (record === undefined) {
      res.status(503).json({ valid: false, error: 'No se pudo consultar el registro de constancias: reintente en unos segundos.', code: 'SERVICE_UNAVAILABLE' });
      return;
    }
    if (!record) {
      res.status(404).json({ valid: false, error: `No hay ninguna constancia emitida con el código ${code}.`, code: 'NOT_FOUND' });
      return;
    }
    res.json({ valid: true, ruc: record.ruc, issuedAt: record.issuedAt.toISOString(), office: record.office, sha256: record.sha256 });
  });
}
