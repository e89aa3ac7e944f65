import { receivedDocumentEntity } from '../../shared/documents/received-document';
import { SystemKeyRecoveryDocumentKind } from './enums';

/** The RUC certificate or the signed request received with a key-recovery request (seed 001). */
export const SystemKeyRecoveryDocument = receivedDocumentEntity({
  graphqlName: 'SystemKeyRecoveryDocument',
  table: 'recovery_document',
  ownerColumn: 'recovery_id',
  kindEnum: SystemKeyRecoveryDocumentKind,
  scope: 'sut:read',
});
export type SystemKeyRecoveryDocument = InstanceType<typeof SystemKeyRecoveryDocument>;
