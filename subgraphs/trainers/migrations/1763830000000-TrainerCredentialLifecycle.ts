import type { MigrationInterface, QueryRunner } from 'typeorm';

// Frozen SQL: the document, status-history, outbox and complaint tables exactly as first created, whatever shared/ becomes.

/** Seed 004's procedure: the request with photo and resolution, issuing, pickup in Quito, revocation. */
export class TrainerCredentialLifecycle1763830000000 implements MigrationInterface {
  name = 'TrainerCredentialLifecycle1763830000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE qualified_trainer ADD COLUMN qualification_withdrawn_at timestamptz, ADD COLUMN withdrawal_reason text`);
    await runner.query(`ALTER TABLE trainer_credential
      ADD COLUMN email text,
      ADD COLUMN requested_by text NOT NULL DEFAULT 'demo',
      ADD COLUMN revocation_reason text`);
    await runner.query(`ALTER TABLE trainer_credential ALTER COLUMN requested_by DROP DEFAULT`);
    await runner.query(`ALTER TABLE trainer_credential DROP CONSTRAINT trainer_credential_check`);
    await runner.query(`ALTER TABLE trainer_credential ADD CONSTRAINT trainer_credential_issued_check
      CHECK (status IN ('REQUESTED', 'REVOKED') OR (code IS NOT NULL AND issued_at IS NOT NULL))`);
    await runner.query(`ALTER TABLE trainer_credential ADD CONSTRAINT trainer_credential_delivered_check
      CHECK (status <> 'DELIVERED' OR delivered_at IS NOT NULL)`);
    // One credential in force per trainer.
    await runner.query(`CREATE UNIQUE INDEX trainer_credential_in_force_idx ON trainer_credential (trainer_cedula) WHERE status <> 'REVOKED'`);
    await runner.query(`CREATE TABLE credential_document (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      credential_id uuid NOT NULL REFERENCES trainer_credential(id),
      kind varchar(40) NOT NULL,
      file_name text NOT NULL,
      media_type text NOT NULL,
      size_bytes integer NOT NULL CHECK (size_bytes > 0),
      sha256 char(64) NOT NULL,
      content bytea NOT NULL
    )`);
    await runner.query(`CREATE INDEX credential_document_owner_idx ON credential_document (credential_id)`);
    await runner.query(`CREATE TABLE credential_event (
      id bigserial PRIMARY KEY,
      credential_id uuid NOT NULL REFERENCES trainer_credential(id),
      at timestamptz NOT NULL DEFAULT now(),
      actor text NOT NULL,
      from_status varchar(32),
      to_status varchar(32) NOT NULL,
      note text
    )`);
    await runner.query(`CREATE INDEX credential_event_owner_idx ON credential_event (credential_id, at)`);
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
    for (const table of ['complaint', 'outbox_message', 'credential_event', 'credential_document']) await runner.query(`DROP TABLE ${table}`);
    await runner.query('DROP INDEX trainer_credential_in_force_idx');
    await runner.query('ALTER TABLE trainer_credential DROP COLUMN email, DROP COLUMN requested_by, DROP COLUMN revocation_reason');
    await runner.query('ALTER TABLE qualified_trainer DROP COLUMN qualification_withdrawn_at, DROP COLUMN withdrawal_reason');
  }
}
