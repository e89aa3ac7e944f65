import { receivedDocumentEntity } from '../../shared/documents/received-document';
import { TrainerCredentialDocumentKind } from './enums';

/** The photograph or the qualification resolution received with a credential request (seed 004). */
export const TrainerCredentialDocument = receivedDocumentEntity({
  graphqlName: 'TrainerCredentialDocument',
  table: 'credential_document',
  ownerColumn: 'credential_id',
  kindEnum: TrainerCredentialDocumentKind,
  scope: 'trainers:read',
});
export type TrainerCredentialDocument = InstanceType<typeof TrainerCredentialDocument>;
