import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The runtime role requests run as (llavero_iess, without login: the start-up gives it a password): reads and writes the iess schema, owns nothing. */
export class RuntimeRoleIess1763990000000 implements MigrationInterface {
  name = 'RuntimeRoleIess1763990000000';

  async up(runner: QueryRunner): Promise<void> {
    // Roles belong to the whole server: another database of the same server may have created it already.
    await runner.query(`DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'llavero_iess') THEN
          CREATE ROLE "llavero_iess" NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS;
        END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
    await runner.query(`GRANT USAGE ON SCHEMA "iess" TO "llavero_iess"`);
    await runner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "iess" TO "llavero_iess"`);
    await runner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "iess" TO "llavero_iess"`);
    // Tables later migrations create (run by the same owner) get the same grants.
    await runner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA "iess" GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "llavero_iess"`);
    await runner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA "iess" GRANT USAGE, SELECT ON SEQUENCES TO "llavero_iess"`);
    await runner.query(`REVOKE INSERT, UPDATE, DELETE ON migrations FROM "llavero_iess"`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA "iess" REVOKE ALL ON TABLES FROM "llavero_iess"`);
    await runner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA "iess" REVOKE ALL ON SEQUENCES FROM "llavero_iess"`);
    await runner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA "iess" FROM "llavero_iess"`);
    await runner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA "iess" FROM "llavero_iess"`);
    await runner.query(`REVOKE ALL ON SCHEMA "iess" FROM "llavero_iess"`);
  }
}
