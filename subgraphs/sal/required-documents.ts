import { receiveDocument, type DocumentRule } from '../../shared/documents/document';
import type { ReceivedDocumentWithSignature } from '../../shared/documents/document-signature';
import { requireElectronicSignature } from '../../shared/documents/electronic-signature';
import { badUserInput } from '../../shared/errors';
import { SalDocumentKind, SalKeyRequestKind, SalUathAppointment } from './enums';

// §6.2.1 (creation) and §6.4 (deactivation): which documents a request needs, and in which formats.

export const DOCUMENT_RULES: Record<SalDocumentKind, DocumentRule> = {
  REQUEST_FORM: { label: 'el formulario de solicitud de claves', accepted: ['XLSX', 'PDF'] },
  ELEARNING_CERTIFICATE: { label: 'el certificado de aprobación del e-learning', accepted: ['PDF', 'JPEG', 'PNG'] },
  APPOINTMENT_DOCUMENT: { label: 'el nombramiento, contrato o acción de personal', accepted: ['PDF', 'JPEG', 'PNG'] },
  DELEGATION: { label: 'la delegación de la Máxima Autoridad', accepted: ['PDF'] },
  MAXIMA_AUTORIDAD_STATEMENT: { label: 'la declaración de que la Máxima Autoridad actúa como responsable de Talento Humano', accepted: ['PDF'] },
  REQUESTER_PERSONNEL_ACTION: { label: 'la acción de personal del responsable que solicita', accepted: ['PDF', 'JPEG', 'PNG'] },
};

export function requiredDocuments(kind: SalKeyRequestKind, appointment: SalUathAppointment): SalDocumentKind[] {
  if (kind === SalKeyRequestKind.DEACTIVATION) return [SalDocumentKind.REQUEST_FORM, SalDocumentKind.REQUESTER_PERSONNEL_ACTION];
  const documents = [SalDocumentKind.REQUEST_FORM, SalDocumentKind.ELEARNING_CERTIFICATE, SalDocumentKind.APPOINTMENT_DOCUMENT];
  if (appointment === SalUathAppointment.DESIGNATED_BY_MAXIMA_AUTORIDAD) documents.push(SalDocumentKind.DELEGATION);
  if (appointment === SalUathAppointment.MAXIMA_AUTORIDAD_ACTS_AS_UATH) documents.push(SalDocumentKind.MAXIMA_AUTORIDAD_STATEMENT);
  return documents;
}

export interface UploadedDocument {
  kind: SalDocumentKind;
  fileName: string;
  contentBase64: string;
}

/** Checks the set (nothing missing, nothing that does not apply, no repeats), then each file by its bytes and the delegation's signature. */
export async function receiveRequestDocuments(kind: SalKeyRequestKind, appointment: SalUathAppointment, uploads: UploadedDocument[]): Promise<Array<ReceivedDocumentWithSignature<SalDocumentKind>>> {
  const required = requiredDocuments(kind, appointment);
  const given = uploads.map(u => u.kind);
  const repeated = given.filter((k, i) => given.indexOf(k) !== i);
  if (repeated.length) throw badUserInput('documents', `Se adjuntó dos veces ${DOCUMENT_RULES[repeated[0]].label}.`, { reason: 'DOCUMENT_REPEATED' });
  const extra = given.filter(k => !required.includes(k));
  if (extra.length) {
    throw badUserInput('documents', `Este caso no lleva ${extra.map(k => DOCUMENT_RULES[k].label).join(', ')}: revise quién es el responsable de Talento Humano.`, {
      reason: 'DOCUMENT_NOT_APPLICABLE',
      notApplicable: extra,
    });
  }
  const missing = required.filter(k => !given.includes(k));
  if (missing.length) {
    throw badUserInput('documents', `Faltan documentos: ${missing.map(k => DOCUMENT_RULES[k].label).join('; ')}.`, { reason: 'DOCUMENTS_MISSING', missing });
  }
  const documents: Array<ReceivedDocumentWithSignature<SalDocumentKind>> = [];
  for (const [index, upload] of uploads.entries()) {
    const field = `documents[${index}]`;
    const rule = DOCUMENT_RULES[upload.kind];
    const document = receiveDocument(field, upload.fileName, upload.contentBase64, rule);
    // §6.2.1: the Máxima Autoridad's delegation is "suscrita electrónicamente".
    const signature = upload.kind === SalDocumentKind.DELEGATION ? await requireElectronicSignature(field, document, rule.label, 'debe estar suscrita electrónicamente por la Máxima Autoridad') : null;
    documents.push({ kind: upload.kind, ...document, signature });
  }
  return documents;
}
