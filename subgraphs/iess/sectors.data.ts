// Employer sectors offered by the IESS "Registro nuevo empleador" form (seed 002 step 2), kept as data.
export const IESS_SECTORS = [
  { code: 'PRIVADO', name: 'Sector privado' },
  { code: 'PUBLICO', name: 'Sector público' },
  { code: 'DOMESTICO', name: 'Servicio doméstico (trabajo remunerado del hogar)' },
  { code: 'ARTESANO', name: 'Artesano calificado' },
] as const;
