import type { EntityManager } from 'typeorm';
import { badUserInput } from '../../shared/errors';
import { IessProvince } from './province';

// Issue 12, point 5: a province is one of the 24 of the table `province` (INEC codes), named by its code
// ("17") or its name ("Pichincha", "pichincha", "Los Rios"); free text is refused.

const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** The province `value` names among `provinces`, or null. */
export function matchProvince<P extends { code: string; name: string }>(provinces: readonly P[], value: string): P | null {
  const wanted = fold(value);
  return provinces.find(p => p.code === wanted || fold(p.name) === wanted) ?? null;
}

export async function requireProvince(manager: EntityManager, field: string, value: string): Promise<IessProvince> {
  const province = matchProvince(await manager.getRepository(IessProvince).find(), value);
  if (!province) {
    throw badUserInput(field, `"${value.trim().slice(0, 60)}" no es una provincia del Ecuador: indique una de las 24 por su nombre o su código INEC (vea iessProvinces).`, { reason: 'PROVINCE_UNKNOWN' });
  }
  return province;
}
