import { GraphQLError } from 'graphql';
import { SalKeyRequestStatus as S } from './enums';
import { assertTransition, canMove } from './key-request-state';

describe('SAL key request state machine', () => {
  test.each([
    [S.SUBMITTED, S.APPROVED, true],
    [S.SUBMITTED, S.CLOSED_WITH_OBSERVATIONS, true],
    [S.APPROVED, S.CLOSED_WITH_OBSERVATIONS, false],
    [S.CLOSED_WITH_OBSERVATIONS, S.APPROVED, false],
    [S.APPROVED, S.APPROVED, false],
    [S.SUBMITTED, S.SUBMITTED, false],
  ])('%s → %s allowed: %s', (from, to, allowed) => {
    expect(canMove(from, to)).toBe(allowed);
    if (!allowed) {
      expect(() => assertTransition(from, to)).toThrow(GraphQLError);
      try {
        assertTransition(from, to);
      } catch (e) {
        expect((e as GraphQLError).extensions.code).toBe('CONFLICT');
      }
    }
  });
});
