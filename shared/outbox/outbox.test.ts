import 'reflect-metadata';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { openServiceDatabase } from '../database/data-source';
import { createLogger } from '../observability/log';
import { registry } from '../observability/metrics';
import { sutProgram } from '../../subgraphs/sut/program';
import { createTestDatabase, type TestDatabase } from '../../test/support/database';
import { deliverPending, enqueueMail, fileTransport, outboxTick, type MailTransport, type OutboxSettings } from './outbox';

// The outbox against a real PostgreSQL (the SUT schema's outbox_message): a crash between sending and
// marking never sends twice over SMTP, failures back off, and the gauges and the log say what happened.

const MAIL = { from: 'sut@trabajo.gob.ec', to: 'ana.torres@senescyt-demo.gob.ec', subject: 'Recuperación de clave', body: 'Enlace secreto' };

describe('outbox delivery (database)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let lines: string[];
  let settings: OutboxSettings;
  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await openServiceDatabase(sutProgram.createDataSource, { admin: database.url });
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });
  beforeEach(async () => {
    await dataSource.query('DELETE FROM outbox_message');
    lines = [];
    const sink = new Writable({ write: (chunk, _e, done) => (lines.push(String(chunk)), done()) });
    settings = { service: 'sut-prueba', maxAttempts: 3, backoffMs: 60_000, backoffCapMs: 600_000, uncertainAfterMs: 0, logger: createLogger('sut', { level: 'info', format: 'json' }, sink) };
  });

  const enqueue = () => dataSource.transaction(manager => enqueueMail(manager, MAIL));
  const row = async () => (await dataSource.query('SELECT status, attempts, sent_at, body, last_error, round(extract(epoch FROM next_attempt_at - attempted_at))::int AS wait FROM outbox_message'))[0];
  const metric = async (name: string, labels: string) => {
    const text = await registry.metrics();
    const line = text.split('\n').find(l => l.startsWith(`${name}{${labels}}`));
    return line ? Number(line.split(' ').pop()) : undefined;
  };
  /** SMTP-like: records what left, then the process dies before the mark (the promise never settles). */
  const crashingSmtp = (sent: string[]): MailTransport => ({ idempotent: false, deliver: id => (sent.push(id), new Promise(() => undefined)) });

  test('a crash after the SMTP send leaves the row UNCERTAIN after restart: not resent, shown in metrics and the log', async () => {
    await enqueue();
    const sent: string[] = [];
    void deliverPending(dataSource, crashingSmtp(sent), settings);
    await new Promise(resolve => setTimeout(resolve, 300));
    expect(sent).toHaveLength(1);
    expect((await row()).status).toBe('SENDING'); // the attempt was committed before the send

    // The process "restarts" with a working transport.
    const after: string[] = [];
    const working: MailTransport = { idempotent: false, deliver: async id => (after.push(id), 'smtp') };
    await outboxTick(dataSource, working, settings);
    await outboxTick(dataSource, working, settings);
    expect(after).toEqual([]);
    expect(await row()).toMatchObject({ status: 'UNCERTAIN', sent_at: null, body: 'Enlace secreto' });
    expect(await metric('llavero_outbox_attention', 'service="sut-prueba",status="UNCERTAIN"')).toBe(1);
    expect(lines.join('')).toMatch(/INCIERTO \(UNCERTAIN\).*Message-ID <[0-9a-f-]+@outbox\.llavero>/);
    expect(lines.join('')).not.toContain('ana.torres');
  });

  test('the .eml transport is idempotent by name: an interrupted send is retried and leaves one file', async () => {
    await enqueue();
    const dir = mkdtempSync(join(tmpdir(), 'llavero-mail-'));
    try {
      const files = fileTransport(dir);
      void deliverPending(dataSource, { idempotent: true, deliver: (id, mail) => files.deliver(id, mail).then(() => new Promise<string>(() => undefined)) }, settings);
      await new Promise(resolve => setTimeout(resolve, 300));
      await outboxTick(dataSource, files, settings);
      const [{ id }] = await dataSource.query('SELECT id FROM outbox_message');
      expect(readdirSync(dir)).toEqual([`${id}.eml`]);
      expect(readFileSync(join(dir, `${id}.eml`), 'utf8')).toContain(`Message-ID: <${id}@outbox.llavero>`);
      expect(await row()).toMatchObject({ status: 'SENT', attempts: 2, body: null });
    } finally {
      if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    }
  });

  test('failures back off exponentially, are counted and logged without addresses, and end FAILED', async () => {
    await enqueue();
    const refusing: MailTransport = { idempotent: false, deliver: async () => { throw new Error('421 try later for <ana.torres@senescyt-demo.gob.ec>'); } };
    const before = (await metric('llavero_outbox_failures_total', 'service="sut-prueba"')) ?? 0;
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      await outboxTick(dataSource, refusing, settings);
      const current = await row();
      expect(current.attempts).toBe(attempt);
      waits.push(current.wait);
      await outboxTick(dataSource, refusing, settings); // not due yet: nothing attempted
      expect((await row()).attempts).toBe(attempt);
      await dataSource.query('UPDATE outbox_message SET next_attempt_at = now()');
    }
    expect(waits.slice(0, 2)).toEqual([60, 120]);
    expect(await row()).toMatchObject({ status: 'FAILED', last_error: '421 try later for <[correo]>' });
    expect(await metric('llavero_outbox_failures_total', 'service="sut-prueba"')).toBe(before + 3);
    expect(await metric('llavero_outbox_attention', 'service="sut-prueba",status="FAILED"')).toBe(1);
    expect(await metric('llavero_outbox_backlog', 'service="sut-prueba"')).toBe(0);
    expect(lines.join('')).toMatch(/se reintentará en 60 s/);
    expect(lines.join('')).toMatch(/FALLIDO/);
    expect(lines.join('')).not.toContain('ana.torres');
  });

  test('a delivered message is SENT once, its body blanked, the backlog empty', async () => {
    await enqueue();
    await enqueue();
    const sent: string[] = [];
    const working: MailTransport = { idempotent: false, deliver: async id => (sent.push(id), 'smtp') };
    await outboxTick(dataSource, working, settings);
    await outboxTick(dataSource, working, settings);
    expect(sent).toHaveLength(2);
    expect(await dataSource.query(`SELECT DISTINCT status, body FROM outbox_message`)).toEqual([{ status: 'SENT', body: null }]);
    expect(await metric('llavero_outbox_backlog', 'service="sut-prueba"')).toBe(0);
  });
});
