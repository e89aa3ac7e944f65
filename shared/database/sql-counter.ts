import { processConfig } from '../config';
import type { Logger, QueryRunner } from 'typeorm';
import { sqlStatements } from '../observability/metrics';

/**
 * TypeORM logger that counts SQL statements (for the N+1 checks and the benchmark) and
 * reports failing queries without their parameters, which may carry personal data.
 */
export class CountingLogger implements Logger {
  statements = 0;

  constructor(private readonly label: string) {}

  logQuery(_query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    this.statements++;
    sqlStatements.inc({ schema: this.label });
  }
  logQueryError(error: string | Error, query: string): void {
    console.error(`[${this.label}] consulta SQL fallida: ${error instanceof Error ? error.message : error} — ${query.slice(0, 200)}`);
  }
  logQuerySlow(time: number, query: string): void {
    console.warn(`[${this.label}] consulta lenta (${time} ms): ${query.slice(0, 200)}`);
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    if (!processConfig().database.quiet) console.log(`[${this.label}] migración: ${message}`);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') console.warn(`[${this.label}] ${String(message)}`);
  }
}
