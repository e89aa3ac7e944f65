// Builds the web pages with Vite when they are missing or older than their sources (npm start / npm test),
// then writes a Brotli (.br) and a gzip (.gz) copy beside each text file, which the gateway serves to
// browsers that accept them (node:zlib: no dependency, and the best levels cost nothing at build time).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import './enum-labels.mjs'; // the Spanish enum labels first: the pages bundle them
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const outDir = join(root, 'dist/web');
const output = join(outDir, 'ventanilla.html');
const COMPRESSIBLE = new Set(['.js', '.css', '.html', '.svg', '.json', '.map', '.txt']);

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** A .br and a .gz beside each text file, kept only when smaller than the file itself. */
function compress(dir) {
  for (const file of files(dir).filter(path => COMPRESSIBLE.has(extname(path)))) {
    const content = readFileSync(file);
    const br = brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } });
    const gz = gzipSync(content, { level: 9 });
    if (br.length < content.length) writeFileSync(`${file}.br`, br);
    if (gz.length < content.length) writeFileSync(`${file}.gz`, gz);
  }
}

const sources = Math.max(newest(join(root, 'web')), newest(join(root, 'shared/identifiers')), statSync(fileURLToPath(import.meta.url)).mtimeMs);
if (!existsSync(output) || !existsSync(`${output}.br`) || statSync(output).mtimeMs < sources || process.argv.includes('--force')) {
  const { build } = await import('vite');
  await build({ configFile: join(root, 'web/vite.config.mjs') });
  compress(outDir);
  console.log('Páginas web construidas en dist/web/ (con copias .br y .gz).');
}
