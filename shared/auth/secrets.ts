import { randomBytes } from 'node:crypto';
import { loadConfig, type LlaveroConfig } from '../config';

// The secret only the gateway and the subgraphs share, to sign the identity the gateway forwards.

const DEV_PREFIX = 'dev-';

/** For `npm start` and tests: a fresh secret per run, marked as a development one. */
export function newDevelopmentSigningSecret(): string {
  return `${DEV_PREFIX}${randomBytes(32).toString('base64url')}`;
}

export function signingSecretFromEnv(config: Readonly<LlaveroConfig> = loadConfig()): string {
  const secret = config.auth.signingSecret;
  if (!secret) {
    throw new Error('Falta GATEWAY_SIGNING_SECRET: la pasarela y los subgrafos deben compartirlo ("npm start" genera uno de desarrollo).');
  }
  if (config.production && (secret.startsWith(DEV_PREFIX) || secret.length < 32)) {
    throw new Error('En producción GATEWAY_SIGNING_SECRET debe ser un secreto propio de al menos 32 caracteres, no uno de desarrollo.');
  }
  return secret;
}
