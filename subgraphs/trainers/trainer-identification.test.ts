import { GraphQLError } from 'graphql';
import { TrainerIdentificationType as Type } from './enums';
import { requireTrainerIdentification } from './trainer-identification';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return { message: (error as GraphQLError).message, ...(error as GraphQLError).extensions };
  }
  throw new Error('accepted');
};
const registering = { registering: true };

describe('a trainer is identified by cédula, or as a foreigner by passport or visa (seed 004)', () => {
  test('a cédula by default, checked by its digit, without nationality', () => {
    expect(requireTrainerIdentification({ cedula: '0926687856' }, registering)).toEqual({ identificationType: 'CEDULA', cedula: '0926687856', nationality: null });
    expect(refusal(() => requireTrainerIdentification({ cedula: '0926687857' }, registering))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cedula' });
    expect(refusal(() => requireTrainerIdentification({ cedula: '0926687856', nationality: 'COL' }, registering))).toMatchObject({ field: 'nationality', reason: 'NOT_FOR_CEDULA' });
  });

  test('a passport or visa: its number as printed, and the nationality when registering', () => {
    expect(requireTrainerIdentification({ identificationType: Type.PASSPORT, cedula: 'ax 123-456', nationality: 'col' }, registering)).toEqual({ identificationType: 'PASSPORT', cedula: 'AX123456', nationality: 'COL' });
    expect(requireTrainerIdentification({ identificationType: Type.VISA, cedula: '12345' }, { registering: false })).toEqual({ identificationType: 'VISA', cedula: '12345', nationality: null });
    expect(refusal(() => requireTrainerIdentification({ identificationType: Type.PASSPORT, cedula: 'AB1', nationality: 'COL' }, registering))).toMatchObject({ field: 'cedula', reason: 'TRAVEL_DOCUMENT_FORMAT' });
    expect(refusal(() => requireTrainerIdentification({ identificationType: Type.PASSPORT, cedula: 'AX123456' }, registering))).toMatchObject({ field: 'nationality', reason: 'NATIONALITY_FORMAT' });
    expect(refusal(() => requireTrainerIdentification({ identificationType: Type.VISA, cedula: 'AX123456', nationality: 'Colombia' }, registering))).toMatchObject({ field: 'nationality' });
    expect(refusal(() => requireTrainerIdentification({ identificationType: Type.PASSPORT, cedula: 'AX123456', nationality: 'ECU' }, registering))).toMatchObject({ field: 'identificationType', reason: 'ECUADORIAN_USES_CEDULA' });
  });
});
