import { checkCedula, isValidProvinceCode, type IdentifierRule } from './cedula';

// RUC (Registro Único de Contribuyentes) per the SRI's published rules.

export type TaxpayerKind = 'NATURAL_PERSON' | 'PUBLIC_ENTITY' | 'COMPANY';

export type RucCheck =
  | {
      valid: true;
      ruc: string;
      kind: TaxpayerKind;
      /** false when a public or company RUC fails the modulo-11 check: the SRI has issued such RUCs, so they are accepted. */
      checksumVerified: boolean;
      /** The holder's cédula, for natural persons only. */
      cedula: string | null;
    }
  | { valid: false; rule: IdentifierRule; message: string };

const PUBLIC_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];
const COMPANY_WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2];

/** Modulo 11: 11 − (Σ digit·weight mod 11); a remainder of 0 gives check digit 0. */
export function modulo11CheckDigit(digits: string, weights: number[]): number {
  const sum = weights.reduce((acc, weight, i) => acc + weight * Number(digits[i]), 0);
  const remainder = sum % 11;
  return remainder === 0 ? 0 : 11 - remainder;
}

export function checkRuc(input: string): RucCheck {
  const ruc = input.trim();
  if (!/^\d{13}$/.test(ruc)) {
    return { valid: false, rule: 'FORMAT', message: `El RUC debe tener exactamente 13 dígitos numéricos (se recibió "${ruc}").` };
  }
  const province = ruc.slice(0, 2);
  if (!isValidProvinceCode(province)) {
    return {
      valid: false,
      rule: 'PROVINCE',
      message: `El RUC ${ruc} tiene un código de provincia inválido (${province}): debe estar entre 01 y 24, o ser 30 o 50.`,
    };
  }
  const third = Number(ruc[2]);
  if (third <= 5) return checkNaturalPersonRuc(ruc);
  if (third === 6) return checkPublicEntityRuc(ruc);
  if (third === 9) return checkCompanyRuc(ruc);
  return {
    valid: false,
    rule: 'THIRD_DIGIT',
    message: `El RUC ${ruc} tiene un tercer dígito inválido (${third}): 0 a 5 es persona natural, 6 entidad pública y 9 sociedad; 7 y 8 no existen.`,
  };
}

function checkNaturalPersonRuc(ruc: string): RucCheck {
  const cedula = checkCedula(ruc.slice(0, 10), 'La cédula contenida en el RUC de persona natural');
  if (!cedula.valid) return cedula;
  if (ruc.slice(10) === '000') {
    return { valid: false, rule: 'ESTABLISHMENT', message: `El RUC ${ruc} tiene un número de establecimiento inválido: los tres últimos dígitos no pueden ser 000.` };
  }
  return { valid: true, ruc, kind: 'NATURAL_PERSON', checksumVerified: true, cedula: cedula.cedula };
}

function checkPublicEntityRuc(ruc: string): RucCheck {
  if (ruc.slice(9) === '0000') {
    return { valid: false, rule: 'ESTABLISHMENT', message: `El RUC de entidad pública ${ruc} tiene un número de establecimiento inválido: los cuatro últimos dígitos no pueden ser 0000.` };
  }
  const checksumVerified = modulo11CheckDigit(ruc, PUBLIC_WEIGHTS) === Number(ruc[8]);
  return { valid: true, ruc, kind: 'PUBLIC_ENTITY', checksumVerified, cedula: null };
}

function checkCompanyRuc(ruc: string): RucCheck {
  if (ruc.slice(10) === '000') {
    return { valid: false, rule: 'ESTABLISHMENT', message: `El RUC de sociedad ${ruc} tiene un número de establecimiento inválido: los tres últimos dígitos no pueden ser 000.` };
  }
  const checksumVerified = modulo11CheckDigit(ruc, COMPANY_WEIGHTS) === Number(ruc[9]);
  return { valid: true, ruc, kind: 'COMPANY', checksumVerified, cedula: null };
}
