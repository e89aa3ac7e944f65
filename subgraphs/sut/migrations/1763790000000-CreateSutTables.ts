import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ATTENTION_POINTS } from './1763790000000-attention-points';
import { SUT_TRANSPARENCY_TABLE } from './1763790000000-transparency-table';

export class CreateSutTables1763790000000 implements MigrationInterface {
  name = 'CreateSutTables1763790000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE attention_point (
      code varchar(32) PRIMARY KEY,
      kind varchar(16) NOT NULL CHECK (kind IN ('REGIONAL', 'DELEGACION')),
      regional integer NOT NULL CHECK (regional BETWEEN 1 AND 7),
      city text NOT NULL,
      address text NOT NULL,
      phones text[] NOT NULL,
      phone_note text
    )`);
    for (const point of ATTENTION_POINTS) {
      await runner.query(
        'INSERT INTO attention_point (code, kind, regional, city, address, phones, phone_note) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [point.code, point.kind, point.regional, point.city, point.address, point.phones, point.phoneNote ?? null],
      );
    }
    await runner.query(`CREATE TABLE recovery_request (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      requester_ruc char(13) NOT NULL CHECK (requester_ruc ~ '^[0-9]{13}$'),
      system varchar(24) NOT NULL CHECK (system IN ('SUT', 'SALARIOS_EN_LINEA')),
      channel varchar(16) NOT NULL CHECK (channel IN ('PRESENCIAL', 'QUIPUX')),
      attention_point_code varchar(32) REFERENCES attention_point(code),
      quipux_document_number text,
      contact_email text NOT NULL,
      status varchar(16) NOT NULL CHECK (status IN ('RECEIVED', 'RESOLVED', 'REJECTED')),
      received_at timestamptz NOT NULL DEFAULT now(),
      resolved_at timestamptz,
      rejection_reason text,
      CHECK ((channel = 'PRESENCIAL') = (attention_point_code IS NOT NULL)),
      CHECK ((channel = 'QUIPUX') = (quipux_document_number IS NOT NULL)),
      CHECK ((status = 'REJECTED') = (rejection_reason IS NOT NULL))
    )`);
    await runner.query('CREATE INDEX recovery_request_ruc_idx ON recovery_request (requester_ruc, received_at)');
    await runner.query(`CREATE TABLE monthly_attention (
      month char(7) PRIMARY KEY CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      attentions integer CHECK (attentions >= 0),
      complaints integer CHECK (complaints >= 0),
      source varchar(16) NOT NULL DEFAULT 'LIVE' CHECK (source IN ('TRANSPARENCY', 'LIVE'))
    )`);
    // The published table exactly as printed; months it lacks stay absent (they report as null).
    for (const row of SUT_TRANSPARENCY_TABLE) {
      await runner.query(
        `INSERT INTO monthly_attention (month, attentions, complaints, source) VALUES ($1, $2, $3, 'TRANSPARENCY')
         ON CONFLICT (month) DO NOTHING`,
        [row.month, row.attentions, row.complaints],
      );
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE monthly_attention');
    await runner.query('DROP TABLE recovery_request');
    await runner.query('DROP TABLE attention_point');
  }
}
