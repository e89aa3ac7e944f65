import { operationLabel, requestIdFrom } from './request-scope';

describe('request ids', () => {
  test.each([
    ['a UUID is kept (lower case)', '3F2A9C1E-7B4D-4E8A-9F01-2C3D4E5F6A7B', '3f2a9c1e-7b4d-4e8a-9f01-2c3d4e5f6a7b'],
    ['the first of repeated headers', ['3f2a9c1e-7b4d-4e8a-9f01-2c3d4e5f6a7b', 'x'], '3f2a9c1e-7b4d-4e8a-9f01-2c3d4e5f6a7b'],
  ])('%s', (_name, header, expected) => {
    expect(requestIdFrom(header)).toBe(expected);
  });

  test.each([undefined, '', 'lb-0123456789abcdef', '3f2a9c1e-7b4d-4e8a-9f01-2c3d4e5f6a7b\n', "'; DROP TABLE audit_entry; --", 'x'.repeat(10_000)])(
    'anything else (%p) gets a new UUID',
    header => {
      const id = requestIdFrom(header);
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(id).not.toBe(header);
    },
  );
});

describe('operation names as metric labels stay bounded', () => {
  test('missing and malformed names are grouped', () => {
    expect(operationLabel(undefined)).toBe('anonima');
    expect(operationLabel('con espacios')).toBe('otra');
    expect(operationLabel('a'.repeat(65))).toBe('otra');
    expect(operationLabel('Ventanilla')).toBe('Ventanilla');
  });

  test('after 200 distinct names, new ones count as "otra" while known ones keep their label', () => {
    for (let i = 0; i < 1000; i++) operationLabel(`Consulta${i}`);
    expect(operationLabel('Ventanilla')).toBe('Ventanilla');
    expect(operationLabel('Consulta5')).toBe('Consulta5');
    expect(operationLabel('Consulta999')).toBe('otra');
  });
});
