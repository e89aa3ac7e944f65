import { boundedText, MAX_STORED_TEXT } from './audit-values';

describe('bounded audit values', () => {
  test.each([
    ['short', 'PartnerCheck', 'PartnerCheck'],
    ['null', null, null],
    ['a NUL and an escape', 'a\u0000b\u001b', 'a\uFFFDb\uFFFD'],
  ])('%s is stored as it reads', (_label, value, stored) => {
    expect(boundedText(value)).toBe(stored);
  });

  test('any length is stored in at most MAX_STORED_TEXT characters, recognisable by its start and distinct by its digest', () => {
    for (const length of [127, 128, 129, 1_000, 8 * 1024 * 1024]) {
      const value = `Q${'x'.repeat(length - 1)}`;
      const stored = boundedText(value);
      expect(stored.length).toBeLessThanOrEqual(MAX_STORED_TEXT);
      expect(stored.startsWith('Qxxx')).toBe(true);
    }
    const a = boundedText('A'.repeat(500) + '1');
    const b = boundedText('A'.repeat(500) + '2');
    expect(a).not.toBe(b);
    expect(a).toMatch(/…#[0-9a-f]{16}$/);
  });
});
