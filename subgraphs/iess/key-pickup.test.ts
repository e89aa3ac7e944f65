import { IessKeyPickupBy as By, IessKeyRequestChannel as Channel } from './enums';
import { keyMailRecipient, personAtWindow, requireKeyPickup } from './key-pickup';

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

  test('presencial: someone must be named, and the sealed notice is handed to that person', () => {
    expect(() => requireKeyPickup(request(Channel.PRESENCIAL), undefined)).toThrow(refusal('BAD_USER_INPUT', /Indique quién retira la clave/));
    expect(requireKeyPickup(request(Channel.PRESENCIAL), By.LEGAL_REPRESENTATIVE)).toBe(By.LEGAL_REPRESENTATIVE);
    const shown = { ...request(Channel.PRESENCIAL), thirdPartyNames: 'María Yánez', attorneyNames: 'Andrés Salas' };
    expect(personAtWindow(shown, By.LEGAL_REPRESENTATIVE, 'Laura Moreno')).toBe('Laura Moreno');
    expect(personAtWindow(shown, By.AUTHORISED_THIRD_PARTY, 'Laura Moreno')).toBe('María Yánez');
    expect(personAtWindow(shown, By.ATTORNEY, 'Laura Moreno')).toBe('Andrés Salas');
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
