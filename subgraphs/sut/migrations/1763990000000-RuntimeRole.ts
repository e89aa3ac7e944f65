import type { MigrationInterface, QueryRunner } from 'typeorm';

// Frozen SQL: the role requests run as reads and writes the sut schema and owns nothing (it cannot
// change the migrations table). Roles belong to the whole server: another database of the same server
// may have created it already.
export class RuntimeRoleSut1763990000000 implements MigrationInterface {
  name = 'RuntimeRoleSut1763990000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'llavero_sut') THEN
          CREATE ROLE "llavero_sut" NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS;
        END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
    await runner.query(`GRANT USAGE ON SCHEMA "sut" TO "llavero_sut"`);
    await runner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "sut" TO "llavero_sut"`);
    await runner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "sut" TO "llavero_sut"`);
    // Tables later migrations create (run by the same owner) get the same grants.
    await runner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA "sut" GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "llavero_sut"`);
    await runner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA "sut" GRANT USAGE, SELECT ON SEQUENCES TO "llavero_sut"`);
    await runner.query(`REVOKE INSERT, UPDATE, DELETE ON migrations FROM "llavero_sut"`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA "sut" REVOKE ALL ON TABLES FROM "llavero_sut"`);
    await runner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA "sut" REVOKE ALL ON SEQUENCES FROM "llavero_sut"`);
    await runner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA "sut" FROM "llavero_sut"`);
    await runner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA "sut" FROM "llavero_sut"`);
    await runner.query(`REVOKE ALL ON SCHEMA "sut" FROM "llavero_sut"`);
  }
}
