import { ApolloServerErrorCode } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { TypeORMError } from 'typeorm';

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
  if (KNOWN_CODES.has(code)) return { ...formatted, extensions };
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

function withCode(formatted: GraphQLFormattedError, extensions: Record<string, unknown>, message: string, extra: Record<string, unknown> = {}): GraphQLFormattedError {
  // The Spanish message is for the clerk; graphql-js's English text stays available for developers.
  return { ...formatted, message, extensions: { ...extensions, ...extra, code: 'BAD_USER_INPUT', reason: extensions.code, detail: formatted.message } };
}

/** In a subgraph: a failure of its own database means the service cannot answer, not a bug. */
export function subgraphErrorFormatter(service: string) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    const refused = refusedValue(original);
    if (refused) return { message: refused.message, path: formatted.path, extensions: { code: refused.code, service, reason: refused.reason } };
    if (isDatabaseFailure(original)) {
      return {
        message: `El servicio ${service} no puede consultar su base de datos en este momento.`,
        path: formatted.path,
        extensions: { code: 'SERVICE_UNAVAILABLE', service },
      };
    }
    return formatLlaveroError(formatted, error);
  };
}

/**
 * PostgreSQL refusing a value (class 22: a NUL byte, a number out of range …; class 23: a constraint)
 * is the caller's input, not an outage.
 */
function refusedValue(error: unknown): { code: 'BAD_USER_INPUT' | 'CONFLICT'; reason: string; message: string } | null {
  const sqlState = String((error as { driverError?: { code?: unknown } })?.driverError?.code ?? (error as { code?: unknown })?.code ?? '');
  if (/^22/.test(sqlState)) return { code: 'BAD_USER_INPUT', reason: 'VALUE_REFUSED', message: 'Un dato enviado no se puede guardar (carácter o valor no admitido): revise los textos y números de la solicitud.' };
  if (sqlState === '23505') return { code: 'CONFLICT', reason: 'ALREADY_EXISTS', message: 'Ya existe un registro con esos datos: no se creó otro.' };
  if (/^23/.test(sqlState)) return { code: 'BAD_USER_INPUT', reason: 'CONSTRAINT', message: 'La solicitud no cumple una regla de los datos (valor fuera de lo permitido o referencia inexistente).' };
  return null;
}

function isDatabaseFailure(error: unknown): boolean {
  if (error instanceof TypeORMError) return true;
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  // Node socket errors and PostgreSQL's connection, authorisation and shutdown classes (08xxx, 28xxx, 57Pxx).
  return (typeof code === 'string' && /^(ECONN|ETIMEDOUT|ENOTFOUND|08|28|57P)/.test(code)) || /Connection terminated|timeout exceeded when trying to connect/i.test(String(message ?? ''));
}
