import { createHmac } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AuditEntry } from './audit-entry';

// Each row carries the HMAC of the previous one (keyed outside the database): changing, removing or
// reordering any row breaks the chain from that row on, and `npm run audit:verify` names it. Removing
// the newest rows leaves no gap; detecting that needs the last id kept elsewhere (see the README).

export const GENESIS_HASH = '0'.repeat(64);

export type NewAuditEntry = Omit<AuditEntry, 'id' | 'occurredAt' | 'previousHash' | 'hash'>;

export function entryHash(entry: Omit<AuditEntry, 'hash'>, key: string): string {
  const canonical = JSON.stringify([
    entry.id,
    entry.occurredAt.toISOString(),
    entry.requestId,
    entry.subject,
    entry.agency,
    entry.role,
    entry.operationName,
    entry.operationType,
    entry.rucs,
    entry.services,
    entry.outcome,
    entry.errorCodes,
    entry.previousHash,
  ]);
  return createHmac('sha256', key).update(canonical).digest('hex');
}

/** Appends one entry in its own transaction; a lock serialises appends from every gateway. */
export async function appendAuditEntry(dataSource: DataSource, key: string, fields: NewAuditEntry): Promise<AuditEntry> {
  return dataSource.transaction(async manager => {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('llavero:audit'))`);
    const [last] = await manager.getRepository(AuditEntry).find({ order: { id: 'DESC' }, take: 1 });
    const entry = Object.assign(new AuditEntry(), fields, {
      id: (last?.id ?? 0) + 1,
      occurredAt: new Date(),
      previousHash: last?.hash ?? GENESIS_HASH,
    });
    entry.hash = entryHash(entry, key);
    await manager.getRepository(AuditEntry).insert(entry);
    return entry;
  });
}

export type ChainVerdict =
  | { intact: true; checkedEntries: number }
  | { intact: false; checkedEntries: number; firstBrokenEntry: number; reason: string };

/** Walks the whole chain in id order, in batches; stops at the first broken row. */
export async function verifyAuditChain(dataSource: DataSource, key: string, batchSize = 1000): Promise<ChainVerdict> {
  const repository = dataSource.getRepository(AuditEntry);
  let expectedId = 1;
  let previousHash = GENESIS_HASH;
  for (;;) {
    const rows = await repository.createQueryBuilder('e').where('e.id >= :from', { from: expectedId }).orderBy('e.id', 'ASC').take(batchSize).getMany();
    for (const row of rows) {
      const broken = (reason: string): ChainVerdict => ({ intact: false, checkedEntries: expectedId - 1, firstBrokenEntry: expectedId, reason });
      if (row.id !== expectedId) return broken(`falta la entrada ${expectedId} (borrada o renumerada); la siguiente es la ${row.id}`);
      if (row.previousHash !== previousHash) return broken(`la entrada ${row.id} no enlaza con el hash de la entrada anterior`);
      if (entryHash(row, key) !== row.hash) return broken(`el contenido de la entrada ${row.id} fue alterado (su hash no coincide)`);
      previousHash = row.hash;
      expectedId++;
    }
    if (rows.length < batchSize) return { intact: true, checkedEntries: expectedId - 1 };
  }
}
