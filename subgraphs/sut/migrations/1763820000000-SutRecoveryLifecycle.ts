import type { MigrationInterface, QueryRunner } from 'typeorm';

// Frozen SQL: the document, status-history, outbox and complaint tables exactly as first created, whatever shared/ becomes.

/** Seed 001's procedure: documents, decisions, the single-use recovery token, e-mail and complaints. */
export class SutRecoveryLifecycle1763820000000 implements MigrationInterface {
  name = 'SutRecoveryLifecycle1763820000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE recovery_request
      ADD COLUMN recorded_by text NOT NULL DEFAULT 'demo',
      ADD COLUMN decided_by text`);
    await runner.query(`ALTER TABLE recovery_request ALTER COLUMN recorded_by DROP DEFAULT`);
    await runner.query(`CREATE TABLE recovery_document (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      recovery_id uuid NOT NULL REFERENCES recovery_request(id),
      kind varchar(40) NOT NULL,
      file_name text NOT NULL,
      media_type text NOT NULL,
      size_bytes integer NOT NULL CHECK (size_bytes > 0),
      sha256 char(64) NOT NULL,
      content bytea NOT NULL
    )`);
    await runner.query(`CREATE INDEX recovery_document_owner_idx ON recovery_document (recovery_id)`);
    await runner.query(`CREATE TABLE recovery_event (
      id bigserial PRIMARY KEY,
      recovery_id uuid NOT NULL REFERENCES recovery_request(id),
      at timestamptz NOT NULL DEFAULT now(),
      actor text NOT NULL,
      from_status varchar(32),
      to_status varchar(32) NOT NULL,
      note text
    )`);
    await runner.query(`CREATE INDEX recovery_event_owner_idx ON recovery_event (recovery_id, at)`);
    await runner.query(`CREATE TABLE recovery_token (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      recovery_id uuid NOT NULL UNIQUE REFERENCES recovery_request(id),
      token_sha256 char(64) NOT NULL UNIQUE,
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    )`);
    await runner.query(`CREATE TABLE outbox_message (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      sender text NOT NULL,
      recipient text NOT NULL,
      subject text NOT NULL,
      body text,
      created_at timestamptz NOT NULL DEFAULT now(),
      sent_at timestamptz,
      attempts integer NOT NULL DEFAULT 0,
      last_error text,
      delivered_to text
    )`);
    await runner.query('CREATE INDEX outbox_message_pending_idx ON outbox_message (created_at) WHERE sent_at IS NULL');
    await runner.query(`CREATE TABLE complaint (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      summary text NOT NULL CHECK (length(trim(summary)) > 0),
      recorded_by text NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['complaint', 'outbox_message', 'recovery_token', 'recovery_event', 'recovery_document']) await runner.query(`DROP TABLE ${table}`);
    await runner.query('ALTER TABLE recovery_request DROP COLUMN recorded_by, DROP COLUMN decided_by');
  }
}
