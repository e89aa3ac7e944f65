import {
  CannotExecuteNotConnectedError,
  CannotGetEntityManagerNotConnectedError,
  ConnectionIsNotSetError,
  EntityNotFoundError,
  QueryFailedError,
  QueryRunnerAlreadyReleasedError,
  QueryRunnerProviderAlreadyReleasedError,
} from 'typeorm';
import type { ErrorCode } from './errors';

// The one place where a failure of PostgreSQL (or of the connection to it) becomes a coded error of the
// public contract, as federation's RemoteGraphQLDataSource.errorFromResponse does for subgraph answers:
// a clash with recorded data is CONFLICT naming the field, a missing reference NOT_FOUND, a refused
// value BAD_USER_INPUT, and only a lost connection or a timeout SERVICE_UNAVAILABLE.

export interface ClassifiedDatabaseError {
  code: ErrorCode;
  message: string;
  reason: string;
  field?: string;
}

interface PgError {
  code?: unknown;
  detail?: unknown;
  column?: unknown;
  constraint?: unknown;
  table?: unknown;
  message?: unknown;
}

const driverError = (error: unknown): PgError => ((error instanceof QueryFailedError ? error.driverError : error) ?? {}) as PgError;

/** `Key (ruc)=(1791234561001) already exists.` → ruc; `Key (a, b)=…` → a. */
function keyColumn(detail: unknown): string | undefined {
  return /Key \(([^,)]+)/.exec(String(detail ?? ''))?.[1]?.replace(/"/g, '');
}

/** `access_key_one_active_per_institution` of table `access_key` → one_active_per_institution; `x_status_check` → status. */
function constraintField(constraint: unknown, table: unknown): string | undefined {
  if (typeof constraint !== 'string') return undefined;
  const withoutTable = typeof table === 'string' && constraint.startsWith(`${table}_`) ? constraint.slice(table.length + 1) : constraint;
  return withoutTable.replace(/_(check|key|idx|fkey)$/, '');
}

const unavailable = (message: string): ClassifiedDatabaseError => ({ code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE', message });

export function classifyDatabaseError(error: unknown, service: string): ClassifiedDatabaseError | null {
  if (error instanceof EntityNotFoundError) return { code: 'NOT_FOUND', reason: 'NOT_FOUND', field: 'id', message: 'El registro pedido no existe.' };
  const pg = driverError(error);
  const sqlState = typeof pg.code === 'string' ? pg.code : '';
  const column = typeof pg.column === 'string' ? pg.column : undefined;
  const down = `El servicio ${service} no puede consultar su base de datos en este momento.`;
  // TypeORM releases a transaction's query runner when its connection dies (a PostgreSQL restart): the
  // transaction's next query then fails with "already released", which is the same lost connection.
  const notConnected = [CannotExecuteNotConnectedError, CannotGetEntityManagerNotConnectedError, ConnectionIsNotSetError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError];
  if (notConnected.some(type => error instanceof type) || /pool.*(ended|end on a pool)|Driver not Connected/i.test(String((error as Error)?.message ?? ''))) return unavailable(down);
  // Lost or refused connections, authentication, shutdown, exhausted resources, timeouts.
  if (/^(ECONN|ETIMEDOUT|ENOTFOUND|EPIPE|08|28|53|57P)/.test(sqlState)) return unavailable(down);
  if (sqlState === '57014') return unavailable(`El servicio ${service} tardó demasiado en consultar su base de datos.`);
  if (/Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(String(pg.message ?? (error as Error)?.message ?? ''))) return unavailable(down);
  switch (true) {
    case sqlState === '23505': {
      const field = keyColumn(pg.detail) ?? constraintField(pg.constraint, pg.table) ?? 'id';
      return { code: 'CONFLICT', reason: 'ALREADY_EXISTS', field, message: `Ya existe un registro con ese valor de ${field}: no se creó otro.` };
    }
    case sqlState === '23514': {
      const field = column ?? constraintField(pg.constraint, pg.table) ?? 'input';
      return { code: 'CONFLICT', reason: 'RULE_VIOLATED', field, message: `La solicitud no cumple una regla de los datos registrados (${field}).` };
    }
    case sqlState === '23P01':
      return { code: 'CONFLICT', reason: 'OVERLAP', field: constraintField(pg.constraint, pg.table) ?? 'input', message: 'La solicitud se superpone con otra ya registrada.' };
    case sqlState === '23503': {
      const field = keyColumn(pg.detail) ?? 'id';
      return { code: 'NOT_FOUND', reason: 'REFERENCE_NOT_FOUND', field, message: `No existe el registro al que se refiere ${field}.` };
    }
    case sqlState === '23502':
      return { code: 'BAD_USER_INPUT', reason: 'VALUE_REQUIRED', field: column ?? 'input', message: `Falta un dato obligatorio (${column ?? 'sin nombre'}).` };
    case sqlState.startsWith('22'):
      return { code: 'BAD_USER_INPUT', reason: 'VALUE_REFUSED', field: column ?? 'input', message: 'Un dato enviado no se puede guardar (carácter o valor no admitido): revise los textos y números de la solicitud.' };
    case sqlState === '40001' || sqlState === '40P01':
      return { code: 'CONFLICT', reason: 'CONCURRENT_CHANGE', field: 'id', message: 'Otra operación cambió el mismo registro al mismo tiempo: vuelva a intentarlo.' };
    default:
      return null; // anything else from the database is a defect of ours: INTERNAL_SERVER_ERROR, logged
  }
}
