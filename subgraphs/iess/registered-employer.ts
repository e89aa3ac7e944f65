import type { EntityManager } from 'typeorm';
import { notFound } from '../../shared/errors';
import { IessEmployer } from './employer';

// Seed 002: the employer registers with the IESS first; the clave patronal comes after.

export async function requireRegisteredEmployer(manager: EntityManager, ruc: string): Promise<IessEmployer> {
  const employer = await manager.getRepository(IessEmployer).findOneBy({ ruc });
  if (!employer) throw notFound('employerRuc', `El empleador ${ruc} no está registrado en el IESS: el registro de empleador es previo a la clave patronal.`);
  return employer;
}
