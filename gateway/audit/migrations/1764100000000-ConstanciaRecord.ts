import type { MigrationInterface, QueryRunner } from 'typeorm';

// Every constancia de atención the gateway issued, so anyone holding one can check it
// (GET /constancia/verificar/:code): which RUC, when, by whom, at which office, and the SHA-256 of the
// exact PDF handed over. The runtime role may only add and read: a record is never changed.

export class ConstanciaRecord1764100000000 implements MigrationInterface {
  name = 'ConstanciaRecord1764100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE constancia (
      code varchar(32) PRIMARY KEY,
      ruc char(13) NOT NULL,
      clerk_subject text NOT NULL CHECK (char_length(clerk_subject) <= 256),
      office text CHECK (char_length(office) <= 128),
      issued_at timestamptz NOT NULL,
      sha256 char(64) NOT NULL
    )`);
    await runner.query('CREATE INDEX constancia_ruc_idx ON constancia (ruc, issued_at)');
    // What was handed to a citizen is never rewritten, not even by the owner without dropping this first.
    await runner.query(`CREATE FUNCTION constancia_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'el registro de constancias es de solo anexado: no se modifica ni se borra'; END $$`);
    await runner.query(`CREATE TRIGGER constancia_no_change BEFORE UPDATE OR DELETE ON constancia
      FOR EACH ROW EXECUTE FUNCTION constancia_append_only()`);
    await runner.query(`CREATE TRIGGER constancia_no_truncate BEFORE TRUNCATE ON constancia
      FOR EACH STATEMENT EXECUTE FUNCTION constancia_append_only()`);
    await runner.query('GRANT SELECT, INSERT ON "constancia" TO "llavero_audit"');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE constancia');
    await runner.query('DROP FUNCTION constancia_append_only()');
  }
}
