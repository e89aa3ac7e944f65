import { documentSignatureResolver } from '../../shared/documents/document-signature';
import { SalDocumentSignature } from './document-signature';
import { SalRequestDocument } from './request-document';

/** The `signature` of a received document: what was verified of the delegation's signature, null for the others. */
export const SalRequestDocumentResolver = documentSignatureResolver(SalRequestDocument, SalDocumentSignature, 'sal:read');
