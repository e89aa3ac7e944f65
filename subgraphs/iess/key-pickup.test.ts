import { IessKeyPickupBy as By, IessKeyRequestChannel as Channel } from './enums';
import { keyMailRecipient, requireKeyPickup } from './key-pickup';

const request = (channel: Channel, extra: { thirdPartyIdNumber?: string; powerOfAttorneyValidatedBy?: string } = {}) => ({
  channel,
  contactEmail: 'solicitud@empresa.ec',
  thirdPartyIdNumber: extra.thirdPartyIdNumber ?? null,
  powerOfAttorneyValidatedBy: extra.powerOfAttorneyValidatedBy ?? null,
});
const refusal = (code: string, message: RegExp) => expect.objectContaining({ message: expect.stringMatching(message), extensions: expect.objectContaining({ code, field: 'pickedUpBy' }) });

describe('who may pick the clave patronal up', () => {
  test('virtual: nobody, the key is e-mailed to the request\'s address', () => {
    expect(requireKeyPickup(request(Channel.VIRTUAL), null)).toBeNull();
    expect(() => requireKeyPickup(request(Channel.VIRTUAL), By.LEGAL_REPRESENTATIVE)).toThrow(refusal('BAD_USER_INPUT', /se envía por correo/));
    expect(keyMailRecipient(request(Channel.VIRTUAL), 'registro@empresa.ec')).toBe('solicitud@empresa.ec');
    expect(keyMailRecipient({ ...request(Channel.VIRTUAL), contactEmail: null }, 'registro@empresa.ec')).toBe('registro@empresa.ec');
  });

  test('presencial: someone must be named; the key itself goes to the registered e-mail', () => {
    expect(() => requireKeyPickup(request(Channel.PRESENCIAL), undefined)).toThrow(refusal('BAD_USER_INPUT', /Indique quién retira la clave/));
    expect(requireKeyPickup(request(Channel.PRESENCIAL), By.LEGAL_REPRESENTATIVE)).toBe(By.LEGAL_REPRESENTATIVE);
    expect(keyMailRecipient(request(Channel.PRESENCIAL), 'registro@empresa.ec')).toBe('registro@empresa.ec');
  });

  test('a third party only if the solicitud authorises one', () => {
    expect(() => requireKeyPickup(request(Channel.PRESENCIAL), By.AUTHORISED_THIRD_PARTY)).toThrow(refusal('CONFLICT', /no registra un tercero autorizado/));
    expect(requireKeyPickup(request(Channel.PRESENCIAL, { thirdPartyIdNumber: '1713175071' }), By.AUTHORISED_THIRD_PARTY)).toBe(By.AUTHORISED_THIRD_PARTY);
  });

  test('an attorney only with a validated power of attorney', () => {
    expect(() => requireKeyPickup(request(Channel.PRESENCIAL), By.ATTORNEY)).toThrow(refusal('CONFLICT', /No hay un poder notarial validado/));
    expect(requireKeyPickup(request(Channel.PRESENCIAL, { powerOfAttorneyValidatedBy: 'juridico' }), By.ATTORNEY)).toBe(By.ATTORNEY);
  });
});
