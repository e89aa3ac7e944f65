import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../observability/log';
import { outboxAttention, outboxBacklog, outboxFailures } from '../observability/metrics';
import { nextAttemptDelay, sanitizedError, type RetrySchedule } from './retry-schedule';
import { messageIdOf, type MailTransport, type OutgoingMail } from './transports';

export { fileTransport, smtpTransport, transportFrom, type MailTransport, type OutgoingMail } from './transports';

// Transactional outbox: a mutation writes its e-mail in the same transaction as its state change; a
// sender loop in each subgraph process delivers it. Never twice after a crash: the attempt is committed
// (SENDING, attempted_at, attempt_id) before the send and marked SENT after; a row still SENDING after
// a crash is UNCERTAIN — maybe delivered — unless the transport is idempotent (.eml files), then retried.
// The stored body (a temporary password or code) is blanked once sent.

export async function enqueueMail(manager: EntityManager, mail: OutgoingMail): Promise<void> {
  await manager.query('INSERT INTO outbox_message (sender, recipient, subject, body) VALUES ($1, $2, $3, $4)', [mail.from, mail.to, mail.subject, mail.body]);
}

export interface OutboxSettings extends RetrySchedule {
  /** The service label of the metrics and log lines. */
  service: string;
  /** A row SENDING for longer than this was interrupted (its sender died). */
  uncertainAfterMs: number;
  logger?: Logger;
  batch?: number;
}

interface ClaimedRow {
  id: string;
  sender: string;
  recipient: string;
  subject: string;
  body: string;
  attempts: number;
}

/** UPDATE … RETURNING answers [rows, count] through TypeORM's query(). */
const returned = <T>(result: unknown): T[] => (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : (result as T[]));

/** Claims due messages: committed as SENDING before anything is sent (SKIP LOCKED: several senders may run). */
async function claimDue(dataSource: DataSource, attemptId: string, batch: number): Promise<ClaimedRow[]> {
  return returned<ClaimedRow>(
    await dataSource.query(
      `UPDATE outbox_message SET status = 'SENDING', attempted_at = now(), attempt_id = $1, attempts = attempts + 1
       WHERE id IN (SELECT id FROM outbox_message WHERE status = 'PENDING' AND next_attempt_at <= now()
                    ORDER BY next_attempt_at, created_at LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING id, sender, recipient, subject, body, attempts`,
      [attemptId, batch],
    ),
  );
}

/** Delivers the due messages (a batch per call); returns how many were attempted. */
export async function deliverPending(dataSource: DataSource, transport: MailTransport, settings: OutboxSettings): Promise<number> {
  const attemptId = randomUUID();
  const rows = await claimDue(dataSource, attemptId, settings.batch ?? 20);
  for (const row of rows) {
    let deliveredTo: string;
    try {
      deliveredTo = await transport.deliver(row.id, { from: row.sender, to: row.recipient, subject: row.subject, body: row.body });
    } catch (error) {
      await recordFailure(dataSource, row, attemptId, error, settings);
      continue;
    }
    await dataSource.query(`UPDATE outbox_message SET status = 'SENT', sent_at = now(), body = NULL, delivered_to = $2, last_error = NULL WHERE id = $1 AND attempt_id = $3`, [row.id, deliveredTo, attemptId]);
  }
  return rows.length;
}

async function recordFailure(dataSource: DataSource, row: ClaimedRow, attemptId: string, error: unknown, settings: OutboxSettings): Promise<void> {
  const reason = sanitizedError(error);
  const delay = nextAttemptDelay(row.attempts, settings);
  await dataSource.query(
    `UPDATE outbox_message SET status = $2, next_attempt_at = now() + make_interval(secs => $3), last_error = $4 WHERE id = $1 AND attempt_id = $5`,
    [row.id, delay === null ? 'FAILED' : 'PENDING', (delay ?? 0) / 1000, reason, attemptId],
  );
  outboxFailures.inc({ service: settings.service });
  const fields = { outboxId: row.id, attempts: row.attempts, error: reason };
  if (delay === null) settings.logger?.error(fields, `Correo ${row.id} no enviado tras ${row.attempts} intentos: queda FALLIDO (FAILED); revíselo en outbox_message.`);
  else settings.logger?.warn({ ...fields, retryInMs: delay }, `Correo ${row.id} no enviado (intento ${row.attempts}): se reintentará en ${Math.round(delay / 1000)} s.`);
}

/**
 * Rows left SENDING by a sender that died mid-send: retried when the transport is idempotent, otherwise
 * UNCERTAIN (never resent blindly: an operator checks the mail server's log for the Message-ID).
 */
export async function settleInterrupted(dataSource: DataSource, transport: MailTransport, settings: OutboxSettings): Promise<number> {
  const status = transport.idempotent ? 'PENDING' : 'UNCERTAIN';
  const rows = returned<{ id: string }>(
    await dataSource.query(
      `UPDATE outbox_message SET status = $1, next_attempt_at = now(), last_error = 'envío interrumpido'
       WHERE status = 'SENDING' AND attempted_at < now() - make_interval(secs => $2) RETURNING id`,
      [status, settings.uncertainAfterMs / 1000],
    ),
  );
  for (const { id } of rows) {
    if (transport.idempotent) settings.logger?.warn({ outboxId: id }, `Envío interrumpido del correo ${id}: se reintenta (el archivo ${id}.eml se reescribe, no se duplica).`);
    else settings.logger?.error({ outboxId: id, messageId: messageIdOf(id) }, `Correo ${id} en estado INCIERTO (UNCERTAIN): el envío se interrumpió y pudo haber salido; no se reenvía solo. Busque el Message-ID ${messageIdOf(id)} en el servidor de correo.`);
  }
  return rows.length;
}

/** Feeds the backlog and attention gauges from the table (all senders of the service agree). */
export async function measureOutbox(dataSource: DataSource, service: string): Promise<void> {
  const rows: Array<{ status: string; n: number }> = await dataSource.query(`SELECT status, count(*)::int AS n FROM outbox_message WHERE status <> 'SENT' GROUP BY status`);
  const count = (status: string) => rows.find(r => r.status === status)?.n ?? 0;
  outboxBacklog.set({ service }, count('PENDING') + count('SENDING'));
  for (const status of ['UNCERTAIN', 'FAILED']) outboxAttention.set({ service, status }, count(status));
}

/** One round of the sender loop: settle interrupted sends, deliver what is due, update the gauges. */
export async function outboxTick(dataSource: DataSource, transport: MailTransport, settings: OutboxSettings): Promise<void> {
  await settleInterrupted(dataSource, transport, settings);
  await deliverPending(dataSource, transport, settings);
  await measureOutbox(dataSource, settings.service);
}

/** The sender loop of one subgraph process. */
export function startOutboxSender(dataSource: DataSource, transport: MailTransport, settings: OutboxSettings, interval: number): () => Promise<void> {
  let running = true;
  let current: Promise<unknown> = Promise.resolve();
  const tick = async () => {
    if (!running) return;
    current = outboxTick(dataSource, transport, settings).catch(error => settings.logger?.error({ error: sanitizedError(error) }, `Envío de correos: ${sanitizedError(error)}`));
    await current;
    if (running) timer = setTimeout(tick, interval);
  };
  let timer = setTimeout(tick, interval);
  return async () => {
    running = false;
    clearTimeout(timer);
    await current;
  };
}
