import { generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { effectiveScopes, hasScope, type Identity } from '../../shared/auth/identity';
import { authenticate, type AuthConfig } from './authenticate';

// Scopes are parsed exactly: only known scopes are granted, and only `<service>:read:unmasked` implies
// anything (`<service>:read`).

let privateKey: KeyLike;
let config: AuthConfig;
beforeAll(async () => {
  const pair = await generateKeyPair('ES256');
  privateKey = pair.privateKey;
  config = { key: pair.publicKey, issuer: 'emisor', audience: 'llavero', trustedOperationsAgencies: [], development: true };
});

async function partnerWith(claims: { scope?: string; scp?: unknown[] }): Promise<Identity> {
  const token = await new SignJWT({ role: 'partner', agency: 'IESS', ...claims })
    .setProtectedHeader({ alg: 'ES256' })
    .setIssuer('emisor')
    .setAudience('llavero')
    .setSubject('agencia-iess')
    .setExpirationTime('1m')
    .sign(privateKey);
  return authenticate(`Bearer ${token}`, config);
}

describe('what a partner token’s scope claim grants', () => {
  test.each([
    ['sal:read', ['sal:read']],
    ['sal:read:unmasked', ['sal:read', 'sal:read:unmasked']],
    ['sal:write', ['sal:write']],
    ['sal:decide', ['sal:decide']],
    ['audit:read', ['audit:read']],
    ['sal:write:unmasked', []],
    ['sal:decide:unmasked', []],
    ['audit:read:unmasked', []],
    ['sal:read:unmasked:unmasked', []],
    ['SAL:READ', []],
    ['Sal:Read', []],
    ['sal:READ:unmasked', []],
    ['sal:read ', ['sal:read']], // a space separates scopes (RFC 6749 §3.3): the trailing one is a separator
    ['  sal:read   iess:read:unmasked ', ['iess:read', 'iess:read:unmasked', 'sal:read']],
    ['sal:read\tsut:read', []], // a tab does not separate: one unknown scope
    ['sal:read,sut:read', []],
    ['rrhh:read', []],
    ['rrhh:read:unmasked', []],
    ['sri:write', []],
    ['sal', []],
    ['sal:*', []],
    ['*', []],
    [':unmasked', []],
    ['read:unmasked', []],
    ['', []],
  ])('scope %j grants %j', async (claim, granted) => {
    expect((await partnerWith({ scope: claim })).scopes).toEqual(granted);
  });

  test('in an scp array each entry must be a known scope exactly', async () => {
    expect((await partnerWith({ scp: ['sal:read ', 'sut:read', 'iess:write:unmasked', 7, null, 'trainers:read:unmasked'] })).scopes).toEqual([
      'sut:read',
      'trainers:read',
      'trainers:read:unmasked',
    ]);
  });
});

describe('hasScope', () => {
  const holding = (...scopes: string[]): Identity => ({ subject: 's', role: 'partner', scopes, agency: 'IESS', trustedOperationsOnly: false, requestId: 'r' });

  test.each([
    [['sal:read:unmasked'], 'sal:read', true],
    [['sal:read:unmasked'], 'sal:read:unmasked', true],
    [['sal:read'], 'sal:read:unmasked', false],
    [['sal:write:unmasked'], 'sal:write', false], // even if such a scope reached a subgraph, it grants nothing
    [['sal:decide:unmasked'], 'sal:decide', false],
    [['sal:decide'], 'sal:write', false],
    [['sal:write'], 'sal:read', false],
    [['sut:read:unmasked'], 'sal:read', false],
    [['audit:read:unmasked'], 'audit:read', false],
  ])('%j holds %s: %s', (scopes, wanted, held) => {
    expect(hasScope(holding(...scopes), wanted)).toBe(held);
  });

  test('staff roles keep their scopes; a token cannot add unknown ones to them', () => {
    const clerk = effectiveScopes('front-office', ['admin', 'sal:write:unmasked']);
    expect(clerk).toContain('sal:read');
    expect(clerk).toContain('iess:read:unmasked');
    expect(clerk).not.toContain('admin');
    expect(clerk).not.toContain('sal:write:unmasked');
    expect(clerk.some(s => s.endsWith(':decide'))).toBe(false);
    expect(effectiveScopes('auditor', ['SAL:READ'])).toEqual(['audit:read']);
  });
});
