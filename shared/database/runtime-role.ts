import { createHmac } from 'node:crypto';
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { processConfig } from '../config';

// Least privilege: the migrations run as the database's owner (DATABASE_URL); requests run as a role of
// their own per schema, which is neither a superuser nor the tables' owner. A subgraph's role reads and
// writes its own schema only; the gateway's role can only INSERT and SELECT the audit trail, so it can
// neither change evidence nor switch the append-only triggers off.

export type RuntimeAccess =
  | { kind: 'read-write' }
  /** Only these tables, only INSERT and SELECT; sequences for their ids. */
  | { kind: 'insert-select'; tables: string[]; sequences: string[] };

export function runtimeRoleName(schema: string): string {
  return `llavero_${schema}`;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Creates the schema's runtime role (without login: the start-up gives it a password) and its grants. */
export function runtimeRoleMigration(schema: string, timestamp: number, access: RuntimeAccess): new () => MigrationInterface {
  const role = quoteIdent(runtimeRoleName(schema));
  const name = `RuntimeRole${schema[0].toUpperCase()}${schema.slice(1)}${timestamp}`;
  return class RuntimeRoleMigration implements MigrationInterface {
    name = name;

    async up(runner: QueryRunner): Promise<void> {
      // Roles belong to the whole server: another database of the same server may have created it already.
      await runner.query(`DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${runtimeRoleName(schema)}') THEN
          CREATE ROLE ${role} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS;
        END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
      await runner.query(`GRANT USAGE ON SCHEMA ${quoteIdent(schema)} TO ${role}`);
      if (access.kind === 'read-write') {
        await runner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${quoteIdent(schema)} TO ${role}`);
        await runner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${quoteIdent(schema)} TO ${role}`);
        // Tables later migrations create (run by the same owner) get the same grants.
        await runner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${quoteIdent(schema)} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}`);
        await runner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${quoteIdent(schema)} GRANT USAGE, SELECT ON SEQUENCES TO ${role}`);
        await runner.query(`REVOKE INSERT, UPDATE, DELETE ON migrations FROM ${role}`);
      } else {
        for (const table of access.tables) await runner.query(`GRANT SELECT, INSERT ON ${quoteIdent(table)} TO ${role}`);
        for (const sequence of access.sequences) await runner.query(`GRANT USAGE ON SEQUENCE ${quoteIdent(sequence)} TO ${role}`);
        await runner.query(`GRANT SELECT ON migrations TO ${role}`);
      }
    }

    async down(runner: QueryRunner): Promise<void> {
      if (access.kind === 'read-write') {
        await runner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${quoteIdent(schema)} REVOKE ALL ON TABLES FROM ${role}`);
        await runner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${quoteIdent(schema)} REVOKE ALL ON SEQUENCES FROM ${role}`);
      }
      await runner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA ${quoteIdent(schema)} FROM ${role}`);
      await runner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA ${quoteIdent(schema)} FROM ${role}`);
      await runner.query(`REVOKE ALL ON SCHEMA ${quoteIdent(schema)} FROM ${role}`);
    }
  };
}

/**
 * The runtime role's password: derived from DATABASE_ROLE_SECRET, or else from the owner's credentials
 * and the server's address (not the database: roles are the server's), so every process started with the same owner URL computes the same one and
 * none has to store it.
 */
export function runtimeRolePassword(adminUrl: string, role: string): string {
  return createHmac('sha256', processConfig().database.roleSecret ?? serverCredentials(adminUrl)).update(`llavero-runtime-role:${role}`).digest('base64url');
}

/** Roles belong to the server, not to one database: the same owner on the same server gives the same password. */
function serverCredentials(adminUrl: string): string {
  const url = new URL(adminUrl);
  return `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}@${url.hostname}:${url.port || '5432'}`;
}

/** The owner's URL with the runtime role's name and password instead. */
export function runtimeUrl(adminUrl: string, role: string): string {
  const url = new URL(adminUrl);
  url.username = role;
  url.password = runtimeRolePassword(adminUrl, role);
  return url.toString();
}

/** Lets the role log in with its derived password (several processes may do this at once). */
export async function enableRuntimeLogin(admin: DataSource, adminUrl: string, role: string): Promise<string> {
  const password = runtimeRolePassword(adminUrl, role); // base64url: nothing to escape
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.query(`ALTER ROLE ${quoteIdent(role)} WITH LOGIN PASSWORD '${password}'`);
      return runtimeUrl(adminUrl, role);
    } catch (error) {
      // Two processes altering the same role at the same instant: one retries.
      if (attempt >= 5 || !/concurrently/.test((error as Error).message)) throw error;
      await new Promise(r => setTimeout(r, 20 * attempt));
    }
  }
}
