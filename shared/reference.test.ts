import { GraphQLError } from 'graphql';
import { MAX_REFERENCE_LENGTH, readReference } from './reference';

describe('a reference typed at the window', () => {
  test('is trimmed; a UUID is also an id, anything else is not', () => {
    expect(readReference('  MDT-DSG-2026-0412-E ')).toEqual({ text: 'MDT-DSG-2026-0412-E', id: null });
    expect(readReference(' 0B1E8C4A-3F2D-4C1B-9A7E-5D6F7A8B9C0D')).toEqual({ text: '0B1E8C4A-3F2D-4C1B-9A7E-5D6F7A8B9C0D', id: '0b1e8c4a-3f2d-4c1b-9a7e-5d6f7a8b9c0d' });
  });

  test.each([['empty', '   ', 'REFERENCE_EMPTY'], ['too long', 'x'.repeat(MAX_REFERENCE_LENGTH + 1), 'REFERENCE_TOO_LONG']])('%s is refused on the field, in Spanish', (_name, raw, reason) => {
    try {
      readReference(raw);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reference', reason });
      expect((error as GraphQLError).message).toMatch(/referencia/);
    }
  });
});
