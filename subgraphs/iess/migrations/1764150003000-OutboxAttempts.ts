import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Frozen. The outbox records an attempt before it sends: status PENDING → SENDING (committed, with
 * attempted_at and attempt_id) → SENT; a failed send goes back to PENDING with next_attempt_at (exponential
 * backoff) or to FAILED after the last attempt; a SENDING row found after a crash becomes UNCERTAIN
 * (maybe delivered: never resent blindly).
 */
export class IessOutboxAttempts1764150003000 implements MigrationInterface {
  name = 'IessOutboxAttempts1764150003000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "iess".outbox_message
      ADD COLUMN status varchar(16) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'UNCERTAIN')),
      ADD COLUMN attempted_at timestamptz,
      ADD COLUMN attempt_id uuid,
      ADD COLUMN next_attempt_at timestamptz NOT NULL DEFAULT now()`);
    await runner.query(`UPDATE "iess".outbox_message SET status = 'SENT' WHERE sent_at IS NOT NULL`);
    await runner.query(`UPDATE "iess".outbox_message SET status = 'FAILED' WHERE sent_at IS NULL AND attempts >= 10`);
    await runner.query('DROP INDEX "iess".outbox_message_pending_idx');
    await runner.query(`CREATE INDEX outbox_message_due_idx ON "iess".outbox_message (next_attempt_at) WHERE status = 'PENDING'`);
    await runner.query(`CREATE INDEX outbox_message_open_idx ON "iess".outbox_message (status) WHERE status <> 'SENT'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX "iess".outbox_message_open_idx');
    await runner.query('DROP INDEX "iess".outbox_message_due_idx');
    await runner.query('CREATE INDEX outbox_message_pending_idx ON "iess".outbox_message (created_at) WHERE sent_at IS NULL');
    await runner.query('ALTER TABLE "iess".outbox_message DROP COLUMN next_attempt_at, DROP COLUMN attempt_id, DROP COLUMN attempted_at, DROP COLUMN status');
  }
}
