// The MDT's seven regional offices and their delegations, as seed 001 lists them (city, address, phones).
// Frozen with the migration that inserts it: a correction is a new migration, so every database gets it.

export interface AttentionPointRow {
  code: string;
  kind: 'REGIONAL' | 'DELEGACION';
  regional: number;
  city: string;
  address: string;
  phones: string[];
  phoneNote?: string;
}

const regional = (regional: number, code: string, city: string, address: string, ...phones: string[]): AttentionPointRow => ({
  code, kind: 'REGIONAL', regional, city, address, phones,
});
const delegation = (regional: number, code: string, city: string, address: string, ...phones: string[]): AttentionPointRow => ({
  code, kind: 'DELEGACION', regional, city, address, phones,
});

export const ATTENTION_POINTS: readonly AttentionPointRow[] = [
  regional(1, 'ibarra', 'Ibarra', 'Calle Pedro Moncayo 11-54 y Av. Jaime Rivadeneira', '06 295 5644'),
  delegation(1, 'carchi', 'Carchi', 'Calle Olmedo entre Junín y Ayacucho', '06 296 1190'),
  delegation(1, 'esmeraldas', 'Esmeraldas', 'Av. Jaime Roldós Aguilera, Puerto Pesquero de Esmeraldas C.A.C. Bloque A piso 1', '06 299 1660'),
  delegation(1, 'nueva-loja', 'Nueva Loja', 'Av. Circunvalación y Av. Mons. Gonzalo López C.A.C. Lago Agrio Planta Baja', '06 299 1969'),
  regional(2, 'quito', 'Quito', 'Clemente Ponce N15-59 y Piedrahita, edificio Géminis', '02 394 7440'),
  delegation(2, 'planta-central', 'Planta Central', 'República de El Salvador N34-183 y Suiza, edificio Torrezul', '02 381 4000'),
  delegation(2, 'cayambe', 'Cayambe', 'Panamericana Norte E35-Km 5 Centro Comercial Nápoles', '02 211 0846'),
  delegation(2, 'napo', 'Napo', 'Av. Los Cedros y Av. Muyuna', '06 231 1871'),
  delegation(2, 'orellana', 'Orellana', 'Enrique Castillo y Quito Barrio Central Esq. Piso 5', '06 230 1776'),
  regional(3, 'ambato', 'Ambato', 'Guayaquil y Sucre Ex Palacio de Justicia', '03 282 5119'),
  delegation(3, 'riobamba', 'Riobamba', 'Argentinos y Juan Montalvo', '03 296 1899'),
  delegation(3, 'el-puyo', 'El Puyo', 'Salvador Allende y Remigio Crespo Toral esquina', '03 279 2704'),
  delegation(3, 'latacunga', 'Latacunga', 'Quito y Marquez de Maenza', '03 373 0624'),
  regional(4, 'portoviejo', 'Portoviejo', 'Av. 15 de abril y Calle los Nardos, dentro del Centro de Atención Ciudadana (CAC)', '05 304 3819', '05 304 3861', '05 304 3778'),
  delegation(4, 'manta', 'Manta', 'Av. Puerto Aeropuerto, Sector El Palmar – Terminal Terrestre Luis Valdiviezo M.', '05 262 2584', '05 262 2437'),
  delegation(4, 'chone', 'Chone', 'Calle Rocafuerte y Colón', '05 269 5133'),
  delegation(4, 'el-carmen', 'El Carmen', 'Av. 3 de Julio y Calle N. 016', '05 266 1629'),
  delegation(4, 'santo-domingo', 'Santo Domingo', 'Av. Abraham Calazacón – Instalaciones del SECAP', '02 274 6664'),
  regional(5, 'guayaquil', 'Guayaquil', 'Av. Quito y Primero De Mayo', '04 371 1090'),
  delegation(5, 'quevedo', 'Quevedo', 'Av. Camilo Arévalo y Colombia - Parroquia San Camilo', '05 275 0026'),
  delegation(5, 'babahoyo', 'Babahoyo', 'Sucre Entre 10 de Agosto y General Barahona Edificio Centro Comercial Eugenio Espejo Plana Alta', '05 202 0002'),
  delegation(5, 'santa-cruz', 'Santa Cruz', 'Puerto Ayora Las Acacias Cucuve 115 Isla', '05 252 4019'),
  { ...delegation(5, 'san-cristobal', 'San Cristóbal', 'Calle Alsacio Northia y Española'), phoneNote: 'No dispone teléfono por cambio de oficina' },
  delegation(5, 'santa-elena', 'Santa Elena', 'Av. Carlos Espinoza Larrea Cdl. Santa Paula, Centro de Atención Ciudadana', '04 277 5384'),
  delegation(5, 'guaranda', 'Guaranda', 'Sucre y García Moreno', '03 255 1566'),
  regional(6, 'cuenca', 'Cuenca', 'Paseo 3 de noviembre y Pasaje Pumapungo', '07 407 5882'),
  delegation(6, 'azogues', 'Azogues', 'Av. 16 de abril entre Napo y 030101/ Azogues – Ecuador Babahoyo', '07 370 6014'),
  delegation(6, 'la-troncal', 'La Troncal', 'Homero Montero 11-25 y Héroes del Cenepa', '07 242 3454'),
  delegation(6, 'macas', 'Macas', 'Av. Capitán de Villanueva y Marina Madero', '07 270 2372'),
  regional(7, 'loja', 'Loja', 'Bolívar y Rocafuerte (Edificio Geomil)', '07 257 1503'),
  delegation(7, 'zamora', 'Zamora', 'Sevilla de Oro y 24 de mayo (2do Piso)', '07 2605312'),
  delegation(7, 'machala', 'Machala', 'Tarqui Entre Bolívar y Pichincha (Edificio Nagua - Nagua)', '07 292 7777'),
  delegation(7, 'portovelo', 'Portovelo', 'Gonzalo Diaz y José Antonio de Sucre (Edificio del Cuerpo de Bomberos)', '07 294 9600'),
];
