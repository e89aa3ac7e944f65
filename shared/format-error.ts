import { ApolloServerErrorCode } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { classifyDatabaseError } from './database-errors';
import { requestLog } from './observability/request-log';
import { safeError } from './observability/safe-error';

const KNOWN_CODES = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'SERVICE_UNAVAILABLE']);

/**
 * Every error leaves with a code from the public contract and a Spanish message, never a stack
 * trace. Parse and validation failures of the query itself are the caller's input: BAD_USER_INPUT.
 */
export function formatLlaveroError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const { stacktrace: _stacktrace, exception: _exception, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  const code = String(extensions.code ?? '');
  const variable = /^Variable "\$([^"]+)"/.exec(formatted.message);
  if (variable) {
    return withCode(formatted, extensions, `La variable "${variable[1]}" de la consulta no tiene un valor válido para su tipo.`, { field: variable[1] });
  }
  if (KNOWN_CODES.has(code)) return { ...formatted, message: tidySpanish(formatted.message), extensions };
  switch (code) {
    case ApolloServerErrorCode.GRAPHQL_PARSE_FAILED:
      return withCode(formatted, extensions, 'La consulta GraphQL está mal formada (error de sintaxis); el detalle técnico está en extensions.detail.');
    case ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED:
      return withCode(formatted, extensions, 'La consulta GraphQL no es válida para el esquema de Llavero (campo o argumento inexistente o mal tipado); el detalle técnico está en extensions.detail.');
    case ApolloServerErrorCode.BAD_REQUEST:
      return withCode(formatted, extensions, 'La solicitud HTTP no es válida: envíe un JSON con "query" por POST; el detalle técnico está en extensions.detail.');
    case ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND:
    case ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED:
    case ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE:
      return withCode(formatted, extensions, 'No se pudo resolver la operación solicitada; el detalle técnico está en extensions.detail.');
    default:
      return {
        message: 'Error interno del servidor: la operación no se completó. Si persiste, comuníquelo a soporte con el identificador de la solicitud.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
  }
}

/** Messages are assembled from parts: a part ending in a full stop followed by one must not read "..". */
export function tidySpanish(message: string): string {
  return message.replace(/(?<!\.)\.\.(?!\.)/g, '.').replace(/ {2,}/g, ' ');
}

function withCode(formatted: GraphQLFormattedError, extensions: Record<string, unknown>, message: string, extra: Record<string, unknown> = {}): GraphQLFormattedError {
  // The Spanish message is for the clerk; graphql-js's English text stays available for developers.
  return { ...formatted, message, extensions: { ...extensions, ...extra, code: 'BAD_USER_INPUT', reason: extensions.code, detail: formatted.message } };
}

/** In a subgraph: a database failure is classified once (shared/database-errors.ts); the rest as anywhere. */
export function subgraphErrorFormatter(service: string) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    const classified = classifyDatabaseError(original, service);
    if (!classified) {
      const answer = formatLlaveroError(formatted, error);
      // The caller sees a generic message; the operator one JSON line with the request's id and the cause without its input.
      if (answer.extensions?.code === 'INTERNAL_SERVER_ERROR') {
        requestLog(service).error({ path: formatted.path?.join('.'), error: safeError(original, { stack: true }) }, `error interno en ${formatted.path?.join('.') ?? 'la operación'}`);
      }
      return answer;
    }
    const { code, message, reason, field } = classified;
    return { message, path: formatted.path, extensions: { code, service, reason, ...(field ? { field } : {}) } };
  };
}
