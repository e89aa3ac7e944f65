import { documentSignatureEntity, documentSignatureResolver } from '../../shared/documents/document-signature';
import { receivedDocumentEntity } from '../../shared/documents/received-document';
import { SalDocumentKind } from './enums';

/** A file attached to a key request; the dossier shows what was received, never the content. */
export const SalRequestDocument = receivedDocumentEntity({
  graphqlName: 'SalRequestDocument',
  table: 'key_request_document',
  ownerColumn: 'request_id',
  kindEnum: SalDocumentKind,
  scope: 'sal:read',
});
export type SalRequestDocument = InstanceType<typeof SalRequestDocument>;

/** What was verified of the delegation's electronic signature (§6.2.1). */
export const SalDocumentSignature = documentSignatureEntity({ graphqlName: 'SalDocumentSignature', table: 'key_request_document_signature', scope: 'sal:read' });
export type SalDocumentSignature = InstanceType<typeof SalDocumentSignature>;

export const SalRequestDocumentResolver = documentSignatureResolver(SalRequestDocument, SalDocumentSignature, 'sal:read');
