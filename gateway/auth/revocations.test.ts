import { MemoryRevocations, revocationKey } from './revocations';

describe('closed sessions in memory', () => {
  test('a token is refused until it would have expired, then forgotten', async () => {
    let now = 1_000_000;
    const store = new MemoryRevocations(10, () => now);
    await store.revoke('a', now + 60_000);
    expect(await store.isRevoked('a')).toBe(true);
    expect(await store.isRevoked('b')).toBe(false);
    now += 60_000;
    expect(await store.isRevoked('a')).toBe(false);
    expect(store.size).toBe(0);
  });

  test('bounded: expired entries go first, then the one closest to expiring; an expired token is not even kept', async () => {
    let now = 0;
    const store = new MemoryRevocations(3, () => now);
    await store.revoke('old', 10);
    await store.revoke('soon', 1_000);
    await store.revoke('late', 9_000);
    now = 20; // "old" has expired
    await store.revoke('new', 5_000);
    expect(store.size).toBe(3);
    await store.revoke('newer', 6_000); // full of live ones: "soon" goes
    expect(await store.isRevoked('soon')).toBe(false);
    expect(await Promise.all(['late', 'new', 'newer'].map(k => store.isRevoked(k)))).toEqual([true, true, true]);
    await store.revoke('already-expired', 5);
    expect(store.size).toBe(3);
  });

  test('named by issuer and jti, or by the token itself without jti', () => {
    expect(revocationKey('t1', { iss: 'x', jti: 'j' })).toBe(revocationKey('t2', { iss: 'x', jti: 'j' }));
    expect(revocationKey('t1', { iss: 'x', jti: 'j' })).not.toBe(revocationKey('t1', { iss: 'y', jti: 'j' }));
    expect(revocationKey('t1', {})).not.toBe(revocationKey('t2', {}));
    expect(revocationKey('t1', {})).toMatch(/^tok:[0-9a-f]{64}$/);
  });
});
