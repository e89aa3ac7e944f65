import type { DataSource } from 'typeorm';
import { AuditWriter } from './audit-writer';

// While the database is slow, entries wait in memory for their commit: that wait is bounded.

const entry = (i: number) => ({
  requestId: '3f2a9c1e-7b4d-4e8a-9f01-2c3d4e5f6a7b',
  kind: 'READ' as const,
  subject: `s${i}`,
  agency: null,
  role: 'front-office',
  clientAddress: null,
  operationName: 'Consulta',
  operationType: 'query',
  rucs: [],
  services: [],
  outcome: 'OK' as const,
  errorCodes: [],
});

test('a database that does not answer fills the queue up to its bound; further entries are refused at once', async () => {
  let release: () => void = () => undefined;
  const stuck = new Promise<void>(resolve => (release = resolve));
  const dataSource = { query: async (sql: string) => (sql.startsWith('SELECT') ? [] : stuck.then(() => [])) } as unknown as DataSource;
  const checkpoints = { publish: async () => undefined, latest: async () => [], close: async () => undefined };
  const writer = await AuditWriter.open(dataSource, 'k'.repeat(32), { checkpoints: checkpoints as never, checkpointIntervalMs: 60_000, maxBatch: 2, maxQueued: 5 });
  const outcomes = Array.from({ length: 20 }, (_, i) => writer.append(entry(i)).then(() => 'escrita', (error: Error) => error.message));
  await new Promise(resolve => setTimeout(resolve, 50));
  release();
  const settled = await Promise.all(outcomes);
  // At most the bound waits (plus the batch already sent); the rest are refused without waiting for the database.
  expect(settled.filter(o => o === 'escrita').length).toBeLessThanOrEqual(5 + 2);
  expect(settled.filter(o => o !== 'escrita')).toEqual(Array(settled.filter(o => o !== 'escrita').length).fill('la bitácora de auditoría ya tiene 5 entradas esperando a la base de datos'));
  expect(settled.filter(o => o !== 'escrita').length).toBeGreaterThanOrEqual(13);
  await writer.close();
});
