import type { MigrationInterface, QueryRunner } from 'typeorm';

// Frozen SQL. Seed 001's phone channel: a request taken on the citizen line 1800 266 822 carries the
// caller's number and neither an office nor a Quipux number.

export class RecoveryByPhone1764130000000 implements MigrationInterface {
  name = 'RecoveryByPhone1764130000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE recovery_request
      ADD COLUMN caller_phone varchar(16) CONSTRAINT recovery_request_caller_phone_format CHECK (caller_phone ~ '^\\+?[0-9]{7,15}$'),
      DROP CONSTRAINT recovery_request_channel_check,
      ADD CONSTRAINT recovery_request_channel_check CHECK (channel IN ('PRESENCIAL', 'QUIPUX', 'TELEFONICA')),
      ADD CONSTRAINT recovery_request_phone_channel CHECK ((channel = 'TELEFONICA') = (caller_phone IS NOT NULL))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    // Refused by PostgreSQL while phone requests exist: they are records, not to be dropped by a rollback.
    await runner.query(`ALTER TABLE recovery_request
      DROP CONSTRAINT recovery_request_phone_channel,
      DROP CONSTRAINT recovery_request_channel_check,
      ADD CONSTRAINT recovery_request_channel_check CHECK (channel IN ('PRESENCIAL', 'QUIPUX')),
      DROP COLUMN caller_phone`);
  }
}
