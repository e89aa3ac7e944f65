import { megabytes, sizeOverLimit } from './file-size';

describe('file sizes for clerks', () => {
  test.each([
    [2.5 * 1024 * 1024, 1024 * 1024, 'pesa 2,50 MB: el máximo es 1,00 MB'],
    [1024 * 1024 + 1, 1024 * 1024, 'pesa 1\u00a0048\u00a0577 bytes: el máximo es 1\u00a0048\u00a0576 bytes (1,00 MB)'],
    [1024 * 1024 + 3000, 1024 * 1024, 'pesa 1\u00a0051\u00a0576 bytes: el máximo es 1\u00a0048\u00a0576 bytes (1,00 MB)'],
  ])('%d bytes over %d', (bytes, limit, text) => {
    expect(sizeOverLimit(bytes, limit)).toBe(text);
  });

  test('the two sizes are never shown equal when they differ', () => {
    for (let extra = 1; extra < 20_000; extra += 997) {
      const [, shown, max] = /pesa (.+): el máximo es (.+?)(?: \(|$)/.exec(sizeOverLimit(1024 * 1024 + extra, 1024 * 1024))!;
      expect(shown).not.toBe(max);
    }
    expect(megabytes(1536 * 1024)).toBe('1,50 MB');
  });
});
