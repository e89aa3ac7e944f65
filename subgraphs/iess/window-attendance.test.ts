import { IessIdDocumentType as Id } from './enums';
import { requireWindowAttendance } from './window-attendance';

const refusal = (field: string) => expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) });
const THIRD = { names: '  María   Yánez ', idType: Id.CEDULA, idNumber: '1713175071', authorisedInSolicitud: true, idValidUntil: '2027-03-01' };
const POWER = { notarialNumber: '20261701001P04521', attorneyNames: 'Andrés Felipe Salas Ortiz', attorneyIdType: Id.PASSPORT, attorneyIdNumber: 'ab-12345', attorneyIdValidUntil: '2026-11-26' };
const TODAY = '2026-11-26';

describe('what a presencial request shows at the window', () => {
  test('the solicitud and the acuerdo signed by hand', () => {
    expect(() => requireWindowAttendance({ handwrittenSignatures: false }, TODAY)).toThrow(refusal('handwrittenSignatures'));
    expect(requireWindowAttendance({ handwrittenSignatures: true }, TODAY)).toEqual({
      signatureKind: 'HANDWRITTEN',
      thirdPartyNames: null,
      thirdPartyIdType: null,
      thirdPartyIdNumber: null,
      powerOfAttorneyNumber: null,
      attorneyNames: null,
      attorneyIdType: null,
      attorneyIdNumber: null,
      thirdPartyIdValidUntil: null,
      attorneyIdValidUntil: null,
    });
  });

  test('a third party only with the "Autorización de Retiro de Contraseña" in the signed solicitud', () => {
    expect(() => requireWindowAttendance({ handwrittenSignatures: true, thirdParty: { ...THIRD, authorisedInSolicitud: false } }, TODAY)).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/Autorización de Retiro de Contraseña/), extensions: expect.objectContaining({ field: 'thirdParty.authorisedInSolicitud' }) }),
    );
    expect(requireWindowAttendance({ handwrittenSignatures: true, thirdParty: THIRD }, TODAY)).toMatchObject({ thirdPartyNames: 'María Yánez', thirdPartyIdType: 'CEDULA', thirdPartyIdNumber: '1713175071' });
    expect(() => requireWindowAttendance({ handwrittenSignatures: true, thirdParty: { ...THIRD, names: ' ' } }, TODAY)).toThrow(refusal('thirdParty.names'));
    expect(() => requireWindowAttendance({ handwrittenSignatures: true, thirdParty: { ...THIRD, idNumber: '1713175070' } }, TODAY)).toThrow(refusal('thirdParty.idNumber'));
  });

  test('an attorney with a notarised power of attorney', () => {
    expect(requireWindowAttendance({ handwrittenSignatures: true, powerOfAttorney: POWER }, TODAY)).toMatchObject({
      powerOfAttorneyNumber: '20261701001P04521',
      attorneyNames: 'Andrés Felipe Salas Ortiz',
      attorneyIdType: 'PASSPORT',
      attorneyIdNumber: 'AB-12345',
    });
    expect(() => requireWindowAttendance({ handwrittenSignatures: true, powerOfAttorney: { ...POWER, notarialNumber: 'x'.repeat(81) } }, TODAY)).toThrow(refusal('powerOfAttorney.notarialNumber'));
    expect(() => requireWindowAttendance({ handwrittenSignatures: true, powerOfAttorney: { ...POWER, attorneyIdNumber: 'X' } }, TODAY)).toThrow(refusal('powerOfAttorney.attorneyIdNumber'));
  });

  test('every document shown is vigente on the day of the attendance', () => {
    expect(requireWindowAttendance({ handwrittenSignatures: true, thirdParty: THIRD, powerOfAttorney: POWER }, TODAY)).toMatchObject({ thirdPartyIdValidUntil: '2027-03-01', attorneyIdValidUntil: '2026-11-26' });
    expect(() => requireWindowAttendance({ handwrittenSignatures: true, thirdParty: { ...THIRD, idValidUntil: '2026-11-25' } }, TODAY)).toThrow(refusal('thirdParty.idValidUntil'));
    expect(() => requireWindowAttendance({ handwrittenSignatures: true, powerOfAttorney: { ...POWER, attorneyIdValidUntil: null } }, TODAY)).toThrow(refusal('powerOfAttorney.attorneyIdValidUntil'));
  });
});
