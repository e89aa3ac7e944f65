import 'reflect-metadata';
import { registerEnumType } from 'type-graphql';
import { enumLabel, enumLabelInSentence } from './enum-labels';

enum Pickup {
  ATTORNEY = 'ATTORNEY',
  AUTHORISED_THIRD_PARTY = 'AUTHORISED_THIRD_PARTY',
  UNLABELLED = 'UNLABELLED',
}
registerEnumType(Pickup, {
  name: 'PickupProbe',
  valuesConfig: { ATTORNEY: { description: 'Apoderado con poder notarial' }, AUTHORISED_THIRD_PARTY: { description: 'Tercero autorizado' } },
});

describe('Spanish labels of codes', () => {
  test.each([
    [Pickup.ATTORNEY, 'Apoderado con poder notarial', 'apoderado con poder notarial'],
    [Pickup.AUTHORISED_THIRD_PARTY, 'Tercero autorizado', 'tercero autorizado'],
  ])('%s reads as %j', (value, label, inSentence) => {
    expect(enumLabel(Pickup, value)).toBe(label);
    expect(enumLabelInSentence(Pickup, value)).toBe(inSentence);
  });

  test('a value without a label falls back to its code (a test of each subgraph catches those that reach people)', () => {
    expect(enumLabel(Pickup, Pickup.UNLABELLED)).toBe('UNLABELLED');
  });
});
