import type { DataSource } from 'typeorm';

// Demo data of API.md: 1760001630001, a Función Ejecutiva institution with an active and a deactivated key.

export async function seedSalDemoData(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async manager => {
    await manager.query(
      `INSERT INTO institution (ruc, name, government_function, pending_authorization_processes)
       VALUES ('1760001630001', 'Secretaría Nacional de Demostración', 'EJECUTIVA', 1)
       ON CONFLICT (ruc) DO NOTHING`,
    );
    await manager.query(
      `INSERT INTO access_key (id, institution_ruc, holder_cedula, holder_names, holder_email, status, issued_at, deactivated_at, deactivation_reason)
       VALUES
        ('5a1d0000-0000-4000-8000-000000000001', '1760001630001', '0926687856', 'Carlos Eduardo Vera Molina',
         'carlos.vera@demostracion.gob.ec', 'DEACTIVATED', '2025-03-10T15:00:00Z', '2026-02-02T14:30:00Z', 'CHANGE_OF_RESPONSIBLE'),
        ('5a1d0000-0000-4000-8000-000000000002', '1760001630001', '1710034065', 'María Fernanda Andrade Ruiz',
         'maria.andrade@demostracion.gob.ec', 'ACTIVE', '2026-02-02T14:30:00Z', NULL, NULL)
       ON CONFLICT (id) DO NOTHING`,
    );
  });
}
