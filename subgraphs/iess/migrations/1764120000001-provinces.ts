// Ecuador's 24 provinces with their INEC codes (División Político Administrativa, INEC), frozen as data.
export const PROVINCES = [
  ['01', 'Azuay'], ['02', 'Bolívar'], ['03', 'Cañar'], ['04', 'Carchi'], ['05', 'Cotopaxi'], ['06', 'Chimborazo'],
  ['07', 'El Oro'], ['08', 'Esmeraldas'], ['09', 'Guayas'], ['10', 'Imbabura'], ['11', 'Loja'], ['12', 'Los Ríos'],
  ['13', 'Manabí'], ['14', 'Morona Santiago'], ['15', 'Napo'], ['16', 'Pastaza'], ['17', 'Pichincha'], ['18', 'Tungurahua'],
  ['19', 'Zamora Chinchipe'], ['20', 'Galápagos'], ['21', 'Sucumbíos'], ['22', 'Orellana'], ['23', 'Santo Domingo de los Tsáchilas'], ['24', 'Santa Elena'],
] as const;

// Seed 002 says only "Centros de Atención a nivel nacional" (and a Dirección Provincial per province): no
// centre is named, so every attention point is a PLACEHOLDER to confirm with the IESS. These complete one
// per province, at its capital; the seven of 1763840000000-agencies.ts stay as they were.
export const PLACEHOLDER_AGENCIES = [
  ['cau-guaranda', '02', 'Guaranda'], ['cau-azogues', '03', 'Azogues'], ['cau-tulcan', '04', 'Tulcán'], ['cau-latacunga', '05', 'Latacunga'],
  ['cau-riobamba', '06', 'Riobamba'], ['cau-machala', '07', 'Machala'], ['cau-esmeraldas', '08', 'Esmeraldas'], ['cau-ibarra', '10', 'Ibarra'],
  ['cau-babahoyo', '12', 'Babahoyo'], ['cau-macas', '14', 'Macas'], ['cau-tena', '15', 'Tena'], ['cau-puyo', '16', 'Puyo'],
  ['cau-zamora', '19', 'Zamora'], ['cau-puerto-baquerizo', '20', 'Puerto Baquerizo Moreno'], ['cau-nueva-loja', '21', 'Nueva Loja'],
  ['cau-el-coca', '22', 'Francisco de Orellana'], ['cau-santo-domingo', '23', 'Santo Domingo'], ['cau-santa-elena', '24', 'Santa Elena'],
] as const;
