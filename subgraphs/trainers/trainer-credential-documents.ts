import type { EntityManager } from 'typeorm';
import { receiveDocument, type DocumentRule, type ReceivedDocument } from '../../shared/documents/document';
import { TrainerCredentialDocumentKind as Kind } from './enums';
import { TrainerCredentialDocument } from './trainer-credential-document';

// Seed 004: the request carries the photograph (JPG) and the qualification resolution (PDF). Each has an
// argument of its own, so none can be missing, repeated or extra, and an error names that argument
// (receiveDocumentSet would name it documents[i]); each file is still read by its bytes.

interface Upload {
  fileName: string;
  contentBase64: string;
}

export const TRAINER_CREDENTIAL_DOCUMENTS: Record<Kind, DocumentRule & { field: 'photo' | 'qualificationResolution' }> = {
  PHOTO: { field: 'photo', label: 'la fotografía', accepted: ['JPEG'] },
  QUALIFICATION_RESOLUTION: { field: 'qualificationResolution', label: 'la resolución de calificación', accepted: ['PDF'] },
};

export type ReceivedCredentialDocument = ReceivedDocument & { kind: Kind };

/** The photo, then the resolution: a BAD_USER_INPUT naming the argument at the first file that is not what it must be. */
export function receiveTrainerCredentialDocuments(uploads: Record<'photo' | 'qualificationResolution', Upload>): ReceivedCredentialDocument[] {
  return [Kind.PHOTO, Kind.QUALIFICATION_RESOLUTION].map(kind => {
    const rule = TRAINER_CREDENTIAL_DOCUMENTS[kind];
    const upload = uploads[rule.field];
    return { kind, ...receiveDocument(rule.field, upload.fileName, upload.contentBase64, rule) };
  });
}

export async function storeTrainerCredentialDocuments(manager: EntityManager, credentialId: string, documents: ReceivedCredentialDocument[]): Promise<void> {
  await manager.getRepository(TrainerCredentialDocument).insert(
    documents.map(d => ({ ownerId: credentialId, kind: d.kind, fileName: d.fileName, mediaType: d.mediaType, sizeBytes: d.sizeBytes, sha256: d.sha256, content: d.content })),
  );
}
