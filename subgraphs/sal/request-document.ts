import { receivedDocumentEntity } from '../../shared/documents/received-document';
import { SalDocumentKind } from './enums';

/** A file attached to a key request; the dossier shows what was received, the content only to staff (contentBase64). */
export const SalRequestDocument = receivedDocumentEntity({
  graphqlName: 'SalRequestDocument',
  table: 'key_request_document',
  ownerColumn: 'request_id',
  kindEnum: SalDocumentKind,
  scope: 'sal:read',
});
export type SalRequestDocument = InstanceType<typeof SalRequestDocument>;
