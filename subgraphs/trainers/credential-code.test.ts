import { checkCredentialCode, newCredentialCode, newUnusedCredentialCode } from './credential-code';

describe('trainer credential codes', () => {
  test('new codes are well formed, carry a valid check character and do not repeat', () => {
    const codes = Array.from({ length: 2000 }, newCredentialCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes.slice(0, 200)) {
      expect(code).toMatch(/^CAP-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]$/);
      expect(checkCredentialCode(code)).toEqual({ valid: true, code });
    }
  });

  test('a code already held is never issued again: another is drawn', async () => {
    const held = new Set<string>();
    const asked: string[] = [];
    const code = await newUnusedCredentialCode(async candidate => {
      asked.push(candidate);
      if (asked.length < 3) {
        held.add(candidate);
        return true;
      }
      return false;
    });
    expect(asked).toHaveLength(3);
    expect(held.has(code)).toBe(false);
    expect(checkCredentialCode(code)).toEqual({ valid: true, code });
  });

  test('reads codes as people type them', () => {
    const code = newCredentialCode();
    expect(checkCredentialCode(code.toLowerCase().replace(/-/g, ' '))).toEqual({ valid: true, code });
  });

  test('every single-character typo is caught by the check character', () => {
    const body = '7K2M9QX4TR';
    const check = checkBodyChar(body);
    for (let i = 0; i < body.length; i++) {
      const replacement = body[i] === 'Z' ? 'Y' : 'Z';
      const typo = body.slice(0, i) + replacement + body.slice(i + 1);
      const result = checkCredentialCode(typo + check);
      expect(result).toMatchObject({ valid: false, reason: 'CHECK_CHARACTER' });
    }
  });

  // Luhn mod 32 misses exactly one swap, '0' with 'Z', like Luhn mod 10 misses 09/90; this body has neither.
  test('adjacent transpositions are caught', () => {
    const body = '7K2M9QX4TR';
    for (let i = 0; i < 9; i++) {
      const swapped = body.slice(0, i) + body[i + 1] + body[i] + body.slice(i + 2);
      expect(checkCredentialCode(swapped + checkBodyChar(body)).valid).toBe(false);
    }
  });

  test.each(['', 'CAP-123', 'CAP-7K2M9-QX4TR-HH', 'CAP-7K2M9-QX4T!-H', 'CAP-7K2M9-QX4TU-H'])('rejects malformed %p as FORMAT', input => {
    expect(checkCredentialCode(input)).toMatchObject({ valid: false, reason: 'FORMAT' });
  });
});

function checkBodyChar(body: string): string {
  for (const ch of '0123456789ABCDEFGHJKMNPQRSTVWXYZ') {
    if (checkCredentialCode(body + ch).valid) return ch;
  }
  throw new Error('no check character');
}
