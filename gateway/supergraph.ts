import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository's schema/ folder (this file runs from dist/gateway/). */
export function schemaDir(): string {
  return resolve(__dirname, '../../schema');
}

/** The static supergraph written by `npm run compose` (never introspected at run time). */
export function loadSupergraphSdl(path = join(schemaDir(), 'supergraph.graphql')): string {
  if (!existsSync(path)) throw new Error(`No se encontró el supergrafo en ${path}: ejecute "npm run compose".`);
  return readFileSync(path, 'utf8');
}
