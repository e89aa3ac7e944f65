import { badUserInput } from '../errors';
import { receiveDocument, type DocumentRule, type ReceivedDocument } from './document';

// What a request must carry, checked the same way in every procedure: nothing repeated, nothing that
// does not apply, nothing missing, then each file by its bytes. Each subgraph's `<thing>-documents.ts`
// says which kinds apply; this file says how a set is received.

export interface DocumentUpload<K extends string> {
  kind: K;
  fileName: string;
  contentBase64: string;
}

export interface DocumentSetRules<K extends string> {
  /** Every kind this procedure knows, with its label and accepted formats. */
  rules: Record<K, DocumentRule>;
  /** The kinds this request must carry. */
  required: readonly K[];
  /** Kinds it may carry besides the required ones. */
  optional?: readonly K[];
  /** Why a kind does not apply to this request, when the plain "no lleva" is not enough. */
  notApplicable?: (kinds: K[]) => string;
  /** The rule of one upload, when it depends on the request (e.g. a signed PDF only on the virtual channel). */
  ruleFor?: (kind: K) => DocumentRule;
}

export function receiveDocumentSet<K extends string>(uploads: readonly DocumentUpload<K>[], set: DocumentSetRules<K>): Array<ReceivedDocument & { kind: K }> {
  const label = (kind: K) => set.rules[kind].label;
  const given = uploads.map(u => u.kind);
  const repeated = given.find((kind, i) => given.indexOf(kind) !== i);
  if (repeated) throw badUserInput('documents', `Se adjuntó dos veces ${label(repeated)}.`, { reason: 'DOCUMENT_REPEATED' });
  const allowed = new Set<K>([...set.required, ...(set.optional ?? [])]);
  const extra = given.filter(kind => !allowed.has(kind));
  if (extra.length) {
    throw badUserInput('documents', set.notApplicable?.(extra) ?? `Esta solicitud no lleva ${extra.map(label).join(', ')}.`, { reason: 'DOCUMENT_NOT_APPLICABLE', notApplicable: extra });
  }
  const missing = set.required.filter(kind => !given.includes(kind));
  if (missing.length) throw badUserInput('documents', `Faltan documentos: ${missing.map(label).join('; ')}.`, { reason: 'DOCUMENTS_MISSING', missing });
  return uploads.map((upload, index) => ({
    kind: upload.kind,
    ...receiveDocument(`documents[${index}]`, upload.fileName, upload.contentBase64, set.ruleFor?.(upload.kind) ?? set.rules[upload.kind]),
  }));
}
