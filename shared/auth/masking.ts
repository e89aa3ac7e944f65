// Minimisation for partners without the unmasked scope: enough to recognise, not to reuse.

export type MaskKind = 'email' | 'name' | 'cedula' | 'code';

function maskWord(word: string): string {
  return word.length <= 1 ? word : `${word[0]}${'*'.repeat(Math.min(word.length - 1, 5))}`;
}

export function mask(kind: MaskKind, value: unknown): unknown {
  if (typeof value !== 'string' || value === '') return value;
  switch (kind) {
    case 'email': {
      const at = value.indexOf('@');
      return at <= 0 ? '***' : `${value[0]}***${value.slice(at)}`;
    }
    case 'name':
      return value.split(/\s+/).map(maskWord).join(' ');
    case 'cedula':
      return `${value.slice(0, 2)}******${value.slice(-2)}`;
    case 'code':
      return `${value.slice(0, 4)}*****-*****-*`;
  }
}
