import { readFileSync } from 'node:fs';
import * as pkijs from 'pkijs';
import { loadConfig } from '../config';

// The certification authorities whose electronic signatures Llavero trusts (Banco Central, Security Data,
// ANF …): SIGNATURE_TRUSTED_ROOTS names PEM files, comma-separated; a file may hold several certificates.

let loaded: { setting: string; roots: pkijs.Certificate[] } | undefined;

/** The configured root certificates ([] when none); read again only when the setting changes. */
export function trustedSignatureRoots(setting = loadConfig().documents.signatureTrustedRoots ?? ''): pkijs.Certificate[] {
  if (loaded?.setting !== setting) loaded = { setting, roots: readRoots(setting) };
  return loaded.roots;
}

function readRoots(setting: string): pkijs.Certificate[] {
  const files = setting.split(',').map(path => path.trim()).filter(Boolean);
  return files.flatMap(file => {
    let pem: string;
    try {
      pem = readFileSync(file, 'utf8');
    } catch (error) {
      throw new Error(`SIGNATURE_TRUSTED_ROOTS: no se puede leer ${file} (${(error as Error).message}).`);
    }
    const blocks = [...pem.matchAll(/-----BEGIN CERTIFICATE-----([^-]+)-----END CERTIFICATE-----/g)];
    if (!blocks.length) throw new Error(`SIGNATURE_TRUSTED_ROOTS: ${file} no contiene certificados en formato PEM.`);
    return blocks.map(([, base64], i) => {
      try {
        return pkijs.Certificate.fromBER(new Uint8Array(Buffer.from(base64.replace(/\s/g, ''), 'base64')));
      } catch {
        throw new Error(`SIGNATURE_TRUSTED_ROOTS: el certificado n.º ${i + 1} de ${file} no es un certificado X.509 legible.`);
      }
    });
  });
}
