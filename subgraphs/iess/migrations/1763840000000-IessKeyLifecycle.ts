import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createComplaintTable } from '../../../shared/attention/monthly-store';
import { createReceivedDocumentTable, createStatusEventTable } from '../../../shared/documents/received-document';
import { createOutboxTable } from '../../../shared/outbox/outbox';
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
    await createReceivedDocumentTable(runner, 'key_request_document', 'request_id', 'employer_key_request');
    await createStatusEventTable(runner, 'key_request_event', 'request_id', 'employer_key_request');
    await createOutboxTable(runner);
    await createComplaintTable(runner);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['complaint', 'outbox_message', 'key_request_event', 'key_request_document', 'appointment', 'appointment_verification', 'agency']) {
      await runner.query(`DROP TABLE ${table}`);
    }
  }
}
