import { statusEventEntity } from '../../shared/documents/received-document';

/** One step in a clave patronal request's status history. */
export const IessKeyRequestEvent = statusEventEntity({ graphqlName: 'IessKeyRequestEvent', table: 'key_request_event', ownerColumn: 'request_id', scope: 'iess:read' });
export type IessKeyRequestEvent = InstanceType<typeof IessKeyRequestEvent>;
