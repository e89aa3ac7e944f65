import type { MigrationInterface, QueryRunner } from 'typeorm';

// Frozen SQL. Seed 004's foreign trainers: a trainer is identified by cédula (10 digits) or, without
// one, by passport or visa number (5 to 20 letters or digits) with the nationality (ISO 3166-1 alpha-3).

export class ForeignTrainers1764130000001 implements MigrationInterface {
  name = 'ForeignTrainers1764130000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE trainer_credential DROP CONSTRAINT trainer_credential_trainer_cedula_fkey`);
    await runner.query(`ALTER TABLE qualified_trainer
      DROP CONSTRAINT qualified_trainer_cedula_check,
      ALTER COLUMN cedula TYPE varchar(20),
      ADD COLUMN identification_type varchar(8) NOT NULL DEFAULT 'CEDULA' CHECK (identification_type IN ('CEDULA', 'PASSPORT', 'VISA')),
      ADD COLUMN nationality char(3) CHECK (nationality ~ '^[A-Z]{3}$' AND nationality <> 'ECU'),
      ADD CONSTRAINT qualified_trainer_identification_check CHECK (
        (identification_type = 'CEDULA' AND cedula ~ '^[0-9]{10}$' AND nationality IS NULL)
        OR (identification_type <> 'CEDULA' AND cedula ~ '^[A-Z0-9]{5,20}$' AND nationality IS NOT NULL))`);
    await runner.query(`ALTER TABLE trainer_credential ALTER COLUMN trainer_cedula TYPE varchar(20)`);
    await runner.query(`ALTER TABLE trainer_credential ADD CONSTRAINT trainer_credential_trainer_cedula_fkey FOREIGN KEY (trainer_cedula) REFERENCES qualified_trainer(cedula)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    // Refused by PostgreSQL while foreign trainers exist: they are records, not to be dropped by a rollback.
    await runner.query(`ALTER TABLE trainer_credential DROP CONSTRAINT trainer_credential_trainer_cedula_fkey`);
    await runner.query(`ALTER TABLE trainer_credential ALTER COLUMN trainer_cedula TYPE char(10)`);
    await runner.query(`ALTER TABLE qualified_trainer
      DROP CONSTRAINT qualified_trainer_identification_check,
      DROP COLUMN nationality,
      DROP COLUMN identification_type,
      ALTER COLUMN cedula TYPE char(10),
      ADD CONSTRAINT qualified_trainer_cedula_check CHECK (cedula ~ '^[0-9]{10}$')`);
    await runner.query(`ALTER TABLE trainer_credential ADD CONSTRAINT trainer_credential_trainer_cedula_fkey FOREIGN KEY (trainer_cedula) REFERENCES qualified_trainer(cedula)`);
  }
}
