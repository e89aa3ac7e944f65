import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { jwtVerify } from 'jose';
import { signingSecretFromEnv } from '../../shared/auth/secrets';
import { NonceRegistry, SIGNATURE_MAX_AGE_MS } from '../../shared/auth/gateway-signature';
import { auditChainKeyFromEnv } from '../audit/chain-key';
import { authConfigFromEnv } from './authenticate';
import { DEV_AUDIENCE, DEV_ISSUER, loadOrCreateDevKeys } from './dev-keys';

const ROOT = resolve(__dirname, '../../..');

function withEnv<T>(vars: Record<string, string | undefined>, fn: () => T): T {
  const saved = Object.fromEntries(Object.keys(vars).map(k => [k, process.env[k]]));
  Object.assign(process.env, vars);
  for (const [k, v] of Object.entries(vars)) if (v === undefined) delete process.env[k];
  try {
    return fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
}

describe('production refuses development keys', () => {
  test('the gateway will not verify tokens with the local key in production', async () => {
    await expect(withEnv({ NODE_ENV: 'production', AUTH_JWKS_URL: undefined }, () => authConfigFromEnv())).rejects.toThrow(/AUTH_JWKS_URL/);
  });
  test('a JWKS URL needs issuer and audience', async () => {
    await expect(withEnv({ AUTH_JWKS_URL: 'https://idp.example/jwks', AUTH_ISSUER: undefined, AUTH_AUDIENCE: undefined }, () => authConfigFromEnv())).rejects.toThrow(/AUTH_ISSUER/);
  });
  test('the audit chain key must be configured in production', () => {
    expect(() => withEnv({ NODE_ENV: 'production', AUDIT_CHAIN_KEY: undefined }, auditChainKeyFromEnv)).toThrow(/AUDIT_CHAIN_KEY/);
    expect(() => withEnv({ NODE_ENV: 'production', AUDIT_CHAIN_KEY: 'corta' }, auditChainKeyFromEnv)).toThrow(/32 caracteres/);
  });

  test('the signing secret must be real in production', () => {
    expect(() => withEnv({ NODE_ENV: 'production', GATEWAY_SIGNING_SECRET: 'dev-abc' }, signingSecretFromEnv)).toThrow(/producción/);
    expect(() => withEnv({ NODE_ENV: 'production', GATEWAY_SIGNING_SECRET: 'corto' }, signingSecretFromEnv)).toThrow(/32 caracteres/);
    expect(() => withEnv({ GATEWAY_SIGNING_SECRET: undefined }, signingSecretFromEnv)).toThrow(/GATEWAY_SIGNING_SECRET/);
    expect(withEnv({ NODE_ENV: 'production', GATEWAY_SIGNING_SECRET: 'x'.repeat(40) }, signingSecretFromEnv)).toBe('x'.repeat(40));
  });
});

describe('npm run token', () => {
  let home: string;
  beforeAll(() => {
    home = mkdtempSync(join(tmpdir(), 'llavero-token-'));
    chmodSync(home, 0o755);
  });
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  const token = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [join(ROOT, 'dist/scripts/token.js'), ...args], { env: { ...process.env, LLAVERO_HOME: home, ...env }, encoding: 'utf8' });

  test('prints, as its last line, a token the gateway’s development key verifies', async () => {
    const run = token(['--role', 'partner', '--scope', 'sal:read', '--scope', 'iess:read', '--agency', 'IESS']);
    expect(run.status).toBe(0);
    const jwt = run.stdout.trim().split('\n').pop()!;
    const { payload } = await jwtVerify(jwt, (await loadOrCreateDevKeys(home)).publicKey, { issuer: DEV_ISSUER, audience: DEV_AUDIENCE });
    expect(payload).toMatchObject({ role: 'partner', scope: 'sal:read iess:read', agency: 'IESS', sub: 'agencia:IESS' });
  });

  test.each([
    [['--role', 'jefe'], /Rol inválido/],
    [['--role', 'partner', '--scope', 'sal:read'], /--agency/],
    [['--role', 'partner', '--agency', 'SRI', '--scope', 'todo:read'], /Alcance desconocido/],
  ])('refuses %j', (args, message) => {
    const run = token(args);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
  });

  test('is refused when the production JWKS is configured', () => {
    const run = token(['--role', 'front-office'], { AUTH_JWKS_URL: 'https://idp.example/jwks' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/proveedor de identidad de producción/);
  });
});

describe('nonce registry', () => {
  test('a nonce is accepted once, and forgotten after the signature window', () => {
    const nonces = new NonceRegistry();
    expect(nonces.useOnce('a', 1000)).toBe(true);
    expect(nonces.useOnce('a', 2000)).toBe(false);
    expect(nonces.useOnce('b', 2000)).toBe(true);
    expect(nonces.useOnce('a', 1000 + SIGNATURE_MAX_AGE_MS + 1)).toBe(true);
  });
});
