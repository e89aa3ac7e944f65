import { processConfig } from '../config';
import { requestLog } from '../observability/request-log';
import { blankInput, safeError } from '../observability/safe-error';
import type { Logger, QueryRunner } from 'typeorm';
import { sqlStatements } from '../observability/metrics';

/** The statement as written, its string literals and long numbers blanked (identifiers stay readable). */
const statement = (query: string) => query.replace(/'(?:[^']|'')*'/g, "'…'").replace(/\d{6,}/g, '[número]').slice(0, 300);

/**
 * TypeORM logger that counts SQL statements (for the N+1 checks and the benchmark) and reports failing
 * and slow queries to the service's pino log (with the request's id): the statement with its literals
 * blanked, the SQLSTATE, never the parameters or the values PostgreSQL quotes back, which come from callers.
 */
export class CountingLogger implements Logger {
  statements = 0;

  constructor(private readonly label: string) {}

  logQuery(_query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    this.statements++;
    sqlStatements.inc({ schema: this.label });
  }
  logQueryError(error: string | Error, query: string): void {
    const cause = safeError(error);
    requestLog(this.label).error({ sql: statement(query), sqlState: cause.code, error: cause }, `consulta SQL fallida${cause.code ? ` (SQLSTATE ${cause.code})` : ''}`);
  }
  logQuerySlow(time: number, query: string): void {
    requestLog(this.label).warn({ sql: statement(query), durationMs: time }, `consulta lenta (${time} ms)`);
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    if (!processConfig().database.quiet) requestLog(this.label).info(`migración: ${message}`);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') requestLog(this.label).warn(blankInput(String(message)));
  }
}
