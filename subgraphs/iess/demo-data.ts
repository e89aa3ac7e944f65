import type { DataSource } from 'typeorm';
import { recordAttention } from '../../shared/attention/monthly-store';
import { AttentionSource } from '../../shared/attention/monthly-volume';

// Demo data of API.md: the public institution holds its clave patronal, the company has a pending
// virtual request, and the natural person is an artisan employer with a presencial request.

const EMPLOYERS = [
  ['1760001630001', 'Secretaría Nacional de Demostración', 'PUBLICO', false, 'Jorge Luis Cevallos Tapia', 'CEDULA', '1713175071', 'talento.humano@demostracion.gob.ec', '2025-01-20T15:00:00Z', '2025-02-04T17:10:00Z'],
  ['1791234561001', 'Comercial Andes Demo S.A.', 'PRIVADO', false, 'Laura Beatriz Moreno Salazar', 'CEDULA', '0912345675', 'gerencia@andesdemo.com.ec', '2026-10-29T14:00:00Z', null],
  ['1712345675001', 'Ana Lucía Pérez Játiva', 'ARTESANO', true, 'Ana Lucía Pérez Játiva', 'CEDULA', '1712345675', 'ana.perez.artesana@correo.ec', '2026-10-05T16:00:00Z', null],
];

const KEY_REQUESTS = [
  ['1e550000-0000-4000-8000-000000000001', '1760001630001', 'VIRTUAL', 'Pichincha', null, null, 'KEY_DELIVERED', '2025-01-27T15:30:00Z'],
  ['1e550000-0000-4000-8000-000000000002', '1791234561001', 'VIRTUAL', 'Guayas', null, null, 'SUBMITTED', '2026-11-17T15:45:00Z'],
  ['1e550000-0000-4000-8000-000000000003', '1712345675001', 'PRESENCIAL', 'Pichincha', 'Centro de Atención Universal Quito Norte', '2026-11-26T15:00:00Z', 'SUBMITTED', '2026-11-20T13:10:00Z'],
];

export async function seedIessDemoData(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async manager => {
    for (const row of EMPLOYERS) {
      await manager.query(
        `INSERT INTO employer (ruc, business_name, sector_code, qualified_artisan, legal_representative_names,
           legal_representative_id_type, legal_representative_id, email, registered_at, employer_key_delivered_at, registered_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'demo') ON CONFLICT (ruc) DO NOTHING`,
        row,
      );
    }
    for (const row of KEY_REQUESTS) {
      const inserted: Array<{ submitted_at: Date }> = await manager.query(
        `INSERT INTO employer_key_request (id, employer_ruc, channel, province, province_code, agency, appointment_at, status, submitted_at, updated_at, submitted_by)
         VALUES ($1, $2, $3, $4, (SELECT code FROM province WHERE name = $4), $5, $6, $7, $8, $8, 'demo') ON CONFLICT (id) DO NOTHING RETURNING submitted_at`,
        row,
      );
      // A virtual request counts when submitted; a presencial one when its appointment is attended.
      if (row[2] === 'VIRTUAL') for (const { submitted_at } of inserted) await recordAttention(manager, submitted_at, AttentionSource.DEMO);
    }
  });
}
