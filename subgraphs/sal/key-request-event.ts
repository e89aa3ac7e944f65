import { statusEventEntity } from '../../shared/documents/received-document';

/** One step of a key request's history: who moved it, from which status to which, when, and why. */
export const SalKeyRequestEvent = statusEventEntity({ graphqlName: 'SalKeyRequestEvent', table: 'key_request_event', ownerColumn: 'request_id', scope: 'sal:read' });
export type SalKeyRequestEvent = InstanceType<typeof SalKeyRequestEvent>;
