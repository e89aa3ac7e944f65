import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { openServiceDatabase } from '../../shared/database/data-source';
import { createTestDatabase, type TestDatabase } from '../../test/support/database';
import { FileCheckpointStore } from './audit-checkpoints';
import { verifyAuditTrail } from './audit-verification';
import { AuditWriter } from './audit-writer';
import { createAuditDataSource } from './database';

// Rotating AUDIT_CHAIN_KEY: gateways restarted with the new key start new chains with it; the chains of
// before verify with the old key (AUDIT_CHAIN_KEY_PREVIOUS), each whole with one key.

const OLD_KEY = 'clave-anterior-de-la-cadena-de-auditoria';
const NEW_KEY = 'clave-nueva-de-la-cadena-de-auditoria-xx';
const entry = (subject: string) => ({ requestId: '00000000-0000-4000-8000-000000000001', kind: 'REQUEST' as const, subject, agency: null, role: 'auditor', clientAddress: '127.0.0.1', operationName: null, operationType: 'query', rucs: [], services: [], outcome: 'OK', errorCodes: [] });

describe('audit chain key rotation', () => {
  let database: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'llavero-audit-rotation-'));
  });
  afterAll(async () => {
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('old chains verify with the previous key, new ones with the new key; neither key alone verifies both', async () => {
    const audit = await openServiceDatabase(createAuditDataSource, { admin: database.url });
    const checkpoints = new FileCheckpointStore(dir);
    try {
      for (const key of [OLD_KEY, NEW_KEY]) {
        const writer = await AuditWriter.open(audit, key, { checkpoints, checkpointIntervalMs: 60_000 });
        await writer.append(entry('antes'));
        await writer.append(entry('después'));
        await writer.close();
      }
      const saved = await checkpoints.load();
      expect(await verifyAuditTrail(audit, [NEW_KEY, OLD_KEY], saved)).toMatchObject({ intact: true, problems: [], checkedEntries: 4 });
      const newOnly = await verifyAuditTrail(audit, NEW_KEY, saved);
      expect(newOnly.intact).toBe(false);
      expect(newOnly.problems.map(p => p.kind)).toEqual(expect.arrayContaining(['CHECKPOINT_FORGED', 'CHAIN_BROKEN']));
      // A chain changed after the fact is still broken, whichever key is tried.
      const owner = new Client({ connectionString: database.url });
      await owner.connect();
      await owner.query('ALTER TABLE audit.audit_entry DISABLE TRIGGER audit_entry_no_change');
      await owner.query(`UPDATE audit.audit_entry SET subject = 'alterado' WHERE id = (SELECT min(id) FROM audit.audit_entry)`);
      await owner.query('ALTER TABLE audit.audit_entry ENABLE TRIGGER audit_entry_no_change');
      await owner.end();
      expect((await verifyAuditTrail(audit, [NEW_KEY, OLD_KEY], saved)).problems.map(p => p.kind)).toContain('CHAIN_BROKEN');
    } finally {
      await audit.destroy();
    }
  });
});
