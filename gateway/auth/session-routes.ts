import type { Express, Request, Response } from 'express';
import type { JWTPayload } from 'jose';
import type { LlaveroConfig } from '../../shared/config';
import { refuse, jsonBody, perAddress, refuseUnchecked } from '../web/json-http';
import type { RateLimiter } from '../limits/rate-limiter';
import { admitSignIn, settleSignIn, signInLimitsFrom, type SignInLimits } from '../limits/sign-in-limits';
import { verifyBearer, type AuthConfig, type VerifiedToken } from './authenticate';
import { revocationKey } from './revocations';
import { checkPassword, parseVentanillaUsers } from './ventanilla-users';

// The window clerk's session: sign-in (development only: VENTANILLA_USERS and the local key), who is
// signed in (GET /auth/sesion, for the page's header and idle timer), and sign-out, which closes the
// token everywhere (POST /auth/salir) until it would have expired.

/** What GET /auth/sesion answers (web/src/ventanilla/contract.ts reads it as `Clerk`). */
export interface SessionView {
  subject: string;
  user: string;
  office: string | null;
  role: string;
  expiresAt: string;
  idleSeconds: number;
}

const CONTROL = /[\u0000-\u001F\u007F]/;

/** The token's office claim when it is sane text, else null. */
export function officeClaim(payload: JWTPayload): string | null {
  const office = typeof payload.office === 'string' ? payload.office.trim() : '';
  return office && office.length <= 128 && !CONTROL.test(office) ? office : null;
}

export function sessionView(verified: VerifiedToken, idleSeconds: number): SessionView {
  const subject = verified.identity.subject;
  return {
    subject,
    user: subject.startsWith('ventanilla:') ? subject.slice('ventanilla:'.length) : subject,
    office: officeClaim(verified.payload),
    role: verified.identity.role,
    expiresAt: new Date((verified.payload.exp ?? 0) * 1000).toISOString(),
    idleSeconds,
  };
}

/** The verified bearer token, or a 401 `{ error, code: 'UNAUTHENTICATED' }` already sent (null). */
export async function requireBearer(req: Request, res: Response, auth: AuthConfig): Promise<VerifiedToken | null> {
  try {
    const verified = await verifyBearer(req.headers.authorization, auth);
    if (verified) return verified;
    refuse(res, 401, 'UNAUTHENTICATED', 'Falta el token de acceso: ingrese primero (encabezado Authorization "Bearer <token>").');
  } catch (error) {
    const { message, extensions } = error as { message: string; extensions?: { reason?: string; code?: string } };
    const [status, code] = extensions?.code === 'SERVICE_UNAVAILABLE' ? ([503, 'SERVICE_UNAVAILABLE'] as const) : ([401, 'UNAUTHENTICATED'] as const);
    refuse(res, status, code, message, extensions?.reason ? { reason: extensions.reason } : {});
  }
  return null;
}

export function mountSessionRoutes(app: Express, auth: AuthConfig, config: Readonly<LlaveroConfig>, addressLimiter: RateLimiter, signIn: SignInLimits = signInLimitsFrom(config)): void {
  // Read only where the gateway issues tokens (development): in production VENTANILLA_USERS is ignored.
  const accounts = auth.issueFrontOfficeToken ? parseVentanillaUsers(config.gateway.ventanillaUsers) : new Map();
  const idleSeconds = config.gateway.ventanillaIdleSeconds;

  app.post('/auth/ventanilla', jsonBody('4kb'), async (req, res) => {
    if (!auth.issueFrontOfficeToken) {
      refuse(res, 404, 'NOT_FOUND', 'Ingrese con el proveedor de identidad institucional: esta pasarela no emite tokens.');
      return;
    }
    const user = typeof req.body?.user === 'string' ? req.body.user.trim() : '';
    const password = typeof req.body?.password === 'string' ? req.body.password : '';
    let refusal: Awaited<ReturnType<typeof admitSignIn>>;
    try {
      refusal = await admitSignIn(signIn, req.ip ?? '', user);
    } catch {
      // Attempts that cannot be counted are not allowed: password guessing stays limited while Redis is away.
      return refuseUnchecked(res);
    }
    if (refusal) {
      res.setHeader('Retry-After', String(refusal.retryAfterSeconds));
      refuse(res, 429, 'FORBIDDEN', refusal.message, { reason: 'RATE_LIMITED' });
      return;
    }
    const account = checkPassword(accounts, user, password);
    await settleSignIn(signIn, user, !!account);
    if (!account) {
      refuse(res, 401, 'UNAUTHENTICATED', 'Usuario o contraseña incorrectos.');
      return;
    }
    const token = await auth.issueFrontOfficeToken(`ventanilla:${user}`, { role: account.role, office: account.office });
    res.set('Cache-Control', 'no-store').json({ token });
  });

  app.get('/auth/sesion', perAddress(addressLimiter), async (req, res) => {
    const verified = await requireBearer(req, res, auth);
    if (verified) res.set('Cache-Control', 'no-store').json(sessionView(verified, idleSeconds));
  });

  app.post('/auth/salir', perAddress(addressLimiter), async (req, res) => {
    // A second "Cerrar sesión" with the same token is still a success: the session is closed either way.
    const verified = await requireBearer(req, res, { ...auth, revocations: undefined });
    if (!verified) return;
    try {
      await auth.revocations?.revoke(revocationKey(verified.token, verified.payload), (verified.payload.exp ?? 0) * 1000);
    } catch {
      refuse(res, 503, 'SERVICE_UNAVAILABLE', 'No se pudo cerrar la sesión (el almacén de sesiones no respondió): reintente.');
      return;
    }
    res.set('Cache-Control', 'no-store').status(204).end();
  });
}
