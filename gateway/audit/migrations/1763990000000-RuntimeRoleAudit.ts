import type { MigrationInterface, QueryRunner } from 'typeorm';

// The gateway's runtime role may only append to the trail and read it: no UPDATE, DELETE, TRUNCATE or
// setval, and it owns nothing, so it can neither change evidence nor switch the append-only triggers off.

export class RuntimeRoleAudit1763990000000 implements MigrationInterface {
  name = 'RuntimeRoleAudit1763990000000';

  async up(runner: QueryRunner): Promise<void> {
    // Roles belong to the whole server: another database of the same server may have created it already.
    await runner.query(`DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'llavero_audit') THEN
          CREATE ROLE "llavero_audit" NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS;
        END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
    await runner.query('GRANT USAGE ON SCHEMA "audit" TO "llavero_audit"');
    await runner.query('GRANT SELECT, INSERT ON "audit_entry" TO "llavero_audit"');
    await runner.query('GRANT USAGE ON SEQUENCE "audit_entry_id_seq" TO "llavero_audit"');
    await runner.query('GRANT SELECT ON migrations TO "llavero_audit"');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('REVOKE ALL ON ALL TABLES IN SCHEMA "audit" FROM "llavero_audit"');
    await runner.query('REVOKE ALL ON ALL SEQUENCES IN SCHEMA "audit" FROM "llavero_audit"');
    await runner.query('REVOKE ALL ON SCHEMA "audit" FROM "llavero_audit"');
  }
}
