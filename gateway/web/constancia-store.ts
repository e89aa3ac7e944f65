import { randomInt } from 'node:crypto';
import type { DataSource } from 'typeorm';

// The record of each constancia issued (audit.constancia, migration 1764100000000), written before the PDF
// leaves, read by the public verification. The code is what a person types: 12 characters of Crockford's
// base 32 (no I, L, O, U), about 60 bits, in three groups.

export interface ConstanciaRecord {
  code: string;
  ruc: string;
  clerkSubject: string;
  office: string | null;
  issuedAt: Date;
  sha256: string;
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

export function newVerificationCode(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8].map(i => chars.slice(i, i + 4).join('')).join('-');
}

/** As typed by a person: upper case, O read as 0, I and L as 1, spaces ignored. */
export function normalizeCode(input: string): string {
  return input.trim().toUpperCase().replace(/\s+/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export async function recordConstancia(audit: DataSource, record: ConstanciaRecord): Promise<void> {
  await audit.query('INSERT INTO constancia (code, ruc, clerk_subject, office, issued_at, sha256) VALUES ($1, $2, $3, $4, $5, $6)', [
    record.code,
    record.ruc,
    record.clerkSubject.slice(0, 256),
    record.office?.slice(0, 128) ?? null,
    record.issuedAt,
    record.sha256,
  ]);
}

export async function findConstancia(audit: DataSource, code: string): Promise<ConstanciaRecord | null> {
  const [row] = (await audit.query('SELECT code, ruc, clerk_subject, office, issued_at, sha256 FROM constancia WHERE code = $1', [code])) as Array<Record<string, any>>;
  if (!row) return null;
  return { code: row.code, ruc: row.ruc, clerkSubject: row.clerk_subject, office: row.office, issuedAt: new Date(row.issued_at), sha256: row.sha256 };
}
