import { CREDENTIAL_VALIDITY_YEARS, credentialValidUntil } from './credential-validity';

describe('credential validity', () => {
  test('two years from the day of issue, by the UTC date', () => {
    expect(CREDENTIAL_VALIDITY_YEARS).toBe(2);
    expect(credentialValidUntil(new Date('2026-09-15T16:00:00Z'))).toBe('2028-09-15');
    expect(credentialValidUntil(new Date('2026-12-31T23:30:00Z'))).toBe('2028-12-31');
  });

  test('issued on 29 February, it runs to 1 March', () => {
    expect(credentialValidUntil(new Date('2028-02-29T15:00:00Z'))).toBe('2030-03-01');
  });
});
