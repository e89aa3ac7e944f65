import { encodeIdentity, newNonce, NonceRegistry, signRequest, SIGNATURE_MAX_AGE_MS, SIGNATURE_MAX_SKEW_MS, verifyRequest } from './gateway-signature';
import { anonymousIdentity } from './identity';

const SECRET = 'secreto-de-prueba-de-al-menos-32-caracteres';
const BODY = '{"query":"{ __typename }"}';

describe('replay protection at every edge of the signature window', () => {
  // Signed at every offset the subgraph accepts (from the future within the skew, to exactly the max age),
  // replayed at every later instant the timestamp is still acceptable: never accepted twice.
  const offsets = [SIGNATURE_MAX_SKEW_MS, SIGNATURE_MAX_SKEW_MS - 1, 1, 0, -1, -SIGNATURE_MAX_AGE_MS / 2, -SIGNATURE_MAX_AGE_MS];
  test.each(offsets)('a request signed %i ms from the subgraph clock is accepted once, never replayed', async offset => {
    const t0 = 1_800_000_000_000;
    const signedAt = t0 + offset;
    const nonces = new NonceRegistry();
    const headers = signRequest(SECRET, { service: 'sal' }, encodeIdentity(anonymousIdentity('r')), BODY, signedAt);
    const check = (now: number) => verifyRequest(SECRET, { service: 'sal', method: 'POST' }, headers, Buffer.from(BODY), nonces, now);
    expect((await check(t0)).valid).toBe(true);
    for (const replayAt of [t0 + 1, signedAt + SIGNATURE_MAX_AGE_MS - 1, signedAt + SIGNATURE_MAX_AGE_MS, signedAt + SIGNATURE_MAX_AGE_MS + 1, t0 + 2 * SIGNATURE_MAX_AGE_MS]) {
      if (replayAt < t0) continue;
      expect(await check(replayAt)).toMatchObject({ valid: false });
    }
  });

  test('other nonces are forgotten once their timestamps can no longer pass (memory stays bounded)', () => {
    const nonces = new NonceRegistry();
    for (let i = 0; i < 1000; i++) nonces.useOnce(`n${i}`, 1000 + i, 1000 + i);
    expect(nonces.useOnce('late', 1000 + 999 + SIGNATURE_MAX_AGE_MS + 1)).toBe(true);
    expect((nonces as unknown as { seen: Map<string, number> }).seen.size).toBe(1);
  });
});

describe('rotating the signing secret', () => {
  const [oldSecret, newSecret, stranger] = ['secreto-anterior-de-al-menos-32-caracteres', 'secreto-nuevo-de-al-menos-32-caracteres-xx', 'secreto-ajeno-de-al-menos-32-caracteres-xxx'];
  const body = '{"query":"{ __typename }"}';
  const verify = (signedWith: string, accepted: string | string[]) =>
    verifyRequest(accepted, { service: 'sut', method: 'POST' }, signRequest(signedWith, { service: 'sut' }, encodeIdentity(anonymousIdentity('r')), body), Buffer.from(body), new NonceRegistry());

  test('during the rotation a subgraph accepts the new secret and the previous one, nothing else', async () => {
    expect(await verify(newSecret, [newSecret, oldSecret])).toMatchObject({ valid: true });
    expect(await verify(oldSecret, [newSecret, oldSecret])).toMatchObject({ valid: true });
    expect(await verify(stranger, [newSecret, oldSecret])).toEqual({ valid: false, reason: 'la firma de la pasarela no es válida' });
  });

  test('once the previous secret is removed, a gateway still signing with it is refused', async () => {
    expect(await verify(oldSecret, newSecret)).toEqual({ valid: false, reason: 'la firma de la pasarela no es válida' });
  });
});

describe('nonces, cut from a pool of random bytes', () => {
  test('10 000 in a row (many pool refills): all distinct, 128 bits each in base64url', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      const nonce = newNonce();
      expect(nonce).toMatch(/^[A-Za-z0-9_-]{22}$/);
      seen.add(nonce);
    }
    expect(seen.size).toBe(10_000);
  });

  test('no two signed requests share a nonce', () => {
    const nonces = Array.from({ length: 600 }, () => signRequest(SECRET, { service: 'sal' }, 'e30', BODY)['x-llavero-nonce']);
    expect(new Set(nonces).size).toBe(600);
  });
});

describe('a signed identity must be one', () => {
  // Only the gateway can sign, but what it signs is still checked: a subgraph never runs with a broken identity.
  test.each([
    ['null', 'null'],
    ['a string', '"ventanilla"'],
    ['an object without requestId', JSON.stringify({ subject: 'a', role: 'front-office', scopes: [] })],
    ['scopes that are not a list', JSON.stringify({ subject: 'a', role: 'front-office', scopes: 'sal:read', requestId: 'x' })],
  ])('%s is refused', async (_label, json) => {
    const identity = Buffer.from(json).toString('base64url');
    const headers = signRequest(SECRET, { service: 'sal' }, identity, BODY);
    const check = await verifyRequest(SECRET, { service: 'sal', method: 'POST' }, headers, Buffer.from(BODY), new NonceRegistry());
    expect(check).toEqual({ valid: false, reason: 'la identidad firmada no tiene la forma esperada' });
  });

  test('a whole identity passes', async () => {
    const headers = signRequest(SECRET, { service: 'sal' }, encodeIdentity(anonymousIdentity('rid-1')), BODY);
    expect(await verifyRequest(SECRET, { service: 'sal', method: 'POST' }, headers, Buffer.from(BODY), new NonceRegistry())).toMatchObject({ valid: true, identity: { requestId: 'rid-1' } });
  });
});
