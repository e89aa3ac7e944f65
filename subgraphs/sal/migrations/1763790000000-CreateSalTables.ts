import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSalTables1763790000000 implements MigrationInterface {
  name = 'CreateSalTables1763790000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE institution (
      ruc char(13) PRIMARY KEY CHECK (ruc ~ '^[0-9]{13}$'),
      name text NOT NULL CHECK (length(trim(name)) > 0),
      government_function varchar(16) NOT NULL CHECK (government_function IN ('EJECUTIVA', 'NO_EJECUTIVA')),
      status varchar(16) NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'DEACTIVATED')),
      pending_authorization_processes integer NOT NULL DEFAULT 0 CHECK (pending_authorization_processes >= 0),
      registered_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await runner.query(`CREATE TABLE access_key (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_ruc char(13) NOT NULL REFERENCES institution(ruc),
      role varchar(32) NOT NULL DEFAULT 'RESPONSABLE_UATH',
      holder_cedula char(10) NOT NULL CHECK (holder_cedula ~ '^[0-9]{10}$'),
      holder_names text NOT NULL,
      holder_email text NOT NULL,
      status varchar(24) NOT NULL CHECK (status IN ('PENDING_FIRST_LOGIN', 'ACTIVE', 'DEACTIVATED')),
      issued_at timestamptz NOT NULL DEFAULT now(),
      deactivated_at timestamptz,
      deactivation_reason varchar(32) CHECK (deactivation_reason IN
        ('CHANGE_OF_POST_OR_FUNCTIONS', 'TEMPORARY_ABSENCE', 'CHANGE_OF_RESPONSIBLE', 'LOSS_OR_THEFT_OR_RISK')),
      CHECK ((status = 'DEACTIVATED') = (deactivated_at IS NOT NULL AND deactivation_reason IS NOT NULL))
    )`);
    await runner.query('CREATE INDEX access_key_institution_idx ON access_key (institution_ruc, issued_at)');
    // §6.2: one Responsable UATH key in force per institution.
    await runner.query(
      `CREATE UNIQUE INDEX access_key_one_in_force_idx ON access_key (institution_ruc) WHERE status <> 'DEACTIVATED'`,
    );
    await runner.query(`CREATE TABLE monthly_attention (
    month char(7) PRIMARY KEY CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    attentions integer CHECK (attentions >= 0),
    complaints integer CHECK (complaints >= 0),
    source varchar(16) NOT NULL DEFAULT 'LIVE' CHECK (source IN ('TRANSPARENCY', 'LIVE'))
  )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE monthly_attention');
    await runner.query('DROP TABLE access_key');
    await runner.query('DROP TABLE institution');
  }
}
