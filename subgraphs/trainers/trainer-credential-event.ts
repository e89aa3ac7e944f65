import { statusEventEntity } from '../../shared/documents/received-document';

/** One step of a credential's status history: who moved it, from which status to which, why. */
export const TrainerCredentialEvent = statusEventEntity({ graphqlName: 'TrainerCredentialEvent', table: 'credential_event', ownerColumn: 'credential_id', scope: 'trainers:read' });
export type TrainerCredentialEvent = InstanceType<typeof TrainerCredentialEvent>;
