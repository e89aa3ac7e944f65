import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { LlaveroConfig } from '../config';

// Where the outbox's mail goes. Each message carries a Message-ID made from its outbox row id, so a
// receiving server (or an operator reading its log) can tell a resend from a new message.

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  body: string;
}

export interface MailTransport {
  /**
   * True when sending the same row twice leaves one message (the .eml file is named after the row and
   * rewritten): a send interrupted by a crash is then simply retried. False for SMTP, where a resend is a
   * second e-mail in the citizen's inbox: an interrupted send becomes UNCERTAIN for an operator to settle.
   */
  idempotent: boolean;
  /** Delivers one message; returns where it went (an .eml path or 'smtp'). */
  deliver(id: string, mail: OutgoingMail): Promise<string>;
}

/** The Message-ID of an outbox row: the same on every attempt. */
export const messageIdOf = (id: string) => `<${id}@outbox.llavero>`;

export function fileTransport(dir: string): MailTransport {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    idempotent: true,
    async deliver(id, mail) {
      const info = await composer.sendMail({ from: mail.from, to: mail.to, subject: mail.subject, text: mail.body, messageId: messageIdOf(id) });
      mkdirSync(dir, { recursive: true });
      const path = join(dir, `${id}.eml`);
      writeFileSync(path, info.message as Buffer, { mode: 0o600 });
      return path;
    },
  };
}

export function smtpTransport(url: string): MailTransport {
  const transport = nodemailer.createTransport(url);
  return {
    idempotent: false,
    async deliver(id, mail) {
      await transport.sendMail({ from: mail.from, to: mail.to, subject: mail.subject, text: mail.body, messageId: messageIdOf(id) });
      return 'smtp';
    },
  };
}

export function transportFrom(config: Readonly<LlaveroConfig>): MailTransport {
  const smtp = config.mail.smtpUrl;
  return smtp ? smtpTransport(smtp) : fileTransport(config.mail.mailDir ?? join(config.home, 'mail'));
}
