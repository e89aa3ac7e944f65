import { generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { verifyBearer, type AuthConfig } from './authenticate';

// A verified token is not verified again for up to a minute, but never past its expiry; a withdrawn
// key stops counting within that minute; a token never verified is always checked.

async function keys() {
  return generateKeyPair('ES256');
}

const sign = (privateKey: KeyLike, expiresAt: number, subject = 'ventanilla-1') =>
  new SignJWT({ role: 'front-office', scope: '' }).setProtectedHeader({ alg: 'ES256' }).setIssuer('idp').setAudience('llavero').setSubject(subject).setIssuedAt().setExpirationTime(Math.floor(expiresAt / 1000)).sign(privateKey);

describe('verified tokens', () => {
  const start = new Date('2026-12-07T15:00:00Z').getTime();
  beforeEach(() => jest.useFakeTimers({ now: start, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] }));
  afterEach(() => jest.useRealTimers());

  test('a token expired since it was verified is refused', async () => {
    const { privateKey, publicKey } = await keys();
    const config: AuthConfig = { key: publicKey, issuer: 'idp', audience: 'llavero', trustedOperationsAgencies: [], development: false };
    const token = await sign(privateKey, start + 5_000);
    expect((await verifyBearer(`Bearer ${token}`, config))!.identity.subject).toBe('ventanilla-1');
    jest.setSystemTime(start + 4_000);
    expect((await verifyBearer(`Bearer ${token}`, config))!.identity.subject).toBe('ventanilla-1');
    jest.setSystemTime(start + 5_000);
    await expect(verifyBearer(`Bearer ${token}`, config)).rejects.toThrow(/venció/);
  });

  test('a key withdrawn stops counting within a minute; another token is checked at once', async () => {
    const old = await keys();
    const next = await keys();
    const config: AuthConfig = { key: old.publicKey, issuer: 'idp', audience: 'llavero', trustedOperationsAgencies: [], development: false };
    const token = await sign(old.privateKey, start + 8 * 3600_000);
    await verifyBearer(`Bearer ${token}`, config);
    config.key = next.publicKey; // the identity provider rotated its key
    await expect(verifyBearer(`Bearer ${await sign(old.privateKey, start + 3600_000, 'otro')}`, config)).rejects.toThrow(/firma/);
    jest.setSystemTime(start + 59_000);
    expect((await verifyBearer(`Bearer ${token}`, config))!.identity.subject).toBe('ventanilla-1');
    jest.setSystemTime(start + 60_000);
    await expect(verifyBearer(`Bearer ${token}`, config)).rejects.toThrow(/firma/);
  });

  test('each request still gets its own identity and request id', async () => {
    const { privateKey, publicKey } = await keys();
    const config: AuthConfig = { key: publicKey, issuer: 'idp', audience: 'llavero', trustedOperationsAgencies: [], development: false };
    const token = await sign(privateKey, start + 3600_000);
    const [a, b] = [await verifyBearer(`Bearer ${token}`, config, 'req-a'), await verifyBearer(`Bearer ${token}`, config, 'req-b')];
    expect([a!.identity.requestId, b!.identity.requestId]).toEqual(['req-a', 'req-b']);
    expect(a!.identity).not.toBe(b!.identity);
  });
});

describe('one signed token, one text', () => {
  test('padded or +/ spellings of a valid token are refused, not verified and cached as other tokens', async () => {
    const { privateKey, publicKey } = await keys();
    const config: AuthConfig = { key: publicKey, issuer: 'idp', audience: 'llavero', trustedOperationsAgencies: [], development: false };
    const token = await sign(privateKey, Date.now() + 3600_000);
    expect((await verifyBearer(`Bearer ${token}`, config))!.identity.subject).toBe('ventanilla-1');
    // The signature's last character carries unused bits: its other spellings decode to the same bytes.
    const last = token.at(-1)!;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const sameBytes = [...alphabet].filter(c => c !== last && Buffer.from(token.split('.')[2].slice(0, -1) + c, 'base64url').equals(Buffer.from(token.split('.')[2], 'base64url')));
    expect(sameBytes.length).toBeGreaterThan(0);
    const variants = [`${token}=`, `${token}${'='.repeat(200)}`, `${token}=A`, token.replace(/-/g, '+').replace(/_/g, '/'), `${token}.extra`, ...sameBytes.map(c => token.slice(0, -1) + c)];
    for (const variant of variants.filter(v => v !== token)) {
      await expect(verifyBearer(`Bearer ${variant}`, config)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    }
  });
});
