import { Kind, visit, type DocumentNode } from 'graphql';

// Text a caller sends may hold line breaks and tabs, never other control characters: a NUL or an escape
// sequence has no place in a name, a reason or a file name, and PostgreSQL refuses NUL in text. Refused
// at the gateway before anything is written, naming where it was found.

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export interface ControlCharacterFound {
  /** Where: `variables.input.documents[0].fileName`, or `query` for a literal in the document. */
  field: string;
  codePoint: string;
}

function describe(text: string): string {
  const char = FORBIDDEN.exec(text)![0];
  return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first string (at any depth) holding a forbidden control character, or null. */
export function findControlCharacter(value: unknown, path: string, depth = 0): ControlCharacterFound | null {
  if (typeof value === 'string') return FORBIDDEN.test(value) ? { field: path, codePoint: describe(value) } : null;
  if (value === null || typeof value !== 'object' || depth > 32) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findControlCharacter(value[i], `${path}[${i}]`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    const keyFound = findControlCharacter(key, path, depth + 1);
    if (keyFound) return keyFound;
    const found = findControlCharacter(item, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}

/** Per parsed document: Apollo Server hands the same DocumentNode to every request of a cached query text. */
const documentChecks = new WeakMap<DocumentNode, ControlCharacterFound | null>();

/** String literals written in the document itself ("\u0000" escapes decode to control characters). */
export function findControlCharacterInDocument(document: DocumentNode): ControlCharacterFound | null {
  if (documentChecks.has(document)) return documentChecks.get(document)!;
  let found: ControlCharacterFound | null = null;
  visit(document, {
    [Kind.STRING](node) {
      if (!found && FORBIDDEN.test(node.value)) found = { field: 'query', codePoint: describe(node.value) };
    },
  });
  documentChecks.set(document, found);
  return found;
}
