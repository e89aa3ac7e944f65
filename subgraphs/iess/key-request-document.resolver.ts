import { documentSignatureResolver } from '../../shared/documents/document-signature';
import { IessRequestDocument } from './key-request-document';
import { IessDocumentSignature } from './key-request-document-signature';

/** The `signature` field of a received document. */
export const IessRequestDocumentResolver = documentSignatureResolver(IessRequestDocument, IessDocumentSignature, 'iess:read');
