import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Seed 002: the virtual form's trámite and mensaje, documents vigente on the day, foreigners at the turnero, the key at the window. */
export class IessFormValidityAndWindowKey1764120000002 implements MigrationInterface {
  name = 'IessFormValidityAndWindowKey1764120000002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE employer_key_request
      ADD COLUMN procedure varchar(32) CHECK (procedure IN ('CLAVE_PATRONAL')),
      ADD COLUMN message text CHECK (length(message) <= 2000),
      ADD COLUMN representative_id_valid_until date,
      ADD COLUMN third_party_id_valid_until date,
      ADD COLUMN attorney_id_valid_until date`);
    await runner.query(`ALTER TABLE employer
      ADD COLUMN employer_key_activate_before timestamptz,
      ADD COLUMN representative_power_of_attorney text`);
    for (const table of ['appointment_verification', 'appointment']) {
      await runner.query(`ALTER TABLE ${table} ALTER COLUMN cedula DROP NOT NULL, ADD COLUMN id_type varchar(16), ADD COLUMN id_number text`);
      await runner.query(`UPDATE ${table} SET id_type = 'CEDULA', id_number = cedula`);
      await runner.query(`ALTER TABLE ${table} ALTER COLUMN id_type SET NOT NULL, ALTER COLUMN id_number SET NOT NULL,
        ADD CHECK (id_type IN ('CEDULA', 'PASSPORT', 'VISA')), ADD CHECK ((id_type = 'CEDULA') = (cedula IS NOT NULL))`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['appointment', 'appointment_verification']) {
      await runner.query(`DELETE FROM ${table} WHERE cedula IS NULL`);
      await runner.query(`ALTER TABLE ${table} DROP COLUMN id_type, DROP COLUMN id_number, ALTER COLUMN cedula SET NOT NULL`);
    }
    await runner.query('ALTER TABLE employer DROP COLUMN employer_key_activate_before, DROP COLUMN representative_power_of_attorney');
    await runner.query(`ALTER TABLE employer_key_request DROP COLUMN procedure, DROP COLUMN message, DROP COLUMN representative_id_valid_until,
      DROP COLUMN third_party_id_valid_until, DROP COLUMN attorney_id_valid_until`);
  }
}
