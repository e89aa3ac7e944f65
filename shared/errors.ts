import { GraphQLError } from 'graphql';

// Stable error codes of the public contract (API.md); messages are Spanish, for front-office clerks.
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export function llaveroError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** A validation error naming the offending field (extensions.field) and, when useful, the rule that failed. */
export function badUserInput(field: string, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return llaveroError('BAD_USER_INPUT', message, { field, ...extensions });
}

export function notFound(field: string, message: string): GraphQLError {
  return llaveroError('NOT_FOUND', message, { field });
}

/** The request clashes with what is recorded; `field` names the argument or the record's field at stake. */
export function conflict(field: string, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return llaveroError('CONFLICT', message, { field, ...extensions });
}
