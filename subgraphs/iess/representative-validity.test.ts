import 'reflect-metadata';
import { LegalRepresentativeIdType as Id } from './enums';
import { representativeValidity } from './representative-validity';

describe("the legal representative's document, vigente on the day of the request", () => {
  test('cédula, visa and passport carry an expiry date checked against today', () => {
    expect(representativeValidity({ legalRepresentativeIdType: Id.CEDULA }, '2030-05-01', '2026-11-26')).toBe('2030-05-01');
    expect(() => representativeValidity({ legalRepresentativeIdType: Id.VISA }, '2026-11-25', '2026-11-26')).toThrow(expect.objectContaining({ message: expect.stringMatching(/^La visa del representante legal venció/) }));
  });

  test('the IESS code for foreigners has none', () => {
    expect(representativeValidity({ legalRepresentativeIdType: Id.IESS_FOREIGNER_CODE }, null, '2026-11-26')).toBeNull();
  });
});
