import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The runtime role requests run as (llavero_sal): reads and writes the sal schema, owns nothing; the start-up gives it a password. */
export class RuntimeRoleSal1763990000000 implements MigrationInterface {
  name = 'RuntimeRoleSal1763990000000';

  async up(runner: QueryRunner): Promise<void> {
    // Roles belong to the whole server: another database of the same server may have created it already.
    await runner.query(`DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'llavero_sal') THEN
          CREATE ROLE "llavero_sal" NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS;
        END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
    await runner.query(`GRANT USAGE ON SCHEMA "sal" TO "llavero_sal"`);
    await runner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "sal" TO "llavero_sal"`);
    await runner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "sal" TO "llavero_sal"`);
    // Tables later migrations create (run by the same owner) get the same grants.
    await runner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA "sal" GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "llavero_sal"`);
    await runner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA "sal" GRANT USAGE, SELECT ON SEQUENCES TO "llavero_sal"`);
    await runner.query(`REVOKE INSERT, UPDATE, DELETE ON migrations FROM "llavero_sal"`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA "sal" REVOKE ALL ON TABLES FROM "llavero_sal"`);
    await runner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA "sal" REVOKE ALL ON SEQUENCES FROM "llavero_sal"`);
    await runner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA "sal" FROM "llavero_sal"`);
    await runner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA "sal" FROM "llavero_sal"`);
    await runner.query(`REVOKE ALL ON SCHEMA "sal" FROM "llavero_sal"`);
  }
}
