import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TRAINERS_TRANSPARENCY_TABLE } from './1763790000000-transparency-table';

export class CreateTrainerTables1763790000000 implements MigrationInterface {
  name = 'CreateTrainerTables1763790000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE qualified_trainer (
      cedula char(10) PRIMARY KEY CHECK (cedula ~ '^[0-9]{10}$'),
      names text NOT NULL,
      qualification_resolution_number text NOT NULL,
      qualification_resolution_date date NOT NULL
    )`);
    await runner.query(`CREATE TABLE trainer_credential (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      trainer_cedula char(10) NOT NULL REFERENCES qualified_trainer(cedula),
      code varchar(24) UNIQUE,
      status varchar(16) NOT NULL CHECK (status IN ('REQUESTED', 'ISSUED', 'DELIVERED', 'REVOKED')),
      channel varchar(8) NOT NULL CHECK (channel IN ('ONLINE', 'EMAIL')),
      requested_at timestamptz NOT NULL DEFAULT now(),
      issued_at timestamptz,
      delivered_at timestamptz,
      valid_until date,
      revoked_at timestamptz,
      CHECK (status = 'REQUESTED' OR (code IS NOT NULL AND issued_at IS NOT NULL))
    )`);
    await runner.query('CREATE INDEX trainer_credential_cedula_idx ON trainer_credential (trainer_cedula, requested_at)');
    await runner.query(`CREATE TABLE monthly_attention (
      month char(7) PRIMARY KEY CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      attentions integer CHECK (attentions >= 0),
      complaints integer CHECK (complaints >= 0),
      source varchar(16) NOT NULL DEFAULT 'LIVE' CHECK (source IN ('TRANSPARENCY', 'LIVE'))
    )`);
    // The published table exactly as printed; months it lacks stay absent (they report as null).
    for (const row of TRAINERS_TRANSPARENCY_TABLE) {
      await runner.query(
        `INSERT INTO monthly_attention (month, attentions, complaints, source) VALUES ($1, $2, $3, 'TRANSPARENCY')
         ON CONFLICT (month) DO NOTHING`,
        [row.month, row.attentions, row.complaints],
      );
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE monthly_attention');
    await runner.query('DROP TABLE trainer_credential');
    await runner.query('DROP TABLE qualified_trainer');
  }
}
