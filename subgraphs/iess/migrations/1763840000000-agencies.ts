// IESS attention centres that give "Clave patronal" appointments, by province. Seed 002 names the
// procedure and the hours, not the centres: this short list is demonstration data to extend by migration.
export const IESS_AGENCIES = [
  { code: 'cau-quito-norte', province: 'Pichincha', name: 'Centro de Atención Universal Quito Norte' },
  { code: 'cau-quito-sur', province: 'Pichincha', name: 'Centro de Atención Universal Quito Sur' },
  { code: 'cau-guayaquil', province: 'Guayas', name: 'Centro de Atención Universal Guayaquil' },
  { code: 'cau-cuenca', province: 'Azuay', name: 'Centro de Atención Universal Cuenca' },
  { code: 'cau-portoviejo', province: 'Manabí', name: 'Centro de Atención Universal Portoviejo' },
  { code: 'cau-ambato', province: 'Tungurahua', name: 'Centro de Atención Universal Ambato' },
  { code: 'cau-loja', province: 'Loja', name: 'Centro de Atención Universal Loja' },
] as const;
