import type { DocumentRule } from '../../shared/documents/document';
import { receiveDocumentSet, type DocumentUpload } from '../../shared/documents/document-set';
import type { ReceivedDocumentWithSignature } from '../../shared/documents/document-signature';
import { requireElectronicSignature } from '../../shared/documents/electronic-signature';
import { SalDocumentKind, SalKeyRequestKind, SalUathAppointment } from './enums';

// §6.2.1 (creation) and §6.4 (deactivation): which documents a request needs, and in which formats.

export const DOCUMENT_RULES: Record<SalDocumentKind, DocumentRule> = {
  REQUEST_FORM: { label: 'el formulario de solicitud de claves', accepted: ['XLSX', 'XLS', 'PDF'] },
  ELEARNING_CERTIFICATE: { label: 'el certificado de aprobación del e-learning', accepted: ['PDF', 'JPEG', 'PNG'] },
  APPOINTMENT_DOCUMENT: { label: 'el nombramiento, contrato o acción de personal', accepted: ['PDF', 'JPEG', 'PNG'] },
  DELEGATION: { label: 'la delegación de la Máxima Autoridad', accepted: ['PDF'] },
  MAXIMA_AUTORIDAD_STATEMENT: { label: 'la declaración de que la Máxima Autoridad actúa como responsable de Talento Humano', accepted: ['PDF'] },
  REQUESTER_PERSONNEL_ACTION: { label: 'la acción de personal del responsable que solicita', accepted: ['PDF', 'JPEG', 'PNG'] },
};

/** §6.4: a deactivation attaches the Excel "FORMULARIO DE CREACIÓN Y/O DESACTIVACIÓN DE CLAVES …" with "Desactivación" chosen. */
export const DEACTIVATION_FORM_RULE: DocumentRule = {
  label: 'el formulario Excel de creación y/o desactivación de claves (opción "Desactivación", §6.4)',
  accepted: ['XLSX', 'XLS'],
};

/** The rules of a request of this kind: the deactivation form is the Excel one. */
export function documentRules(kind: SalKeyRequestKind): Record<SalDocumentKind, DocumentRule> {
  return kind === SalKeyRequestKind.DEACTIVATION ? { ...DOCUMENT_RULES, REQUEST_FORM: DEACTIVATION_FORM_RULE } : DOCUMENT_RULES;
}

export function requiredDocuments(kind: SalKeyRequestKind, appointment: SalUathAppointment): SalDocumentKind[] {
  if (kind === SalKeyRequestKind.DEACTIVATION) return [SalDocumentKind.REQUEST_FORM, SalDocumentKind.REQUESTER_PERSONNEL_ACTION];
  const documents = [SalDocumentKind.REQUEST_FORM, SalDocumentKind.ELEARNING_CERTIFICATE, SalDocumentKind.APPOINTMENT_DOCUMENT];
  if (appointment === SalUathAppointment.DESIGNATED_BY_MAXIMA_AUTORIDAD) documents.push(SalDocumentKind.DELEGATION);
  if (appointment === SalUathAppointment.MAXIMA_AUTORIDAD_ACTS_AS_UATH) documents.push(SalDocumentKind.MAXIMA_AUTORIDAD_STATEMENT);
  return documents;
}

/** Receives the set (nothing repeated, nothing that does not apply, nothing missing, each file by its bytes), then checks the delegation's signature. */
export async function receiveKeyRequestDocuments(
  kind: SalKeyRequestKind,
  appointment: SalUathAppointment,
  uploads: readonly DocumentUpload<SalDocumentKind>[],
): Promise<Array<ReceivedDocumentWithSignature<SalDocumentKind>>> {
  const rules = documentRules(kind);
  const received = receiveDocumentSet(uploads, {
    rules,
    required: requiredDocuments(kind, appointment),
    notApplicable: extra => `Este caso no lleva ${extra.map(k => rules[k].label).join(', ')}: revise quién es el responsable de Talento Humano.`,
  });
  const documents: Array<ReceivedDocumentWithSignature<SalDocumentKind>> = [];
  for (const [index, document] of received.entries()) {
    const rule = rules[document.kind];
    // §6.2.1: the Máxima Autoridad's delegation is "suscrita electrónicamente".
    const signature =
      document.kind === SalDocumentKind.DELEGATION ? await requireElectronicSignature(`documents[${index}]`, document, rule.label, 'debe estar suscrita electrónicamente por la Máxima Autoridad') : null;
    documents.push({ ...document, signature });
  }
  return documents;
}
