import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { receivedDocumentEntity, statusEventEntity } from '../../shared/documents/received-document';
import { SystemKeyRecoveryDocumentKind } from './enums';

export const SystemKeyRecoveryDocument = receivedDocumentEntity({
  graphqlName: 'SystemKeyRecoveryDocument',
  table: 'recovery_document',
  ownerColumn: 'recovery_id',
  kindEnum: SystemKeyRecoveryDocumentKind,
  scope: 'sut:read',
});
export type SystemKeyRecoveryDocument = InstanceType<typeof SystemKeyRecoveryDocument>;

export const SystemKeyRecoveryEvent = statusEventEntity({ graphqlName: 'SystemKeyRecoveryEvent', table: 'recovery_event', ownerColumn: 'recovery_id', scope: 'sut:read' });
export type SystemKeyRecoveryEvent = InstanceType<typeof SystemKeyRecoveryEvent>;

/** The recovery / regeneration link's token: only its SHA-256 is kept; 24 hours, single use. */
@Entity({ name: 'recovery_token' })
export class SystemKeyRecoveryToken {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'recovery_id', type: 'uuid' })
  recoveryId!: string;

  @Column({ name: 'token_sha256', type: 'char', length: 64 })
  tokenSha256!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
