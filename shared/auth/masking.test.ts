import { mask, type MaskKind } from './masking';

// For every kind and every length 0..12: how many characters of the original a partner can read. The
// public part of a value (an e-mail's domain, a file's extension, a credential code's CAP- prefix) is
// allowed; everything else counts.

interface KindSpec {
  /** A value of the given length in the secret part. */
  make: (n: number) => string;
  /** The masked value without its allowed public part. */
  secretPart: (masked: string, value: string) => string;
  /** Characters of the secret part that may show at this length. */
  allowed: (n: number) => number;
}

const SPECS: Record<MaskKind, KindSpec> = {
  identifier: { make: n => 'AB3456789XYZ'.slice(0, n), secretPart: m => m, allowed: n => (n < 8 ? 0 : 4) },
  subject: { make: n => 'ventanillaQ1'.slice(0, n), secretPart: m => m, allowed: () => 0 },
  fileName: {
    make: n => `${'mariaAndrade'.slice(0, n)}.pdf`,
    secretPart: (m, v) => (v.startsWith('.') ? m : m.replace(/\.pdf$/, '')),
    allowed: () => 0,
  },
  email: { make: n => `${'mariaAndrade'.slice(0, n)}@demostracion.gob.ec`, secretPart: m => m.replace(/@demostracion\.gob\.ec$/, ''), allowed: n => (n < 4 ? 0 : 1) },
  name: { make: n => 'Maximilianos'.slice(0, n), secretPart: m => m, allowed: n => (n < 3 ? 0 : 1) },
  code: { make: n => 'CAP-7K2M9-QX4TR-Z'.slice(0, n), secretPart: m => m.replace(/^CAP-/, ''), allowed: () => 0 },
};

const visible = (text: string) => [...text].filter(c => c !== '*' && c !== ' ' && c !== '-').length;
const lengths = Array.from({ length: 13 }, (_, n) => n);
const table = (Object.keys(SPECS) as MaskKind[]).flatMap(kind => lengths.map(n => [kind, n] as const));

describe('mask: what a partner can read, by kind and length', () => {
  test.each(table)('%s of length %i shows no more than allowed', (kind, n) => {
    const spec = SPECS[kind];
    const value = spec.make(n);
    const masked = String(mask(kind, value));
    expect(visible(spec.secretPart(masked, value))).toBeLessThanOrEqual(spec.allowed(n));
    if (n > 0) expect(masked).not.toBe(value);
  });

  test.each(['identifier', 'subject', 'fileName', 'code'] as const)('%s masks have a fixed width, so they do not tell the length', kind => {
    const widths = new Set(lengths.slice(1, 8).map(n => String(mask(kind, SPECS[kind].make(n))).length));
    expect(widths.size).toBe(1);
  });

  test.each([
    ['identifier', '1712345675', '17******75'],
    ['identifier', 'AB123', '********'], // a 5-character passport used to show 4 of its characters
    ['identifier', 'P-48392', '********'],
    ['identifier', 'P-4839201', 'P-******01'],
    ['subject', 'ventanilla-quito-01', '********'],
    ['subject', '1712345675', '********'],
    ['fileName', 'cedula-maria-andrade.pdf', '********.pdf'],
    ['fileName', 'foto carnet 1712345675.JPG', '********.JPG'],
    ['fileName', 'sin-extension', '********'],
    ['fileName', 'nombre.de.archivo-muy-largo', '********'],
    ['email', 'carlos.vera@demostracion.gob.ec', 'c***@demostracion.gob.ec'],
    ['email', 'ana@correo.ec', '****@correo.ec'],
    ['name', 'Ana Lucía Pérez Játiva', 'A** L**** P**** J*****'],
    ['name', 'María de la O', 'M**** ** ** **'],
    ['code', 'CAP-7K2M9-QX4TR-Z', 'CAP-*****-*****-*'],
    ['code', 'X7K2M9', '********'],
  ] as const)('%s %j → %j', (kind, value, masked) => {
    expect(mask(kind, value)).toBe(masked);
  });

  test('null and empty values stay as they are', () => {
    expect(mask('subject', null)).toBeNull();
    expect(mask('identifier', '')).toBe('');
  });
});
