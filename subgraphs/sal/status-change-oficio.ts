import { receiveDocument, type ReceivedDocument } from '../../shared/documents/document';
import { badUserInput } from '../../shared/errors';

// §6.5: the Máxima Autoridad asks "mediante oficio" to deactivate the institution: the oficio itself is
// received (a PDF, judged by its bytes, kept with its SHA-256), not only its number.

export const OFICIO_RULE = { label: 'el oficio de la Máxima Autoridad', accepted: ['PDF' as const] };

/** The oficio's file, or BAD_USER_INPUT on `oficio` when it is missing or not a PDF. */
export function receiveOficio(upload: { fileName: string; contentBase64: string } | null | undefined): ReceivedDocument {
  if (!upload) throw badUserInput('oficio', 'Adjunte el oficio de la Máxima Autoridad (PDF) que solicita la desactivación de la institución (§6.5).', { reason: 'DOCUMENTS_MISSING' });
  return receiveDocument('oficio', upload.fileName, upload.contentBase64, OFICIO_RULE);
}
