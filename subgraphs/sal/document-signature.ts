import { documentSignatureEntity } from '../../shared/documents/document-signature';

/** What was verified of the delegation's electronic signature (§6.2.1). */
export const SalDocumentSignature = documentSignatureEntity({ graphqlName: 'SalDocumentSignature', table: 'key_request_document_signature', scope: 'sal:read' });
export type SalDocumentSignature = InstanceType<typeof SalDocumentSignature>;
