import { GraphQLError } from 'graphql';
import { SystemKeyRecoveryChannel as Channel } from './enums';
import { QUIPUX_NUMBER, requireChannelDetails } from './recovery-channel';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return { message: (error as GraphQLError).message, ...(error as GraphQLError).extensions };
  }
  throw new Error('accepted');
};

describe('the channel of a key-recovery request (seed 001)', () => {
  test('presencial names its office and carries no Quipux number', () => {
    expect(requireChannelDetails(Channel.PRESENCIAL, { attentionPointCode: 'guayaquil', quipuxDocumentNumber: null })).toEqual({ attentionPointCode: 'guayaquil', quipuxDocumentNumber: null, callerPhone: null });
    expect(refusal(() => requireChannelDetails(Channel.PRESENCIAL, {}))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attentionPointCode', message: expect.stringMatching(/Indique la regional/) });
    expect(refusal(() => requireChannelDetails(Channel.PRESENCIAL, { attentionPointCode: 'quito', quipuxDocumentNumber: 'MDT-DSG-2026-0412-E' }))).toMatchObject({
      field: 'quipuxDocumentNumber',
      message: 'Una solicitud presencial no lleva número de Quipux.',
    });
  });

  test('Quipux carries its document number, read as people type it, and no office', () => {
    expect(requireChannelDetails(Channel.QUIPUX, { quipuxDocumentNumber: ' mdt-dsg-2026-0412-e ' })).toEqual({ attentionPointCode: null, quipuxDocumentNumber: 'MDT-DSG-2026-0412-E', callerPhone: null });
    expect(refusal(() => requireChannelDetails(Channel.QUIPUX, { attentionPointCode: 'quito', quipuxDocumentNumber: 'MDT-DSG-2026-0412-E' }))).toMatchObject({ field: 'attentionPointCode' });
    for (const wrong of [null, '2026-0412', 'MDT-DSG-1899-0412-E', 'MDT-DSG-2026-0412']) {
      expect(refusal(() => requireChannelDetails(Channel.QUIPUX, { quipuxDocumentNumber: wrong }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quipuxDocumentNumber', message: expect.stringMatching(/formato/) });
    }
  });

  test('by phone to 1800 266 822: the caller\'s number to call back, and neither office nor Quipux number', () => {
    expect(requireChannelDetails(Channel.TELEFONICA, { callerPhone: ' 099 123 4567 ' })).toEqual({ attentionPointCode: null, quipuxDocumentNumber: null, callerPhone: '0991234567' });
    expect(requireChannelDetails(Channel.TELEFONICA, { callerPhone: '+593-2-394-7440' })).toEqual(expect.objectContaining({ callerPhone: '+59323947440' }));
    for (const wrong of [null, '', '12345', 'llamar luego', '+59399123456789012']) {
      expect(refusal(() => requireChannelDetails(Channel.TELEFONICA, { callerPhone: wrong }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'callerPhone', reason: 'PHONE_FORMAT' });
    }
    expect(refusal(() => requireChannelDetails(Channel.TELEFONICA, { callerPhone: '0991234567', attentionPointCode: 'quito' }))).toMatchObject({ field: 'attentionPointCode', reason: 'NOT_FOR_THIS_CHANNEL' });
    expect(refusal(() => requireChannelDetails(Channel.TELEFONICA, { callerPhone: '0991234567', quipuxDocumentNumber: 'MDT-DSG-2026-0412-E' }))).toMatchObject({
      field: 'quipuxDocumentNumber',
      message: 'Una solicitud telefónica (1800 266 822) no lleva número de Quipux.',
    });
    expect(refusal(() => requireChannelDetails(Channel.PRESENCIAL, { attentionPointCode: 'quito', callerPhone: '0991234567' }))).toMatchObject({ field: 'callerPhone' });
  });

  test.each(['MDT-DSG-2026-0412-E', 'MDT-DMVTH-2026-0412-E', 'SNAP-2019-1-OF'])('%s is a Quipux number', number => {
    expect(QUIPUX_NUMBER.test(number)).toBe(true);
  });
});
