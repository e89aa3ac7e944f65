// Employer sectors for the IESS "Registro nuevo empleador" form. Seed 002 (step 2) says the employer chooses
// its sector but does not list them: these four are the ones the issue names; the table is data, so the
// IESS's full list can be loaded by a new migration. Frozen with the migration that inserts it.
export const IESS_SECTORS = [
  { code: 'PRIVADO', name: 'Sector privado' },
  { code: 'PUBLICO', name: 'Sector público' },
  { code: 'DOMESTICO', name: 'Servicio doméstico (trabajo remunerado del hogar)' },
  { code: 'ARTESANO', name: 'Artesano calificado' },
] as const;
