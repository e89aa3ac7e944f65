import { IessIdDocumentType, LegalRepresentativeIdType } from './enums';
import { foreignIdNumber, requireIdentityDocument, requireLegalRepresentativeId } from './identity-document';

const refusal = (field: string, message: RegExp) => expect.objectContaining({ message: expect.stringMatching(message), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) });

describe('identity documents (cédula, or passport, visa, IESS foreigner code)', () => {
  test('foreign documents: 5 to 20 letters, digits or hyphens, kept in capitals', () => {
    expect(foreignIdNumber(' p-4839201 ')).toBe('P-4839201');
    expect(foreignIdNumber('AB12')).toBeNull();
    expect(foreignIdNumber('A'.repeat(21))).toBeNull();
    expect(foreignIdNumber('AB 123')).toBeNull();
  });

  test('a cédula is checked as a cédula', () => {
    expect(requireLegalRepresentativeId('legalRepresentative.idNumber', LegalRepresentativeIdType.CEDULA, '0926687856')).toBe('0926687856');
    expect(() => requireIdentityDocument('thirdParty.idNumber', IessIdDocumentType.CEDULA, '0926687857')).toThrow(refusal('thirdParty.idNumber', /./));
  });

  test('each procedure says it in its own words', () => {
    expect(requireLegalRepresentativeId('legalRepresentative.idNumber', LegalRepresentativeIdType.PASSPORT, 'p-4839201')).toBe('P-4839201');
    expect(() => requireLegalRepresentativeId('legalRepresentative.idNumber', LegalRepresentativeIdType.VISA, 'X1')).toThrow(
      refusal('legalRepresentative.idNumber', /^El código IESS, la visa o el pasaporte debe tener de 5 a 20 letras, dígitos o guiones\.$/),
    );
    expect(() => requireIdentityDocument('powerOfAttorney.attorneyIdNumber', IessIdDocumentType.PASSPORT, 'X1')).toThrow(
      refusal('powerOfAttorney.attorneyIdNumber', /^El pasaporte o la visa debe tener de 5 a 20 letras, dígitos o guiones\.$/),
    );
  });
});
