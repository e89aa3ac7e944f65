// Minimisation for partners without the unmasked scope: enough to recognise, not to reuse. Masks have a
// fixed width where they can, so they do not tell the value's length either.

export type MaskKind = 'email' | 'name' | 'identifier' | 'code' | 'subject' | 'fileName';

const HIDDEN = '********';
/** Identifiers shorter than this (a passport, a visa, an IESS code can be 5 characters) show nothing. */
export const SHORT_IDENTIFIER = 8;

function maskWord(word: string): string {
  return word.length < 3 ? '**' : `${word[0]}${'*'.repeat(Math.min(word.length - 1, 5))}`;
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const extension = dot > 0 ? fileName.slice(dot + 1) : '';
  return /^[A-Za-z0-9]{1,5}$/.test(extension) ? `.${extension}` : '';
}

export function mask(kind: MaskKind, value: unknown): unknown {
  if (typeof value !== 'string' || value === '') return value;
  switch (kind) {
    case 'email': {
      // The (institutional) domain stays; a local part under 4 characters shows nothing of itself.
      const at = value.lastIndexOf('@');
      if (at <= 0) return '***';
      return `${at < 4 ? '*' : value[0]}***${value.slice(at)}`;
    }
    case 'name':
      return value.split(/\s+/).filter(Boolean).map(maskWord).join(' ');
    case 'identifier':
      // Cédula, passport, visa, IESS code: at most 2 + 2 characters, and none of a short one.
      return value.length < SHORT_IDENTIFIER ? HIDDEN : `${value.slice(0, 2)}******${value.slice(-2)}`;
    case 'code': {
      // A credential code keeps only its type prefix (CAP-), which every code shares.
      const prefix = /^[A-Z]{2,4}-/.exec(value)?.[0];
      return prefix && value.length >= 12 ? `${prefix}*****-*****-*` : HIDDEN;
    }
    case 'subject':
      // Who on the staff acted: partners need not know, and a subject may itself be a cédula or an e-mail.
      return HIDDEN;
    case 'fileName':
      // Uploaded names often carry a person's name or number; the extension says what kind of file it is.
      return `${HIDDEN}${extensionOf(value)}`;
  }
}
