import type { EntityManager } from 'typeorm';
import { receiveDocumentSet, type DocumentUpload } from '../../shared/documents/document-set';
import type { DocumentRule, ReceivedDocument } from '../../shared/documents/document';
import { badUserInput } from '../../shared/errors';
import { SystemKeyRecoveryDocumentKind as Kind } from './enums';
import { SystemKeyRecoveryDocument } from './system-key-recovery-document';

// Seed 001's requirements: the current RUC certificate and the signed request, once each, as PDF, JPG or PNG.

export const SYSTEM_KEY_RECOVERY_DOCUMENTS: Record<Kind, DocumentRule> = {
  RUC_CERTIFICATE: { label: 'el certificado del RUC vigente', accepted: ['PDF', 'JPEG', 'PNG'] },
  SIGNED_REQUEST: { label: 'la solicitud de recuperación firmada', accepted: ['PDF', 'JPEG', 'PNG'] },
};
const REQUIRED = [Kind.RUC_CERTIFICATE, Kind.SIGNED_REQUEST];

export type ReceivedRecoveryDocument = ReceivedDocument & { kind: Kind };

export function receiveSystemKeyRecoveryDocuments(uploads: readonly DocumentUpload<Kind>[]): ReceivedRecoveryDocument[] {
  // The window's wording names both documents whatever went wrong with the set (missing or repeated).
  const missing = REQUIRED.filter(kind => !uploads.some(upload => upload.kind === kind));
  if (missing.length || uploads.length !== REQUIRED.length) {
    const labels = REQUIRED.map(kind => SYSTEM_KEY_RECOVERY_DOCUMENTS[kind].label).join(' y ');
    const lacking = missing.length ? `; falta ${missing.map(kind => SYSTEM_KEY_RECOVERY_DOCUMENTS[kind].label).join(' y ')}` : '';
    throw badUserInput('documents', `Se requieren ${labels}, una vez cada uno${lacking}.`, { reason: 'DOCUMENTS_MISSING', missing });
  }
  return receiveDocumentSet(uploads, { rules: SYSTEM_KEY_RECOVERY_DOCUMENTS, required: REQUIRED });
}

export async function storeSystemKeyRecoveryDocuments(manager: EntityManager, recoveryId: string, documents: ReceivedRecoveryDocument[]): Promise<void> {
  await manager.getRepository(SystemKeyRecoveryDocument).insert(
    documents.map(d => ({ ownerId: recoveryId, kind: d.kind, fileName: d.fileName, mediaType: d.mediaType, sizeBytes: d.sizeBytes, sha256: d.sha256, content: d.content })),
  );
}
