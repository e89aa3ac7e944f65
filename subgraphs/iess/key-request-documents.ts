import { In, type EntityManager } from 'typeorm';
import type { DocumentRule } from '../../shared/documents/document';
import { receiveDocumentSet, type DocumentUpload } from '../../shared/documents/document-set';
import { insertReceivedDocuments, type ReceivedDocumentWithSignature } from '../../shared/documents/document-signature';
import { requireElectronicSignature } from '../../shared/documents/electronic-signature';
import { DOCUMENT_MAX_BYTES } from './document-size';
import type { IessEmployer } from './employer';
import { IessDocumentKind as D, LegalRepresentativeIdType } from './enums';
import { IessRequestDocument } from './key-request-document';
import { IessDocumentSignature } from './key-request-document-signature';

// Seed 002's requirements: each a JPG or PDF scan (document-size.ts); the legal representative's cédula,
// or for a foreigner without one the IESS code, visa or passport; the artisan qualification only for
// artisans. On the virtual channel the solicitud must be a PDF whose electronic signature verifies.

const scan = (label: string): DocumentRule => ({ label, accepted: ['JPEG', 'PDF'], maxBytes: DOCUMENT_MAX_BYTES });
export const IESS_DOCUMENTS: Record<D, DocumentRule> = {
  RUC: scan('el RUC'),
  SIGNED_REQUEST: scan('la solicitud de entrega de clave'),
  LEGAL_REPRESENTATIVE_ID: scan('la cédula del representante legal'),
  FOREIGN_ID_DOCUMENT: scan('el código IESS, la visa o el pasaporte vigente del representante legal'),
  SIGNED_AGREEMENT: scan('el acuerdo de responsabilidad y uso de la información'),
  ARTISAN_QUALIFICATION: scan('la calificación artesanal'),
};

/** What this employer's request must carry; every other kind does not apply to it. */
export function requiredIessDocuments(employer: IessEmployer): D[] {
  const foreigner = employer.legalRepresentativeIdType !== LegalRepresentativeIdType.CEDULA;
  return [D.RUC, D.SIGNED_REQUEST, foreigner ? D.FOREIGN_ID_DOCUMENT : D.LEGAL_REPRESENTATIVE_ID, D.SIGNED_AGREEMENT, ...(employer.qualifiedArtisan ? [D.ARTISAN_QUALIFICATION] : [])];
}

/** Why a kind does not apply to this employer, said the way the window says it. */
function notApplicable(employer: IessEmployer) {
  return (kinds: D[]) => {
    if (kinds.includes(D.ARTISAN_QUALIFICATION)) return `El empleador ${employer.ruc} no está registrado como artesano calificado: la calificación artesanal no corresponde.`;
    if (kinds.includes(D.FOREIGN_ID_DOCUMENT)) return 'El representante legal tiene cédula ecuatoriana: adjunte su cédula, no un documento de extranjero.';
    return 'El representante legal es extranjero sin cédula: adjunte el código IESS, la visa o el pasaporte vigente.';
  };
}

export type IessUpload = DocumentUpload<D>;
export type IessReceivedDocument = ReceivedDocumentWithSignature<D>;

/**
 * A request's documents: the whole set when `correction` is false (submitted or shown at the window),
 * else any of those that apply (replacements). `electronic`: the virtual channel.
 */
export async function receiveKeyRequestDocuments(employer: IessEmployer, uploads: IessUpload[], options: { electronic: boolean; correction?: boolean }): Promise<IessReceivedDocument[]> {
  const applicable = requiredIessDocuments(employer);
  const signed = (kind: D) => options.electronic && kind === D.SIGNED_REQUEST;
  const received = receiveDocumentSet(uploads, {
    rules: IESS_DOCUMENTS,
    required: options.correction ? [] : applicable,
    optional: options.correction ? applicable : [],
    notApplicable: notApplicable(employer),
    ruleFor: kind => (signed(kind) ? { ...IESS_DOCUMENTS[kind], accepted: ['PDF'] } : IESS_DOCUMENTS[kind]),
  });
  const documents: IessReceivedDocument[] = [];
  for (const [index, document] of received.entries()) {
    const signature = signed(document.kind)
      ? await requireElectronicSignature(`documents[${index}]`, document, IESS_DOCUMENTS.SIGNED_REQUEST.label, 'en la ventanilla virtual la firma electrónica es imprescindible')
      : null;
    documents.push({ ...document, signature });
  }
  return documents;
}

/** Stores them, replacing documents of the same kinds (a correction); a replaced document's signature record goes with it. */
export async function storeKeyRequestDocuments(manager: EntityManager, requestId: string, documents: IessReceivedDocument[]): Promise<void> {
  if (!documents.length) return;
  await manager.getRepository(IessRequestDocument).delete({ ownerId: requestId, kind: In(documents.map(d => d.kind)) });
  await insertReceivedDocuments(manager, { document: IessRequestDocument, signature: IessDocumentSignature }, requestId, documents);
}
