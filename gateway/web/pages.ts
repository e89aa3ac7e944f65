import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { Express, Request, RequestHandler, Response } from 'express';

// /ventanilla and /tablero, built by Vite into dist/web with every asset local (no CDN: they work
// without internet). Vite names assets by their content's hash, so they are cached for a year as
// immutable; scripts/build-web.mjs writes a .br and a .gz beside each, served when the browser accepts
// them. The pages themselves are revalidated on every visit (no-cache) and allow only 'self'.

const WEB_DIR = resolve(__dirname, '../../web');

/** Only this origin's scripts, styles, images and connections; no plugin, no framing, no inline code. */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** The file under dist/web to send for `relative`, precompressed when the request allows it. */
function sendBuilt(req: Request, res: Response, relative: string, cacheControl: string, extraHeaders: Record<string, string> = {}): void {
  const path = normalize(relative).replace(/^([/\\])+/, '');
  if (path.startsWith('..') || path.split(/[/\\]/).some(part => part.startsWith('.'))) {
    res.status(404).type('text').send('No encontrado.');
    return;
  }
  const file = join(WEB_DIR, path);
  if (!existsSync(file)) {
    res.status(404).type('text').send('No encontrado.');
    return;
  }
  res.vary('Accept-Encoding');
  const accepted = ENCODINGS.filter(e => existsSync(file + e.suffix)).map(e => e.name);
  const chosen = accepted.length > 0 ? req.acceptsEncodings([...accepted, 'identity']) : false;
  const encoding = ENCODINGS.find(e => e.name === chosen);
  const type = TYPES[extname(file)];
  res.set({ 'Cache-Control': cacheControl, 'X-Content-Type-Options': 'nosniff', ...extraHeaders });
  if (type) res.type(type);
  if (encoding) res.set('Content-Encoding', encoding.name);
  res.sendFile(encoding ? file + encoding.suffix : file, { cacheControl: false, dotfiles: 'deny' }, error => {
    if (error && !res.headersSent) res.status(404).type('text').send('No encontrado.');
  });
}

const PAGE_HEADERS = { 'Content-Security-Policy': PAGE_CSP, 'Referrer-Policy': 'same-origin', 'X-Frame-Options': 'DENY' };

const page = (file: string): RequestHandler => (req, res) => {
  if (!existsSync(join(WEB_DIR, file))) {
    res.status(503).type('text').send('Las páginas web no están construidas: ejecute "npm run build".');
    return;
  }
  sendBuilt(req, res, file, 'no-cache', PAGE_HEADERS);
};

export function mountWebPages(app: Express): void {
  app.get('/web/{*path}', (req, res) => {
    const relative = (req.params as { path?: string[] }).path?.join('/') ?? '';
    // Vite's assets carry their content's hash in the name: the same URL never changes.
    const hashed = /^assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(relative);
    sendBuilt(req, res, relative, hashed ? 'public, max-age=31536000, immutable' : 'no-cache', relative.endsWith('.html') ? PAGE_HEADERS : {});
  });
  // No icon of its own: an empty answer rather than a 404 in every page's console.
  app.get('/favicon.ico', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=86400').status(204).end();
  });
  app.get('/ventanilla', page('ventanilla.html'));
  app.get('/tablero', page('tablero.html'));
}
