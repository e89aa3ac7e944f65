import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A presencial request whose turno was missed becomes EXPIRED (seed 002, issue 12 point 1). */
export class IessTurnoExpiry1764120000000 implements MigrationInterface {
  name = 'IessTurnoExpiry1764120000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE employer_key_request DROP CONSTRAINT employer_key_request_status_check');
    await runner.query(`ALTER TABLE employer_key_request ADD CONSTRAINT employer_key_request_status_check
      CHECK (status IN ('SUBMITTED', 'OBSERVED', 'APPROVED', 'KEY_DELIVERED', 'REJECTED', 'EXPIRED'))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE employer_key_request DROP CONSTRAINT employer_key_request_status_check');
    await runner.query(`ALTER TABLE employer_key_request ADD CONSTRAINT employer_key_request_status_check
      CHECK (status IN ('SUBMITTED', 'OBSERVED', 'APPROVED', 'KEY_DELIVERED', 'REJECTED'))`);
  }
}
