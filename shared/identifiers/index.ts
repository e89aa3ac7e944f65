import { badUserInput } from '../errors';
import { checkCedula } from './cedula';
import { checkRuc } from './ruc';

export * from './cedula';
export * from './ruc';

/** Validates a RUC argument or throws BAD_USER_INPUT naming the field and the SRI rule that failed. */
export function requireValidRuc(value: string, field = 'ruc') {
  const result = checkRuc(value);
  if (!result.valid) throw badUserInput(field, result.message, { rule: `RUC_${result.rule}`, value });
  return result;
}

export function requireValidCedula(value: string, field = 'cedula') {
  const result = checkCedula(value);
  if (!result.valid) throw badUserInput(field, result.message, { rule: `CEDULA_${result.rule}`, value });
  return result;
}
