import { timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { type Express, type RequestHandler, type Response } from 'express';
import type { LlaveroConfig } from '../shared/config';
import type { ErrorCode } from '../shared/errors';
import type { AuthConfig } from './auth/authenticate';
import { admitSignIn, settleSignIn, signInLimitsFrom, type SignInLimits } from './limits/sign-in-limits';

// /ventanilla and /tablero, built by Vite into dist/web, all assets local. /ventanilla signs in first:
// in development against VENTANILLA_USERS with the local key; in production the institutional identity
// provider issues the token, never the page.

const WEB_DIR = resolve(__dirname, '../web');

function users(setting: string): Map<string, string> {
  return new Map(
    setting
      .split(',')
      .map(pair => pair.trim().split(':'))
      .filter(([user, password]) => user && password)
      .map(([user, password]) => [user, password] as [string, string]),
  );
}

function same(a: string, b: string): boolean {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length === y.length && timingSafeEqual(x, y);
}

function refuse(res: Response, status: number, code: ErrorCode, error: string, extra: Record<string, string> = {}): void {
  res.status(status).json({ error, code, ...extra });
}

/** express.json whose refusals are a coded JSON error: never Express's default page, which shows a stack outside production. */
function jsonBody(limit: string): RequestHandler {
  const parse = express.json({ limit });
  return (req, res, next) =>
    parse(req, res, (error?: { type?: string }) => {
      if (!error) return next();
      if (error.type === 'entity.too.large') return refuse(res, 413, 'BAD_USER_INPUT', `La solicitud supera el tamaño máximo (${limit}).`, { field: 'body', reason: 'BODY_TOO_LARGE' });
      refuse(res, 400, 'BAD_USER_INPUT', 'El cuerpo de la solicitud no es JSON válido.', { field: 'body', reason: 'BODY_MALFORMED' });
    });
}

export function mountWebPages(app: Express, auth: AuthConfig, config: Readonly<LlaveroConfig>, signIn: SignInLimits = signInLimitsFrom(config)): void {
  const page = (file: string) => (_req: express.Request, res: express.Response) => {
    const path = join(WEB_DIR, file);
    if (!existsSync(path)) {
      res.status(503).type('text').send('Las páginas web no están construidas: ejecute "npm run build".');
      return;
    }
    res.sendFile(path);
  };
  app.use('/web', express.static(WEB_DIR, { index: false, maxAge: '1h' }));
  app.get('/ventanilla', page('ventanilla.html'));
  app.get('/tablero', page('tablero.html'));
  app.post('/auth/ventanilla', jsonBody('4kb'), async (req, res) => {
    if (!auth.issueFrontOfficeToken) {
      refuse(res, 404, 'NOT_FOUND', 'Ingrese con el proveedor de identidad institucional: esta pasarela no emite tokens.');
      return;
    }
    const user = typeof req.body?.user === 'string' ? req.body.user.trim() : '';
    const password = typeof req.body?.password === 'string' ? req.body.password : '';
    const refusal = await admitSignIn(signIn, req.ip ?? '', user);
    if (refusal) {
      res.setHeader('Retry-After', String(refusal.retryAfterSeconds));
      refuse(res, 429, 'FORBIDDEN', refusal.message, { reason: 'RATE_LIMITED' });
      return;
    }
    const expected = users(config.gateway.ventanillaUsers).get(user);
    const succeeded = !!expected && same(password, expected);
    await settleSignIn(signIn, user, succeeded);
    if (!succeeded) {
      refuse(res, 401, 'UNAUTHENTICATED', 'Usuario o contraseña incorrectos.');
      return;
    }
    res.json({ token: await auth.issueFrontOfficeToken(`ventanilla:${user}`) });
  });
}
