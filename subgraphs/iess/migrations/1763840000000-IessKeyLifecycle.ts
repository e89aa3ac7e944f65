import type { MigrationInterface, QueryRunner } from 'typeorm';
import { IESS_AGENCIES } from './1763840000000-agencies';

/** Seed 002: both channels, documents and signatures, appointments, third parties, powers of attorney, the key. */
export class IessKeyLifecycle1763840000000 implements MigrationInterface {
  name = 'IessKeyLifecycle1763840000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE TABLE agency (code varchar(40) PRIMARY KEY, province text NOT NULL, name text NOT NULL)');
    for (const agency of IESS_AGENCIES) await runner.query('INSERT INTO agency (code, province, name) VALUES ($1, $2, $3)', [agency.code, agency.province, agency.name]);
    await runner.query(`ALTER TABLE employer ADD COLUMN employer_key_hash text, ADD COLUMN registered_by text NOT NULL DEFAULT 'demo'`);
    await runner.query(`ALTER TABLE employer ALTER COLUMN registered_by DROP DEFAULT`);
    await runner.query(`ALTER TABLE employer_key_request
      ADD COLUMN contact_email text,
      ADD COLUMN signature_kind varchar(16) CHECK (signature_kind IN ('ELECTRONIC', 'HANDWRITTEN')),
      ADD COLUMN submitted_by text NOT NULL DEFAULT 'demo',
      ADD COLUMN attended_at timestamptz,
      ADD COLUMN third_party_id_type varchar(16),
      ADD COLUMN third_party_id_number text,
      ADD COLUMN third_party_names text,
      ADD COLUMN attorney_id_type varchar(16),
      ADD COLUMN attorney_id_number text,
      ADD COLUMN attorney_names text,
      ADD COLUMN power_of_attorney_number text,
      ADD COLUMN power_of_attorney_validated_by text,
      ADD COLUMN power_of_attorney_seal text,
      ADD COLUMN key_picked_up_by varchar(32),
      ADD COLUMN decided_by text`);
    await runner.query(`ALTER TABLE employer_key_request ALTER COLUMN submitted_by DROP DEFAULT`);
    await runner.query(`CREATE TABLE appointment_verification (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      cedula char(10) NOT NULL,
      email text NOT NULL,
      mobile text NOT NULL,
      code_hash text NOT NULL,
      expires_at timestamptz NOT NULL,
      used_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await runner.query(`CREATE TABLE appointment (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      request_id uuid NOT NULL UNIQUE REFERENCES employer_key_request(id),
      agency_code varchar(40) NOT NULL REFERENCES agency(code),
      starts_at timestamptz NOT NULL,
      cedula char(10) NOT NULL,
      email text NOT NULL,
      mobile text NOT NULL,
      confirmed_at timestamptz NOT NULL DEFAULT now()
    )`);
    // An agency's slot is taken once.
    await runner.query('CREATE UNIQUE INDEX appointment_slot_idx ON appointment (agency_code, starts_at)');
    await runner.query(`CREATE TABLE key_request_document (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    request_id uuid NOT NULL REFERENCES employer_key_request(id),
    kind varchar(40) NOT NULL,
    file_name text NOT NULL,
    media_type text NOT NULL,
    size_bytes integer NOT NULL CHECK (size_bytes > 0),
    sha256 char(64) NOT NULL,
    content bytea NOT NULL
  )`);
    await runner.query(`CREATE INDEX key_request_document_owner_idx ON key_request_document (request_id)`);
    await runner.query(`CREATE TABLE key_request_event (
    id bigserial PRIMARY KEY,
    request_id uuid NOT NULL REFERENCES employer_key_request(id),
    at timestamptz NOT NULL DEFAULT now(),
    actor text NOT NULL,
    from_status varchar(32),
    to_status varchar(32) NOT NULL,
    note text
  )`);
    await runner.query(`CREATE INDEX key_request_event_owner_idx ON key_request_event (request_id, at)`);
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
    for (const table of ['complaint', 'outbox_message', 'key_request_event', 'key_request_document', 'appointment', 'appointment_verification', 'agency']) {
      await runner.query(`DROP TABLE ${table}`);
    }
  }
}
