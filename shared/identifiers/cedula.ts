// Ecuadorian cédula de identidad, validated as the Registro Civil / SRI do.

export type IdentifierRule =
  | 'FORMAT'
  | 'PROVINCE'
  | 'THIRD_DIGIT'
  | 'CHECK_DIGIT'
  | 'ESTABLISHMENT';

export type CedulaCheck =
  | { valid: true; cedula: string }
  | { valid: false; rule: IdentifierRule; message: string };

/** Province codes: 01–24, 30 (Ecuadorians registered abroad) and 50 (foreigners' series). */
export function isValidProvinceCode(code: string): boolean {
  const n = Number(code);
  return (n >= 1 && n <= 24) || n === 30 || n === 50;
}

/** Modulo 10 with coefficients 2,1,2,1,2,1,2,1,2; products over 9 lose 9. */
export function cedulaCheckDigit(firstNine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let product = Number(firstNine[i]) * (i % 2 === 0 ? 2 : 1);
    if (product > 9) product -= 9;
    sum += product;
  }
  return (10 - (sum % 10)) % 10;
}

export function checkCedula(input: string, label = 'La cédula'): CedulaCheck {
  const cedula = input.trim();
  if (!/^\d{10}$/.test(cedula)) {
    return { valid: false, rule: 'FORMAT', message: `${label} debe tener exactamente 10 dígitos numéricos (se recibió "${cedula}").` };
  }
  const province = cedula.slice(0, 2);
  if (!isValidProvinceCode(province)) {
    return {
      valid: false,
      rule: 'PROVINCE',
      message: `${label} ${cedula} tiene un código de provincia inválido (${province}): debe estar entre 01 y 24, o ser 30 o 50.`,
    };
  }
  const third = Number(cedula[2]);
  if (third > 6) {
    return { valid: false, rule: 'THIRD_DIGIT', message: `${label} ${cedula} tiene un tercer dígito inválido (${third}): debe estar entre 0 y 6.` };
  }
  const expected = cedulaCheckDigit(cedula);
  if (expected !== Number(cedula[9])) {
    return {
      valid: false,
      rule: 'CHECK_DIGIT',
      message: `${label} ${cedula} no supera la verificación módulo 10: el dígito verificador debería ser ${expected} y es ${cedula[9]}.`,
    };
  }
  return { valid: true, cedula };
}
