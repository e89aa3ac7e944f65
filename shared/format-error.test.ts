import { GraphQLError } from 'graphql';
import { subgraphErrorFormatter } from './format-error';

describe('subgraph error formatter', () => {
  test('an internal error leaves with a generic message (its cause is logged: observability/request-log.test.ts)', () => {
    const original = new TypeError('x is undefined');
    const error = new GraphQLError(original.message, { path: ['recordSutComplaint'], originalError: original });
    const answer = subgraphErrorFormatter('sut')({ message: original.message, path: ['recordSutComplaint'] }, error);
    expect(answer).toMatchObject({ extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(answer.message).not.toMatch(/undefined/);
  });
});
