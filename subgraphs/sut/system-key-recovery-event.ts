import { statusEventEntity } from '../../shared/documents/received-document';

/** One step of a recovery's status history: who moved it, from which status to which, why. */
export const SystemKeyRecoveryEvent = statusEventEntity({ graphqlName: 'SystemKeyRecoveryEvent', table: 'recovery_event', ownerColumn: 'recovery_id', scope: 'sut:read' });
export type SystemKeyRecoveryEvent = InstanceType<typeof SystemKeyRecoveryEvent>;
