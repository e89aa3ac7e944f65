import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type JWK, type KeyLike } from 'jose';
import { processConfig } from '../../shared/config';

// The local development signing key: an ES256 key pair kept under LLAVERO_HOME, so `npm run token`
// (another process) signs tokens the running gateway accepts. Never used when AUTH_JWKS_URL is set.

export const DEV_ISSUER = 'llavero-dev';
export const DEV_AUDIENCE = 'llavero';

export interface DevKeys {
  kid: string;
  privateKey: KeyLike;
  publicKey: KeyLike;
}

export async function loadOrCreateDevKeys(home = processConfig().home): Promise<DevKeys> {
  const file = join(home, 'dev-jwt-key.json');
  if (!existsSync(file)) {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk: JWK = { ...(await exportJWK(privateKey)), kid: `dev-${Date.now().toString(36)}`, alg: 'ES256' };
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(jwk), { mode: 0o600, flag: 'wx' });
  }
  const jwk = JSON.parse(readFileSync(file, 'utf8')) as JWK;
  const { d: _d, ...publicJwk } = jwk;
  return {
    kid: jwk.kid!,
    privateKey: (await importJWK(jwk, 'ES256')) as KeyLike,
    publicKey: (await importJWK(publicJwk, 'ES256')) as KeyLike,
  };
}
