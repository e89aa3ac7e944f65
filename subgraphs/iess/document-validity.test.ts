import { requireVigente } from './document-validity';

const refusal = (reason: string) => expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'validUntil', reason }) });

describe('a document "vigente" on the day of the request (seed 002)', () => {
  test('valid today or later', () => {
    expect(requireVigente('validUntil', '2026-11-26', 'el pasaporte', '2026-11-26')).toBe('2026-11-26');
    expect(requireVigente('validUntil', ' 2030-01-31 ', 'la visa', '2026-11-26')).toBe('2030-01-31');
  });

  test('expired, missing or malformed is refused, naming the field', () => {
    expect(() => requireVigente('validUntil', '2026-11-25', 'el pasaporte', '2026-11-26')).toThrow(expect.objectContaining({ message: 'El pasaporte venció el 2026-11-25: presente un documento vigente.' }));
    expect(() => requireVigente('validUntil', '2026-11-25', 'el pasaporte', '2026-11-26')).toThrow(refusal('DOCUMENT_EXPIRED'));
    expect(() => requireVigente('validUntil', null, 'la cédula', '2026-11-26')).toThrow(refusal('VALIDITY_MISSING'));
    expect(() => requireVigente('validUntil', '2026-02-30', 'la cédula', '2026-11-26')).toThrow(refusal('DATE_MALFORMED'));
  });
});
