import type { MigrationInterface, QueryRunner } from 'typeorm';

/** §6.5: the Máxima Autoridad's oficio is received as a document (PDF, with its SHA-256), not only its number. */
export class SalStatusChangeOficio1764110000001 implements MigrationInterface {
  name = 'SalStatusChangeOficio1764110000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE institution_status_change
    ADD COLUMN oficio_file_name text,
    ADD COLUMN oficio_media_type text,
    ADD COLUMN oficio_size_bytes int,
    ADD COLUMN oficio_sha256 char(64),
    ADD COLUMN oficio_content bytea`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE institution_status_change
    DROP COLUMN oficio_content, DROP COLUMN oficio_sha256, DROP COLUMN oficio_size_bytes, DROP COLUMN oficio_media_type, DROP COLUMN oficio_file_name`);
  }
}
