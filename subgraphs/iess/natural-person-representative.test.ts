import { checkRuc } from '../../shared/identifiers/ruc';
import { LegalRepresentativeIdType as Id } from './enums';
import { naturalPersonRepresentativeProblem } from './natural-person-representative';

const valid = (ruc: string) => {
  const check = checkRuc(ruc);
  if (!check.valid) throw new Error(ruc);
  return check;
};

describe("a natural person employer's legal representative", () => {
  const person = valid('1712345675001');

  test('is the person, by the cédula the RUC carries', () => {
    expect(naturalPersonRepresentativeProblem(person, Id.CEDULA, '1712345675', null)).toBeNull();
    expect(naturalPersonRepresentativeProblem(person, Id.CEDULA, '1710034065', null)).toMatch(/persona natural: su representante legal es el titular \(cédula 1712345675\)/);
    expect(naturalPersonRepresentativeProblem(person, Id.PASSPORT, 'P-4839201', null)).not.toBeNull();
  });

  test('unless a power of attorney says otherwise; companies name anyone', () => {
    expect(naturalPersonRepresentativeProblem(person, Id.CEDULA, '1710034065', '20261701001P04521')).toBeNull();
    expect(naturalPersonRepresentativeProblem(valid('0990011180001'), Id.CEDULA, '1710034065', null)).toBeNull();
  });
});
