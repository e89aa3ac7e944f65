import type { MigrationInterface, QueryRunner } from 'typeorm';

/** §6.1, §6.6: a creation says whose key in force it replaces and why; one open creation request per institution. */
export class SalKeyReplacement1764110000000 implements MigrationInterface {
  name = 'SalKeyReplacement1764110000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE key_request
    ADD COLUMN replaced_holder_cedula char(10),
    ADD COLUMN replaced_holder_names text,
    ADD COLUMN replacement_reason varchar(32),
    ADD CONSTRAINT key_request_replacement_complete CHECK ((replaced_holder_cedula IS NULL) = (replacement_reason IS NULL)),
    ADD CONSTRAINT key_request_replacement_only_creation CHECK (replaced_holder_cedula IS NULL OR kind = 'CREATION')`);
    await runner.query(`CREATE UNIQUE INDEX key_request_one_open_creation_idx ON key_request (institution_ruc) WHERE kind = 'CREATION' AND status = 'SUBMITTED'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX key_request_one_open_creation_idx');
    await runner.query(`ALTER TABLE key_request DROP CONSTRAINT key_request_replacement_only_creation, DROP CONSTRAINT key_request_replacement_complete,
    DROP COLUMN replacement_reason, DROP COLUMN replaced_holder_names, DROP COLUMN replaced_holder_cedula`);
  }
}
