import { CannotExecuteNotConnectedError, EntityNotFoundError, QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { classifyDatabaseError } from './database-errors';
import { tidySpanish } from './format-error';

const pg = (fields: Record<string, unknown>) => new QueryFailedError('SELECT 1', [], Object.assign(new Error(String(fields.message ?? 'pg')), fields));

describe('database failures become coded errors at the subgraph boundary', () => {
  test.each([
    ['unique violation', pg({ code: '23505', detail: 'Key (ruc)=(1791234561001) already exists.', constraint: 'institution_pkey', table: 'institution' }), 'CONFLICT', 'ruc'],
    ['unique violation on a composite key', pg({ code: '23505', detail: 'Key (chain_id, seq)=(a, 1) already exists.' }), 'CONFLICT', 'chain_id'],
    ['check violation', pg({ code: '23514', constraint: 'access_key_status_check', table: 'access_key' }), 'CONFLICT', 'status'],
    ['exclusion violation', pg({ code: '23P01', constraint: 'appointment_slot_excl', table: 'appointment' }), 'CONFLICT', 'slot_excl'],
    ['foreign key violation', pg({ code: '23503', detail: 'Key (institution_ruc)=(1760001630001) is not present in table "institution".' }), 'NOT_FOUND', 'institution_ruc'],
    ['not-null violation', pg({ code: '23502', column: 'holder_email' }), 'BAD_USER_INPUT', 'holder_email'],
    ['a NUL byte in text', pg({ code: '22021' }), 'BAD_USER_INPUT', 'input'],
    ['a number out of range', pg({ code: '22003', column: 'size_bytes' }), 'BAD_USER_INPUT', 'size_bytes'],
    ['a deadlock', pg({ code: '40P01' }), 'CONFLICT', 'id'],
    ['an entity not found', new EntityNotFoundError('AccessKey', { id: 'x' }), 'NOT_FOUND', 'id'],
  ])('%s → %s naming %s', (_label, error, code, field) => {
    expect(classifyDatabaseError(error, 'sal')).toMatchObject({ code, field });
  });

  test.each([
    ['connection refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['server shutting down', pg({ code: '57P01' })],
    ['too many connections', pg({ code: '53300' })],
    ['authentication failed', pg({ code: '28P01' })],
    ['statement timeout', pg({ code: '57014' })],
    ['connection terminated', new Error('Connection terminated unexpectedly')],
    ['pool timeout', new Error('timeout exceeded when trying to connect')],
    ['the data source closed', new CannotExecuteNotConnectedError()],
    ['a transaction whose connection died (query runner released)', new QueryRunnerAlreadyReleasedError()],
    ['a transaction manager whose connection died', new QueryRunnerProviderAlreadyReleasedError()],
  ])('%s → SERVICE_UNAVAILABLE', (_label, error) => {
    expect(classifyDatabaseError(error, 'sal')).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  });

  test.each([
    ['a syntax error (our defect)', pg({ code: '42601' })],
    ['an unknown column (our defect)', pg({ code: '42703' })],
    ['an error that is not the database', new TypeError('x is undefined')],
  ])('%s is not disguised as an outage or as the caller’s mistake', (_label, error) => {
    expect(classifyDatabaseError(error, 'sal')).toBeNull();
  });
});

describe('messages read as Spanish sentences', () => {
  test.each([
    ['La solicitud fue rechazada: motivo incompleto..', 'La solicitud fue rechazada: motivo incompleto.'],
    ['Espere...', 'Espere...'],
    ['Dos  espacios.', 'Dos espacios.'],
  ])('%j → %j', (raw, tidy) => {
    expect(tidySpanish(raw)).toBe(tidy);
  });
});
