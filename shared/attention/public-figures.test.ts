import { AttentionSource } from './monthly-volume';
import { publicFigures } from './public-figures';

describe('public figures', () => {
  test("the institution's published month replaces Llavero's count, whatever the order", () => {
    const rows = [
      { month: '2026-03', source: AttentionSource.LIVE, attentions: 5 },
      { month: '2026-03', source: AttentionSource.TRANSPARENCY, attentions: 672 },
      { month: '2026-04', source: AttentionSource.TRANSPARENCY, attentions: 513 },
      { month: '2026-04', source: AttentionSource.LIVE, attentions: 2 },
      { month: '2026-05', source: AttentionSource.LIVE, attentions: 7 },
    ];
    const figures = publicFigures(rows);
    expect(figures.get('2026-03')!.attentions).toBe(672);
    expect(figures.get('2026-04')!.attentions).toBe(513);
    expect(figures.get('2026-05')!.source).toBe(AttentionSource.LIVE);
  });

  test('demo rows never become a public figure', () => {
    const figures = publicFigures([{ month: '2026-08', source: AttentionSource.DEMO, attentions: 1 }]);
    expect(figures.has('2026-08')).toBe(false);
  });
});
