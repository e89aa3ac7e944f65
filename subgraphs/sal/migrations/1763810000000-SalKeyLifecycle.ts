import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The whole life of a UATH key (seed 000): requests, documents, decisions, issued credentials, recovery, institution status. */
export class SalKeyLifecycle1763810000000 implements MigrationInterface {
  name = 'SalKeyLifecycle1763810000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE access_key DROP CONSTRAINT access_key_deactivation_reason_check`);
    await runner.query(`ALTER TABLE access_key ADD CONSTRAINT access_key_deactivation_reason_check CHECK (deactivation_reason IN
      ('CHANGE_OF_POST_OR_FUNCTIONS', 'TEMPORARY_ABSENCE', 'CHANGE_OF_RESPONSIBLE', 'LOSS_OR_THEFT_OR_RISK', 'INSTITUTION_DEACTIVATED'))`);
    await runner.query(`ALTER TABLE access_key
      ADD COLUMN password_hash text,
      ADD COLUMN must_change_password boolean NOT NULL DEFAULT false,
      ADD COLUMN failed_attempts integer NOT NULL DEFAULT 0,
      ADD COLUMN locked_until timestamptz,
      ADD COLUMN last_sign_in_at timestamptz,
      ADD COLUMN request_id uuid`);
    await runner.query(`ALTER TABLE institution ADD COLUMN status_change_reason varchar(16)
      CHECK (status_change_reason IN ('FUSION', 'ABSORCION', 'ESCISION', 'SUPRESION', 'ELIMINACION'))`);

    await runner.query(`CREATE TABLE key_request (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_ruc char(13) NOT NULL REFERENCES institution(ruc),
      kind varchar(16) NOT NULL CHECK (kind IN ('CREATION', 'DEACTIVATION')),
      status varchar(32) NOT NULL CHECK (status IN ('SUBMITTED', 'APPROVED', 'CLOSED_WITH_OBSERVATIONS')),
      requester_cedula char(10) NOT NULL,
      requester_names text NOT NULL,
      requester_email text NOT NULL,
      holder_cedula char(10) NOT NULL,
      holder_names text NOT NULL,
      holder_email text NOT NULL,
      uath_appointment varchar(40) NOT NULL,
      requested_access_date date,
      deactivation_reason varchar(32),
      submitted_at timestamptz NOT NULL DEFAULT now(),
      submitted_by text NOT NULL,
      decided_at timestamptz,
      decided_by text,
      observations text,
      issued_key_id uuid REFERENCES access_key(id),
      CHECK ((kind = 'CREATION') = (requested_access_date IS NOT NULL)),
      CHECK ((kind = 'DEACTIVATION') = (deactivation_reason IS NOT NULL)),
      CHECK ((status = 'SUBMITTED') = (decided_at IS NULL))
    )`);
    await runner.query('CREATE INDEX key_request_ruc_idx ON key_request (institution_ruc, submitted_at)');
    await runner.query(`CREATE TABLE key_request_document (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      request_id uuid NOT NULL REFERENCES key_request(id),
      kind varchar(32) NOT NULL,
      file_name text NOT NULL,
      media_type text NOT NULL,
      size_bytes integer NOT NULL CHECK (size_bytes > 0),
      sha256 char(64) NOT NULL,
      content bytea NOT NULL
    )`);
    await runner.query('CREATE INDEX key_request_document_request_idx ON key_request_document (request_id)');
    await runner.query(`CREATE TABLE key_request_event (
      id bigserial PRIMARY KEY,
      request_id uuid NOT NULL REFERENCES key_request(id),
      at timestamptz NOT NULL DEFAULT now(),
      actor text NOT NULL,
      from_status varchar(32),
      to_status varchar(32) NOT NULL,
      note text
    )`);
    await runner.query('CREATE INDEX key_request_event_request_idx ON key_request_event (request_id, at)');
    await runner.query(`CREATE TABLE recovery_code (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      key_id uuid NOT NULL REFERENCES access_key(id),
      institution_ruc char(13) NOT NULL,
      code_hash text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz,
      failed_attempts integer NOT NULL DEFAULT 0
    )`);
    await runner.query('CREATE INDEX recovery_code_ruc_idx ON recovery_code (institution_ruc, created_at)');
    await runner.query(`CREATE TABLE institution_status_change (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_ruc char(13) NOT NULL REFERENCES institution(ruc),
      reason varchar(16) NOT NULL,
      oficio_number text NOT NULL,
      requested_by text NOT NULL,
      recorded_by text NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now()
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
    for (const table of ['complaint', 'outbox_message', 'institution_status_change', 'recovery_code', 'key_request_event', 'key_request_document', 'key_request']) {
      await runner.query(`DROP TABLE ${table}`);
    }
    await runner.query('ALTER TABLE institution DROP COLUMN status_change_reason');
    await runner.query(`ALTER TABLE access_key DROP COLUMN password_hash, DROP COLUMN must_change_password, DROP COLUMN failed_attempts,
      DROP COLUMN locked_until, DROP COLUMN last_sign_in_at, DROP COLUMN request_id`);
  }
}
