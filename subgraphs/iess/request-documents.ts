import { receiveDocument, type DocumentRule } from '../../shared/documents/document';
import type { ReceivedDocumentWithSignature } from '../../shared/documents/document-signature';
import { requireElectronicSignature } from '../../shared/documents/electronic-signature';
import { badUserInput } from '../../shared/errors';
import type { IessEmployer } from './employer';
import { IessDocumentKind as D, LegalRepresentativeIdType } from './enums';

// Seed 002's requirements: JPG or PDF, at most 1 MB each; the legal representative's cédula, or for a
// foreigner without one the IESS code, visa or passport; the artisan qualification only for artisans.

const MAX_BYTES = 1024 * 1024;
export const IESS_DOCUMENTS: Record<D, DocumentRule> = {
  RUC: { label: 'el RUC', accepted: ['JPEG', 'PDF'], maxBytes: MAX_BYTES },
  SIGNED_REQUEST: { label: 'la solicitud de entrega de clave', accepted: ['JPEG', 'PDF'], maxBytes: MAX_BYTES },
  LEGAL_REPRESENTATIVE_ID: { label: 'la cédula del representante legal', accepted: ['JPEG', 'PDF'], maxBytes: MAX_BYTES },
  FOREIGN_ID_DOCUMENT: { label: 'el código IESS, la visa o el pasaporte vigente del representante legal', accepted: ['JPEG', 'PDF'], maxBytes: MAX_BYTES },
  SIGNED_AGREEMENT: { label: 'el acuerdo de responsabilidad y uso de la información', accepted: ['JPEG', 'PDF'], maxBytes: MAX_BYTES },
  ARTISAN_QUALIFICATION: { label: 'la calificación artesanal', accepted: ['JPEG', 'PDF'], maxBytes: MAX_BYTES },
};

export function requiredIessDocuments(employer: IessEmployer): D[] {
  const foreigner = employer.legalRepresentativeIdType !== LegalRepresentativeIdType.CEDULA;
  return [D.RUC, D.SIGNED_REQUEST, foreigner ? D.FOREIGN_ID_DOCUMENT : D.LEGAL_REPRESENTATIVE_ID, D.SIGNED_AGREEMENT, ...(employer.qualifiedArtisan ? [D.ARTISAN_QUALIFICATION] : [])];
}

export interface IessUpload {
  kind: D;
  fileName: string;
  contentBase64: string;
}

/**
 * Checks the set against the employer (nothing missing, nothing that does not apply), then each file by
 * its bytes; on the virtual channel the solicitud must be a PDF whose electronic signature verifies.
 */
export async function receiveIessDocuments(employer: IessEmployer, uploads: IessUpload[], electronic: boolean, required = requiredIessDocuments(employer)): Promise<Array<ReceivedDocumentWithSignature<D>>> {
  const given = uploads.map(u => u.kind);
  if (given.includes(D.ARTISAN_QUALIFICATION) && !employer.qualifiedArtisan) {
    throw badUserInput('documents', `El empleador ${employer.ruc} no está registrado como artesano calificado: la calificación artesanal no corresponde.`, { reason: 'DOCUMENT_NOT_APPLICABLE' });
  }
  if (given.includes(D.FOREIGN_ID_DOCUMENT) && employer.legalRepresentativeIdType === LegalRepresentativeIdType.CEDULA) {
    throw badUserInput('documents', 'El representante legal tiene cédula ecuatoriana: adjunte su cédula, no un documento de extranjero.', { reason: 'DOCUMENT_NOT_APPLICABLE' });
  }
  if (given.includes(D.LEGAL_REPRESENTATIVE_ID) && employer.legalRepresentativeIdType !== LegalRepresentativeIdType.CEDULA) {
    throw badUserInput('documents', 'El representante legal es extranjero sin cédula: adjunte el código IESS, la visa o el pasaporte vigente.', { reason: 'DOCUMENT_NOT_APPLICABLE' });
  }
  const repeated = given.find((k, i) => given.indexOf(k) !== i);
  if (repeated) throw badUserInput('documents', `Se adjuntó dos veces ${IESS_DOCUMENTS[repeated].label}.`, { reason: 'DOCUMENT_REPEATED' });
  const missing = required.filter(k => !given.includes(k));
  if (missing.length) throw badUserInput('documents', `Faltan documentos: ${missing.map(k => IESS_DOCUMENTS[k].label).join('; ')}.`, { reason: 'DOCUMENTS_MISSING', missing });
  const documents: Array<ReceivedDocumentWithSignature<D>> = [];
  for (const [index, upload] of uploads.entries()) {
    const field = `documents[${index}]`;
    const signed = electronic && upload.kind === D.SIGNED_REQUEST;
    const rule = signed ? { ...IESS_DOCUMENTS.SIGNED_REQUEST, accepted: ['PDF' as const] } : IESS_DOCUMENTS[upload.kind];
    const document = receiveDocument(field, upload.fileName, upload.contentBase64, rule);
    const signature = signed ? await requireElectronicSignature(field, document, rule.label, 'en la ventanilla virtual la firma electrónica es imprescindible') : null;
    documents.push({ kind: upload.kind, ...document, signature });
  }
  return documents;
}
