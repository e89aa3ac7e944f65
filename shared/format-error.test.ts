import { GraphQLError } from 'graphql';
import { subgraphErrorFormatter } from './format-error';

describe('subgraph error formatter', () => {
  test('an internal error leaves with a generic message, and its cause is logged in one line', () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const original = new TypeError('x is undefined');
      const error = new GraphQLError(original.message, { path: ['recordSutComplaint'], originalError: original });
      const answer = subgraphErrorFormatter('sut')({ message: original.message, path: ['recordSutComplaint'] }, error);
      expect(answer).toMatchObject({ extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(answer.message).not.toMatch(/undefined/);
      expect(logged).toHaveBeenCalledWith('[sut] error interno en recordSutComplaint: TypeError: x is undefined');
    } finally {
      logged.mockRestore();
    }
  });
});
