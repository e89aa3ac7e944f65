// Builds the web pages with Vite when they are missing or older than their sources (npm start / npm test).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import './enum-labels.mjs'; // the Spanish enum labels first: the pages bundle them

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const output = join(root, 'dist/web/ventanilla.html');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const sources = Math.max(newest(join(root, 'web')), newest(join(root, 'shared/identifiers')));
if (!existsSync(output) || statSync(output).mtimeMs < sources || process.argv.includes('--force')) {
  const { build } = await import('vite');
  await build({ configFile: join(root, 'web/vite.config.mjs') });
  console.log('Páginas web construidas en dist/web/.');
}
