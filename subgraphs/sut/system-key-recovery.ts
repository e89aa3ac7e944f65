import { Access } from '../../shared/auth/access';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { RecoverableSystem, SystemKeyRecoveryChannel, SystemKeyRecoveryStatus } from './enums';

/** A request to recover the key of the SUT or Salarios en Línea (seed 001). */
@ObjectType({ description: 'Request to recover the key of the Sistema Único de Trabajo or Salarios en Línea.' })
@Entity({ name: 'recovery_request' })
export class SystemKeyRecovery {
  @Access({ scope: 'sut:read' })
  @Field(_type => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Access({ scope: 'sut:read' })
  @Field()
  @Column({ name: 'requester_ruc', type: 'char', length: 13 })
  requesterRuc!: string;

  @Access({ scope: 'sut:read' })
  @Field(_type => RecoverableSystem)
  @Column({ type: 'varchar', length: 24 })
  system!: RecoverableSystem;

  @Access({ scope: 'sut:read' })
  @Field(_type => SystemKeyRecoveryChannel)
  @Column({ type: 'varchar', length: 16 })
  channel!: SystemKeyRecoveryChannel;

  @Access({ scope: 'sut:read' })
  @Field(_type => String, { nullable: true, description: 'Code of the regional office or delegation (PRESENCIAL only).' })
  @Column({ name: 'attention_point_code', type: 'varchar', length: 32, nullable: true })
  attentionPointCode!: string | null;

  @Access({ scope: 'sut:read' })
  @Field(_type => String, { nullable: true, description: 'Quipux document number (QUIPUX only).' })
  @Column({ name: 'quipux_document_number', type: 'text', nullable: true })
  quipuxDocumentNumber!: string | null;

  @Access({ scope: 'sut:read', mask: 'identifier' })
  @Field(_type => String, { nullable: true, description: 'The number the person called 1800 266 822 from (TELEFONICA only).' })
  @Column({ name: 'caller_phone', type: 'varchar', length: 16, nullable: true })
  callerPhone!: string | null;

  @Access({ scope: 'sut:read', mask: 'email' })
  @Field({ description: 'Where the recovery / regeneration e-mail is sent.' })
  @Column({ name: 'contact_email', type: 'text' })
  contactEmail!: string;

  @Access({ scope: 'sut:read' })
  @Field(_type => SystemKeyRecoveryStatus)
  @Column({ type: 'varchar', length: 16 })
  status!: SystemKeyRecoveryStatus;

  @Access({ scope: 'sut:read' })
  @Field()
  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  @Access({ scope: 'sut:read' })
  @Field(_type => Date, { nullable: true })
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Access({ scope: 'sut:read', mask: 'subject' })
  @Field({ description: 'Who recorded the request at the window or from Quipux (token subject).' })
  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @Access({ scope: 'sut:read', mask: 'subject' })
  @Field(_type => String, { nullable: true, description: 'Who resolved or rejected it (token subject).' })
  @Column({ name: 'decided_by', type: 'text', nullable: true })
  decidedBy!: string | null;

  @Access({ scope: 'sut:read' })
  @Field(_type => String, { nullable: true, description: 'Why the request was rejected (e.g. RUC not active per its certificate).' })
  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason!: string | null;
}
