import { PROVINCES } from './migrations/1764120000001-provinces';
import { matchProvince } from './province-name';

const provinces = PROVINCES.map(([code, name]) => ({ code, name }));

describe("Ecuador's provinces (INEC codes)", () => {
  test('24 provinces, codes 01 to 24, each once', () => {
    expect(provinces).toHaveLength(24);
    expect(provinces.map(p => p.code)).toEqual(Array.from({ length: 24 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(new Set(provinces.map(p => p.name)).size).toBe(24);
  });

  test('named by code or by name, accents and case aside', () => {
    expect(matchProvince(provinces, '17')).toEqual({ code: '17', name: 'Pichincha' });
    expect(matchProvince(provinces, '  los rios ')).toEqual({ code: '12', name: 'Los Ríos' });
    expect(matchProvince(provinces, 'GALÁPAGOS')).toEqual({ code: '20', name: 'Galápagos' });
  });

  test('free text is not a province', () => {
    for (const value of ['Narnia', '', '25', '90', 'Quito']) expect(matchProvince(provinces, value)).toBeNull();
  });
});
