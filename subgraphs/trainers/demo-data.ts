import type { DataSource } from 'typeorm';
import { recordAttention } from '../../shared/attention/monthly-store';
import { AttentionSource } from '../../shared/attention/monthly-volume';

// Demo data of API.md: 1712345675001 (cédula 1712345675) holds an issued trainer credential.
export const DEMO_CREDENTIAL_CODE = 'CAP-7K2M9-QX4TR-Z';

export async function seedTrainersDemoData(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async manager => {
    await manager.query(
      `INSERT INTO qualified_trainer (cedula, names, qualification_resolution_number, qualification_resolution_date)
       VALUES ('1712345675', 'Ana Lucía Pérez Játiva', 'MDT-DCRCO-2026-0187-R', '2026-06-19') ON CONFLICT (cedula) DO NOTHING`,
    );
    const inserted: Array<{ requested_at: Date }> = await manager.query(
      `INSERT INTO trainer_credential (id, trainer_cedula, code, status, channel, requested_at, issued_at, valid_until, email, requested_by)
       VALUES ('7a100000-0000-4000-8000-000000000001', '1712345675', $1, 'ISSUED', 'ONLINE',
               '2026-09-08T14:00:00Z', '2026-09-15T16:00:00Z', '2028-06-19', 'ana.perez.artesana@correo.ec', 'demo')
       ON CONFLICT (id) DO NOTHING RETURNING requested_at`,
      [DEMO_CREDENTIAL_CODE],
    );
    for (const { requested_at } of inserted) await recordAttention(manager, requested_at, AttentionSource.DEMO);
  });
}
