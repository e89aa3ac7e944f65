import { timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { type Express } from 'express';
import { envString } from '../shared/env';
import type { AuthConfig } from './auth/authenticate';
import type { RateLimiter } from './limits/rate-limiter';

// /ventanilla and /tablero, built by Vite into dist/web, all assets local. /ventanilla signs in first:
// in development against VENTANILLA_USERS with the local key; in production the institutional identity
// provider issues the token, never the page.

const WEB_DIR = resolve(__dirname, '../web');

function users(): Map<string, string> {
  const setting = envString('VENTANILLA_USERS', 'ventanilla:llavero-demo') ?? '';
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

export function mountWebPages(app: Express, auth: AuthConfig, limiter: RateLimiter): void {
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
  app.post('/auth/ventanilla', express.json({ limit: '4kb' }), async (req, res) => {
    const verdict = await limiter.hit(`login:${req.ip}`);
    if (!verdict.allowed) {
      res.status(429).json({ error: `Demasiados intentos: espere ${verdict.retryAfterSeconds} s.` });
      return;
    }
    if (!auth.issueFrontOfficeToken) {
      res.status(404).json({ error: 'Ingrese con el proveedor de identidad institucional: esta pasarela no emite tokens.' });
      return;
    }
    const user = typeof req.body?.user === 'string' ? req.body.user.trim() : '';
    const password = typeof req.body?.password === 'string' ? req.body.password : '';
    const expected = users().get(user);
    if (!expected || !same(password, expected)) {
      res.status(401).json({ error: 'Usuario o contraseña incorrectos.' });
      return;
    }
    res.json({ token: await auth.issueFrontOfficeToken(`ventanilla:${user}`) });
  });
}
