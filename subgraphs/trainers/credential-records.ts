import { receivedDocumentEntity, statusEventEntity } from '../../shared/documents/received-document';
import { TrainerCredentialDocumentKind } from './enums';

export const TrainerCredentialDocument = receivedDocumentEntity({
  graphqlName: 'TrainerCredentialDocument',
  table: 'credential_document',
  ownerColumn: 'credential_id',
  kindEnum: TrainerCredentialDocumentKind,
  scope: 'trainers:read',
});
export type TrainerCredentialDocument = InstanceType<typeof TrainerCredentialDocument>;

export const TrainerCredentialEvent = statusEventEntity({ graphqlName: 'TrainerCredentialEvent', table: 'credential_event', ownerColumn: 'credential_id', scope: 'trainers:read' });
export type TrainerCredentialEvent = InstanceType<typeof TrainerCredentialEvent>;
