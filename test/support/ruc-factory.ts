import { cedulaCheckDigit } from '../../shared/identifiers';

/** `count` distinct valid natural-person RUCs (Pichincha cédulas + establishment 001), never demo RUCs. */
export function naturalPersonRucs(count: number, offset = 0): string[] {
  return Array.from({ length: count }, (_, i) => {
    const firstNine = `173${String(offset + i).padStart(6, '0')}`;
    return `${firstNine}${cedulaCheckDigit(firstNine)}001`;
  });
}
