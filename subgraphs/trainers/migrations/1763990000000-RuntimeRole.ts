import type { MigrationInterface, QueryRunner } from 'typeorm';

// Frozen SQL: the role requests run as reads and writes the trainers schema and owns nothing (it cannot
// change the migrations table). Roles belong to the whole server: another database of the same server
// may have created it already.
export class RuntimeRoleTrainers1763990000000 implements MigrationInterface {
  name = 'RuntimeRoleTrainers1763990000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'llavero_trainers') THEN
          CREATE ROLE "llavero_trainers" NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS;
        END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
    await runner.query(`GRANT USAGE ON SCHEMA "trainers" TO "llavero_trainers"`);
    await runner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "trainers" TO "llavero_trainers"`);
    await runner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "trainers" TO "llavero_trainers"`);
    // Tables later migrations create (run by the same owner) get the same grants.
    await runner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA "trainers" GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "llavero_trainers"`);
    await runner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA "trainers" GRANT USAGE, SELECT ON SEQUENCES TO "llavero_trainers"`);
    await runner.query(`REVOKE INSERT, UPDATE, DELETE ON migrations FROM "llavero_trainers"`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA "trainers" REVOKE ALL ON TABLES FROM "llavero_trainers"`);
    await runner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA "trainers" REVOKE ALL ON SEQUENCES FROM "llavero_trainers"`);
    await runner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA "trainers" FROM "llavero_trainers"`);
    await runner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA "trainers" FROM "llavero_trainers"`);
    await runner.query(`REVOKE ALL ON SCHEMA "trainers" FROM "llavero_trainers"`);
  }
}
