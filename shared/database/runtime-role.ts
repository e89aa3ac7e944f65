import { createHmac } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { processConfig } from '../config';

// Least privilege: the migrations run as the database's owner (DATABASE_URL); requests run as a role of
// their own per schema, which is neither a superuser nor the tables' owner; each schema's migration
// `1763990000000-RuntimeRole` creates it and grants exactly what it needs. Here: its name, its derived
// password, and letting it log in at start.

export function runtimeRoleName(schema: string): string {
  return `llavero_${schema}`;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

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
