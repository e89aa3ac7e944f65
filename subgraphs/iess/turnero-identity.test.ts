import { IessIdDocumentType as Id } from './enums';
import { requireTurneroIdentity } from './turnero-identity';

describe('who books a turno', () => {
  test('an Ecuadorian with a cédula', () => {
    expect(requireTurneroIdentity({ cedula: '1710034065' })).toEqual({ cedula: '1710034065', idType: 'CEDULA', idNumber: '1710034065' });
    expect(() => requireTurneroIdentity({ cedula: '1710034066' })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'cedula' }) }));
  });

  test('a foreigner without cédula, by passport or visa', () => {
    expect(requireTurneroIdentity({ idType: Id.PASSPORT, idNumber: 'p-4839201' })).toEqual({ cedula: null, idType: 'PASSPORT', idNumber: 'P-4839201' });
    expect(() => requireTurneroIdentity({ idType: Id.VISA, idNumber: 'x' })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'idNumber' }) }));
    expect(() => requireTurneroIdentity({})).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'cedula', reason: 'IDENTITY_MISSING' }) }));
  });
});
