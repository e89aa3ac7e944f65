import { requireRegional } from './mdt-regionals';

describe('the MDT regionals (seed 001)', () => {
  test('1 to 7, or none for all of them', () => {
    for (const regional of [1, 2, 3, 4, 5, 6, 7]) expect(requireRegional(regional)).toBe(regional);
    expect(requireRegional(null)).toBeNull();
    expect(requireRegional(undefined)).toBeNull();
  });

  test.each([0, 8, -1])('regional %p does not exist', regional => {
    expect(() => requireRegional(regional)).toThrow(
      expect.objectContaining({
        message: `La regional ${regional} no existe: el Ministerio del Trabajo tiene las regionales 1 a 7.`,
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'regional' }),
      }),
    );
  });
});
