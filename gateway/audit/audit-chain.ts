import { createHmac } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AuditEntry } from './audit-entry';

// Each writer (gateway process) keeps its own chain: every row carries the HMAC of the previous row
// of its chain, keyed outside the database. Changing, removing or reordering a row breaks its chain
// from that row on; removing a chain's newest rows is caught by the signed checkpoints kept outside
// the table (audit-checkpoints.ts).

export const GENESIS_HASH = '0'.repeat(64);
export const CURRENT_FORMAT = 2;

export type HashedFields = Omit<AuditEntry, 'hash' | 'id'> & { id?: number };

export function entryHash(entry: HashedFields, key: string): string {
  const canonical =
    entry.format === 1
      ? // Entries written before chains per writer: the hash covers their original form, id included.
        [entry.id, entry.occurredAt.toISOString(), entry.requestId, entry.subject, entry.agency, entry.role, entry.operationName, entry.operationType, entry.rucs, entry.services, entry.outcome, entry.errorCodes, entry.previousHash]
      : [
          entry.format,
          entry.chainId,
          entry.seq,
          entry.occurredAt.toISOString(),
          entry.requestId,
          entry.kind,
          entry.subject,
          entry.agency,
          entry.role,
          entry.clientAddress,
          entry.operationName,
          entry.operationType,
          entry.rucs,
          entry.services,
          entry.outcome,
          entry.errorCodes,
          entry.previousHash,
        ];
  return createHmac('sha256', key).update(JSON.stringify(canonical)).digest('hex');
}

export interface ChainHead {
  chainId: string;
  seq: number;
  hash: string;
}

export type ChainVerdict =
  | { intact: true; chainId: string; checkedEntries: number; head: ChainHead }
  | { intact: false; chainId: string; checkedEntries: number; firstBrokenEntry: number; firstBrokenSeq: number; reason: string; head: ChainHead };

/** Walks one chain in seq order, in batches; stops at the first broken row. */
export async function verifyChain(dataSource: DataSource, key: string, chainId: string, batchSize = 1000): Promise<ChainVerdict> {
  const repository = dataSource.getRepository(AuditEntry);
  const head: ChainHead = { chainId, seq: 0, hash: GENESIS_HASH };
  for (;;) {
    const rows = await repository
      .createQueryBuilder('e')
      .where('e.chain_id = :chainId AND e.seq > :after', { chainId, after: head.seq })
      .orderBy('e.seq', 'ASC')
      .take(batchSize)
      .getMany();
    for (const row of rows) {
      const expected = head.seq + 1;
      const broken = (reason: string): ChainVerdict => ({ intact: false, chainId, checkedEntries: head.seq, firstBrokenEntry: row.id, firstBrokenSeq: expected, reason, head });
      if (row.seq !== expected) return broken(`en la cadena ${chainId} falta la posición ${expected} (borrada o renumerada); la siguiente es la ${row.seq} (entrada ${row.id})`);
      if (row.previousHash !== head.hash) return broken(`la entrada ${row.id} (cadena ${chainId}, posición ${row.seq}) no enlaza con el hash de la anterior`);
      if (entryHash(row, key) !== row.hash) return broken(`el contenido de la entrada ${row.id} (cadena ${chainId}, posición ${row.seq}) fue alterado (su hash no coincide)`);
      head.seq = row.seq;
      head.hash = row.hash;
    }
    if (rows.length < batchSize) return { intact: true, chainId, checkedEntries: head.seq, head };
  }
}

export async function chainIds(dataSource: DataSource): Promise<string[]> {
  const rows: Array<{ chain_id: string }> = await dataSource.query('SELECT DISTINCT chain_id FROM audit_entry ORDER BY chain_id');
  return rows.map(r => r.chain_id);
}
