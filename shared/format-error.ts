import { ApolloServerErrorCode } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';

const KNOWN_CODES = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'SERVICE_UNAVAILABLE']);

/**
 * Every error leaves with a code from the public contract and a Spanish message, never a stack
 * trace. Parse and validation failures of the query itself are the caller's input: BAD_USER_INPUT.
 */
export function formatLlaveroError(formatted: GraphQLFormattedError, _error: unknown): GraphQLFormattedError {
  const { stacktrace: _stacktrace, exception: _exception, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  const code = String(extensions.code ?? '');
  if (KNOWN_CODES.has(code)) return { ...formatted, extensions };
  switch (code) {
    case ApolloServerErrorCode.GRAPHQL_PARSE_FAILED:
      return withCode(formatted, extensions, `La consulta GraphQL está mal formada: ${formatted.message}`);
    case ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED:
      return withCode(formatted, extensions, `La consulta GraphQL no es válida para el esquema de Llavero: ${formatted.message}`);
    case ApolloServerErrorCode.BAD_REQUEST:
      return withCode(formatted, extensions, `La solicitud HTTP no es válida: ${formatted.message}`);
    case ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND:
    case ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED:
    case ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE:
      return withCode(formatted, extensions, `No se pudo resolver la operación solicitada: ${formatted.message}`);
    default:
      if (/Variable "\$[^"]+" (got invalid value|of required type|of non-null type)/.test(formatted.message)) {
        return withCode(formatted, extensions, `Las variables de la consulta no son válidas: ${formatted.message}`);
      }
      return {
        message: 'Error interno del servidor: la operación no se completó. Si persiste, comuníquelo a soporte con el identificador de la solicitud.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
  }
}

function withCode(formatted: GraphQLFormattedError, extensions: Record<string, unknown>, message: string): GraphQLFormattedError {
  return { ...formatted, message, extensions: { ...extensions, code: 'BAD_USER_INPUT', reason: extensions.code } };
}
