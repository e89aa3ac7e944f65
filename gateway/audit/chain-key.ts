import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadConfig, type LlaveroConfig } from '../../shared/config';

// The audit chain is an HMAC chain keyed outside the database: whoever can write the table cannot
// recompute the hashes after changing a row. In production the key comes from AUDIT_CHAIN_KEY (kept
// by whoever runs `npm run audit:verify`); in development it is generated once under LLAVERO_HOME.

export function auditChainKeyFromEnv(config: Readonly<LlaveroConfig> = loadConfig()): string {
  const configured = config.audit.chainKey;
  if (configured) {
    if (config.production && configured.length < 32) throw new Error('En producción AUDIT_CHAIN_KEY debe tener al menos 32 caracteres.');
    return configured;
  }
  if (config.production) throw new Error('Falta AUDIT_CHAIN_KEY: en producción la clave de la cadena de auditoría no puede ser la de desarrollo.');
  const file = join(config.home, 'audit-chain.key');
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  return readFileSync(file, 'utf8').trim();
}
