import type { DataSource } from 'typeorm';
import { recordAttention } from '../../shared/attention/monthly-store';
import { AttentionSource } from '../../shared/attention/monthly-volume';

// Demo data of API.md: one SUT recovery for 1760001630001, two SUT/Salarios recoveries for 1791234561001.

const DEMO_RECOVERIES = [
  ['5a700000-0000-4000-8000-000000000001', '1760001630001', 'SUT', 'QUIPUX', null, 'MDT-DMVTH-2026-0412-E', 'talento.humano@demostracion.gob.ec', 'RESOLVED', '2026-07-14T15:20:00Z', '2026-07-16T13:00:00Z', null],
  ['5a700000-0000-4000-8000-000000000002', '1791234561001', 'SALARIOS_EN_LINEA', 'PRESENCIAL', 'guayaquil', null, 'nomina@andesdemo.com.ec', 'RESOLVED', '2026-08-03T14:05:00Z', '2026-08-03T16:40:00Z', null],
  ['5a700000-0000-4000-8000-000000000003', '1791234561001', 'SUT', 'PRESENCIAL', 'quito', null, 'nomina@andesdemo.com.ec', 'RECEIVED', '2026-11-18T16:30:00Z', null, null],
];

export async function seedSutDemoData(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async manager => {
    for (const row of DEMO_RECOVERIES) {
      const inserted: Array<{ received_at: Date }> = await manager.query(
        `INSERT INTO recovery_request (id, requester_ruc, system, channel, attention_point_code, quipux_document_number,
           contact_email, status, received_at, resolved_at, rejection_reason, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'demo') ON CONFLICT (id) DO NOTHING RETURNING received_at`,
        row,
      );
      for (const { received_at } of inserted) await recordAttention(manager, received_at, AttentionSource.DEMO);
    }
  });
}
