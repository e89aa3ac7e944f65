import { documentSignatureEntity } from '../../shared/documents/document-signature';

/** What was verified of the virtual solicitud's electronic signature. */
export const IessDocumentSignature = documentSignatureEntity({ graphqlName: 'IessDocumentSignature', table: 'key_request_document_signature', scope: 'iess:read' });
export type IessDocumentSignature = InstanceType<typeof IessDocumentSignature>;
