import { MemoryIdempotencyStore } from './idempotency-store';

describe('idempotency keys in memory (a single gateway)', () => {
  test('claim, replay, release, expiry', async () => {
    let now = 0;
    const store = new MemoryIdempotencyStore(10, () => now);
    expect(await store.claim('k', 'f', 1_000)).toBeNull();
    expect(await store.claim('k', 'f', 1_000)).toEqual({ state: 'pending', fingerprint: 'f' });
    await store.complete('k', { state: 'done', fingerprint: 'f', status: 200, body: '{}' }, 5_000);
    now = 4_999;
    expect(await store.claim('k', 'f', 1_000)).toMatchObject({ state: 'done', body: '{}' });
    now = 5_000;
    expect(await store.claim('k', 'f', 1_000)).toBeNull();
    await store.release('k');
    expect(await store.claim('k', 'f', 1_000)).toBeNull();
  });

  test('bounded (here 100 keys; 10 000 by default): the oldest forgotten first', async () => {
    const store = new MemoryIdempotencyStore(100, () => 0);
    for (let i = 0; i < 1_000; i++) await store.claim(`k${i}`, 'f', 60_000);
    expect(await store.claim('k999', 'f', 60_000)).not.toBeNull();
    expect(await store.claim('k0', 'f', 60_000)).toBeNull();
  });
});
