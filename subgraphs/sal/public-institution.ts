import { badUserInput } from '../../shared/errors';
import { requireValidRuc } from '../../shared/identifiers';

// Seed 000 §2, §5.1.1: SAL serves the UATH of the State's institutions (art. 3 LOSEP); only a public
// entity's RUC (third digit 6) is a SAL institution, never a natural person's or a private company's.

/** The checked RUC of a public institution, or BAD_USER_INPUT on `field` naming the rule. */
export function requirePublicInstitutionRuc(value: string, field = 'ruc'): string {
  const checked = requireValidRuc(value, field);
  if (checked.kind !== 'PUBLIC_ENTITY') {
    const holder = checked.kind === 'NATURAL_PERSON' ? 'una persona natural' : 'una sociedad privada';
    throw badUserInput(
      field,
      `El RUC ${checked.ruc} es de ${holder}: el SAL es solo para instituciones del sector público (art. 3 de la LOSEP), cuyo RUC tiene 6 como tercer dígito.`,
      { reason: 'SAL_PUBLIC_INSTITUTIONS_ONLY', rule: 'RUC_THIRD_DIGIT_6' },
    );
  }
  return checked.ruc;
}
