import { receivedDocumentEntity } from '../../shared/documents/received-document';
import { IessDocumentKind } from './enums';

/** A file received with a clave patronal request (seed 002's requirements): name, type, size, SHA-256. */
export const IessRequestDocument = receivedDocumentEntity({ graphqlName: 'IessRequestDocument', table: 'key_request_document', ownerColumn: 'request_id', kindEnum: IessDocumentKind, scope: 'iess:read' });
export type IessRequestDocument = InstanceType<typeof IessRequestDocument>;
