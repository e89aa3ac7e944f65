import { requireMobileNumber } from './mobile-number';

describe('Ecuadorian mobile numbers (online turnero)', () => {
  test('read as people type them', () => {
    expect(requireMobileNumber('mobile', '099 123-4567')).toBe('0991234567');
  });

  test.each(['12345', '0891234567', '09912345678', '099123456a'])('%p is refused on the field', value => {
    expect(() => requireMobileNumber('mobile', value)).toThrow(
      expect.objectContaining({ message: 'El número celular debe tener 10 dígitos y empezar con 09.', extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'mobile' }) }),
    );
  });
});
