import { GraphQLError } from 'graphql';
import { Writable } from 'node:stream';
import { QueryFailedError } from 'typeorm';
import { CountingLogger } from '../database/sql-counter';
import { subgraphErrorFormatter } from '../format-error';
import { createLogger } from './log';
import { runInScope } from './request-scope';

// Deep in a request (the SQL logger, the error formatter) a failure is one JSON line of the serving
// service's log, with the request's id, the SQLSTATE and a message stripped of what the caller typed.

const REQUEST_ID = '3f2a9c1e-7b4d-4e8a-9f01-2c3d4e5f6a7b';
const INPUT = 'ana.torres@senescyt-demo.gob.ec 1791234561001';

function captured() {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const logger = createLogger('sut', { level: 'info', format: 'json' }, sink);
  const lines = () => chunks.join('').split('\n').filter(Boolean).map(line => JSON.parse(line) as Record<string, any>);
  const inRequest = <T>(work: () => T) => runInScope({ requestId: REQUEST_ID, startedAt: process.hrtime.bigint(), logger }, work);
  return { lines, inRequest, raw: () => chunks.join('') };
}

/** What pg and TypeORM raise when a statement fails on a value the caller sent. */
function failedQuery(code: string, message: string): QueryFailedError {
  const driverError = Object.assign(new Error(message), { code, severity: 'ERROR' });
  return new QueryFailedError('SELECT $1::regclass', [INPUT], driverError);
}

describe('logs written on behalf of a request', () => {
  test('a subgraph internal error: one JSON line, the request id, the SQLSTATE, nothing the caller typed', () => {
    const log = captured();
    const original = failedQuery('42P01', `relation "${INPUT}" does not exist`);
    const error = new GraphQLError(original.message, { path: ['recordSutComplaint'], originalError: original });
    const answer = log.inRequest(() => subgraphErrorFormatter('sut')({ message: original.message, path: ['recordSutComplaint'] }, error));
    expect(answer.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(log.raw().trim().split('\n')).toHaveLength(1);
    expect(log.lines()[0]).toMatchObject({ level: 'error', service: 'sut', reqId: REQUEST_ID, path: 'recordSutComplaint', error: { code: '42P01', message: 'relation "…" does not exist' } });
    expect(log.lines()[0].error.stack).toMatch(/^\s+at /);
    expect(log.raw()).not.toMatch(/ana\.torres|1791234561001|senescyt/);
  });

  test('a failing SQL statement: the statement and the SQLSTATE, never its parameters or the value quoted back', () => {
    const log = captured();
    const sql = new CountingLogger('sut');
    log.inRequest(() => sql.logQueryError(failedQuery('22P02', `invalid input syntax for type uuid: "${INPUT}"`), `SELECT * FROM "sut"."complaint" WHERE "id" = $1 OR note = '${INPUT}'`));
    const [line] = log.lines();
    expect(log.lines()).toHaveLength(1);
    expect(line).toMatchObject({ level: 'error', reqId: REQUEST_ID, sqlState: '22P02', sql: `SELECT * FROM "sut"."complaint" WHERE "id" = $1 OR note = '…'` });
    expect(line.error.message).toBe('invalid input syntax for type uuid: "…"');
    expect(log.raw()).not.toMatch(/ana\.torres|1791234561001|senescyt/);
  });

  test('a slow statement is a warning with its duration, not its values', () => {
    const log = captured();
    log.inRequest(() => new CountingLogger('sut').logQuerySlow(1500, `SELECT 1 FROM "sut"."taxpayer" WHERE ruc = '1791234561001'`));
    expect(log.lines()).toEqual([expect.objectContaining({ level: 'warn', reqId: REQUEST_ID, durationMs: 1500 })]);
    expect(log.raw()).not.toContain('1791234561001');
  });
});
