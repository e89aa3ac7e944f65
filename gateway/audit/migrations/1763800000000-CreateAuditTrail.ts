import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAuditTrail1763800000000 implements MigrationInterface {
  name = 'CreateAuditTrail1763800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE audit_entry (
      id bigint PRIMARY KEY CHECK (id > 0),
      occurred_at timestamptz NOT NULL,
      request_id uuid NOT NULL,
      subject text NOT NULL,
      agency text,
      role varchar(16) NOT NULL,
      operation_name text,
      operation_type varchar(16) NOT NULL,
      rucs text[] NOT NULL,
      services text[] NOT NULL,
      outcome varchar(16) NOT NULL CHECK (outcome IN ('OK', 'PARTIAL', 'ERROR')),
      error_codes text[] NOT NULL,
      previous_hash char(64) NOT NULL,
      hash char(64) NOT NULL UNIQUE
    )`);
    await runner.query('CREATE INDEX audit_entry_rucs_idx ON audit_entry USING gin (rucs)');
    await runner.query('CREATE INDEX audit_entry_occurred_idx ON audit_entry (occurred_at)');
    // Append-only: the database itself refuses to change or remove evidence.
    await runner.query(`CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'la bitácora de auditoría es de solo anexado: no se modifica ni se borra'; END $$`);
    await runner.query(`CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry
      FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()`);
    await runner.query(`CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
      FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE audit_entry');
    await runner.query('DROP FUNCTION audit_entry_append_only()');
  }
}
