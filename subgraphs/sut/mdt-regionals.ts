import { badUserInput } from '../../shared/errors';

// Seed 001 lists the Ministerio del Trabajo's offices under seven regionals, numbered 1 to 7.
export const MDT_REGIONALS = 7;

/** The regional asked for (null: all of them), or BAD_USER_INPUT when the MDT has no such regional. */
export function requireRegional(regional: number | null | undefined): number | null {
  if (regional === null || regional === undefined) return null;
  if (regional < 1 || regional > MDT_REGIONALS) {
    throw badUserInput('regional', `La regional ${regional} no existe: el Ministerio del Trabajo tiene las regionales 1 a ${MDT_REGIONALS}.`);
  }
  return regional;
}
