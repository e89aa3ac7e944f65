import { badUserInput } from '../../shared/errors';

// Seed 002, online turnero step c: an Ecuadorian mobile number, 10 digits starting with 09.

/** The number without the spaces and hyphens people type, or BAD_USER_INPUT naming `field`. */
export function requireMobileNumber(field: string, value: string): string {
  const mobile = value.replace(/[\s-]/g, '');
  if (!/^09\d{8}$/.test(mobile)) throw badUserInput(field, 'El número celular debe tener 10 dígitos y empezar con 09.');
  return mobile;
}
