import type { MigrationInterface, QueryRunner } from 'typeorm';
import { IESS_SECTORS } from './1763790000000-sectors';

export class CreateIessTables1763790000000 implements MigrationInterface {
  name = 'CreateIessTables1763790000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE TABLE sector (code varchar(16) PRIMARY KEY, name text NOT NULL)');
    for (const sector of IESS_SECTORS) await runner.query('INSERT INTO sector (code, name) VALUES ($1, $2)', [sector.code, sector.name]);
    await runner.query(`CREATE TABLE employer (
      ruc char(13) PRIMARY KEY CHECK (ruc ~ '^[0-9]{13}$'),
      business_name text NOT NULL,
      sector_code varchar(16) NOT NULL REFERENCES sector(code),
      qualified_artisan boolean NOT NULL DEFAULT false,
      legal_representative_names text NOT NULL,
      legal_representative_id_type varchar(24) NOT NULL
        CHECK (legal_representative_id_type IN ('CEDULA', 'IESS_FOREIGNER_CODE', 'VISA', 'PASSPORT')),
      legal_representative_id text NOT NULL,
      email text NOT NULL,
      registered_at timestamptz NOT NULL DEFAULT now(),
      employer_key_delivered_at timestamptz
    )`);
    await runner.query(`CREATE TABLE employer_key_request (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      employer_ruc char(13) NOT NULL REFERENCES employer(ruc),
      channel varchar(16) NOT NULL CHECK (channel IN ('VIRTUAL', 'PRESENCIAL')),
      province text NOT NULL,
      agency text,
      appointment_at timestamptz,
      status varchar(16) NOT NULL CHECK (status IN ('SUBMITTED', 'OBSERVED', 'APPROVED', 'KEY_DELIVERED', 'REJECTED')),
      observations text,
      submitted_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (channel = 'PRESENCIAL' OR (agency IS NULL AND appointment_at IS NULL))
    )`);
    await runner.query('CREATE INDEX employer_key_request_ruc_idx ON employer_key_request (employer_ruc, submitted_at)');
    await runner.query(`CREATE TABLE monthly_attention (
    month char(7) PRIMARY KEY CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    attentions integer CHECK (attentions >= 0),
    complaints integer CHECK (complaints >= 0),
    source varchar(16) NOT NULL DEFAULT 'LIVE' CHECK (source IN ('TRANSPARENCY', 'LIVE'))
  )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE monthly_attention');
    await runner.query('DROP TABLE employer_key_request');
    await runner.query('DROP TABLE employer');
    await runner.query('DROP TABLE sector');
  }
}
