import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { DataSource, EntityManager } from 'typeorm';
import type { LlaveroConfig } from '../config';

// Transactional outbox: a mutation writes its e-mail in the same transaction as its state change; a
// sender loop in each subgraph process delivers it (SMTP when SMTP_URL is set, otherwise .eml files
// under LLAVERO_HOME/mail) and then blanks the body, which may carry a temporary password or code.

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  body: string;
}

export async function enqueueMail(manager: EntityManager, mail: OutgoingMail): Promise<void> {
  await manager.query('INSERT INTO outbox_message (sender, recipient, subject, body) VALUES ($1, $2, $3, $4)', [mail.from, mail.to, mail.subject, mail.body]);
}

export interface MailTransport {
  /** Delivers one message; returns where it went (an .eml path or 'smtp'). */
  deliver(id: string, mail: OutgoingMail): Promise<string>;
}

export function fileTransport(dir: string): MailTransport {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async deliver(id, mail) {
      const info = await composer.sendMail({ from: mail.from, to: mail.to, subject: mail.subject, text: mail.body });
      mkdirSync(dir, { recursive: true });
      const path = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${id}.eml`);
      writeFileSync(path, info.message as Buffer, { mode: 0o600 });
      return path;
    },
  };
}

export function smtpTransport(url: string): MailTransport {
  const transport = nodemailer.createTransport(url);
  return {
    async deliver(_id, mail) {
      await transport.sendMail({ from: mail.from, to: mail.to, subject: mail.subject, text: mail.body });
      return 'smtp';
    },
  };
}

export function transportFrom(config: Readonly<LlaveroConfig>): MailTransport {
  const smtp = config.mail.smtpUrl;
  return smtp ? smtpTransport(smtp) : fileTransport(config.mail.mailDir ?? join(config.home, 'mail'));
}

/** Delivers pending messages (a batch per call); rows locked with SKIP LOCKED so several senders can run. */
export async function deliverPending(dataSource: DataSource, transport: MailTransport, batch = 20): Promise<number> {
  return dataSource.transaction(async manager => {
    const rows: Array<{ id: string; sender: string; recipient: string; subject: string; body: string }> = await manager.query(
      `SELECT id, sender, recipient, subject, body FROM outbox_message
       WHERE sent_at IS NULL AND attempts < 10 ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [batch],
    );
    for (const row of rows) {
      try {
        const deliveredTo = await transport.deliver(row.id, { from: row.sender, to: row.recipient, subject: row.subject, body: row.body });
        await manager.query('UPDATE outbox_message SET sent_at = now(), body = NULL, delivered_to = $2, attempts = attempts + 1 WHERE id = $1', [row.id, deliveredTo]);
      } catch (error) {
        await manager.query('UPDATE outbox_message SET attempts = attempts + 1, last_error = $2 WHERE id = $1', [row.id, (error as Error).message.slice(0, 500)]);
      }
    }
    return rows.length;
  });
}

/** The sender loop of one subgraph process. */
export function startOutboxSender(name: string, dataSource: DataSource, transport: MailTransport, interval: number): () => Promise<void> {
  let running = true;
  let current: Promise<unknown> = Promise.resolve();
  const tick = async () => {
    if (!running) return;
    current = deliverPending(dataSource, transport).catch(error => console.error(`[${name}] envío de correos: ${(error as Error).message}`));
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
