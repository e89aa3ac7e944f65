import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSubgraphDataSource, openServiceDatabase, openSubgraphDatabase } from '../../shared/database/data-source';
import { createTestDatabase, type TestDatabase } from '../../test/support/database';
import { entryHash, GENESIS_HASH } from './audit-chain';
import { FileCheckpointStore } from './audit-checkpoints';
import { AuditEntry } from './audit-entry';
import { verifyAuditTrail } from './audit-verification';
import { AuditWriter } from './audit-writer';
import { createAuditDataSource } from './database';
import { CreateAuditTrail1763800000000 } from './migrations/1763800000000-CreateAuditTrail';

// A trail written before chains per writer (one global chain, ids without gaps) keeps verifying after the
// migration, as chain 'v1', and new entries go to the writer's own chain.

const KEY = 'clave-de-la-cadena-de-auditoria-de-prueba';

describe('audit migration to chains per writer', () => {
  let database: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'llavero-audit-migration-'));
  });
  afterAll(async () => {
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('old rows verify as chain v1; the writer appends its own chain; both intact', async () => {
    const old = await openSubgraphDatabase(createSubgraphDataSource({ schema: 'audit', url: database.url, entities: [], migrations: [CreateAuditTrail1763800000000] }));
    let previous = GENESIS_HASH;
    for (const id of [1, 2, 3]) {
      const row = {
        id, occurredAt: new Date(Date.UTC(2026, 10, id)), requestId: '00000000-0000-4000-8000-00000000000' + id, subject: 'ventanilla', agency: null, role: 'front-office',
        operationName: 'Q', operationType: 'query', rucs: ['1760001630001'], services: ['sal'], outcome: 'OK', errorCodes: [], previousHash: previous,
      };
      const hash = entryHash({ ...row, format: 1 } as never, KEY);
      await old.query(
        `INSERT INTO audit_entry (id, occurred_at, request_id, subject, agency, role, operation_name, operation_type, rucs, services, outcome, error_codes, previous_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
        [row.id, row.occurredAt, row.requestId, row.subject, row.agency, row.role, row.operationName, row.operationType, row.rucs, row.services, row.outcome, row.errorCodes, row.previousHash, hash],
      );
      previous = hash;
    }
    await old.destroy();

    const audit = await openServiceDatabase(createAuditDataSource, { admin: database.url });
    const checkpoints = new FileCheckpointStore(dir);
    const writer = await AuditWriter.open(audit, KEY, { checkpoints, checkpointIntervalMs: 60_000 });
    await writer.append({ requestId: '00000000-0000-4000-8000-000000000009', kind: 'REQUEST', subject: 'nueva', agency: null, role: 'auditor', clientAddress: '127.0.0.1', operationName: null, operationType: 'query', rucs: [], services: [], outcome: 'OK', errorCodes: [] });
    await writer.close();
    const report = await verifyAuditTrail(audit, KEY, await checkpoints.load());
    const rows = await audit.getRepository(AuditEntry).find({ order: { id: 'ASC' } });
    await audit.destroy();
    expect(report).toMatchObject({ intact: true, problems: [], checkedEntries: 4 });
    expect(rows.map(r => [r.chainId === 'v1' ? 'v1' : 'writer', r.seq, r.id])).toEqual([
      ['v1', 1, 1],
      ['v1', 2, 2],
      ['v1', 3, 3],
      ['writer', 1, 4],
    ]);
  });
});
