import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Access } from '../../shared/auth/access';
import { SalDeactivationReason, SalKeyRequestKind, SalKeyRequestStatus, SalUathAppointment } from './enums';

/** A request to create or deactivate a Responsable UATH key, as sent to clavesautorizacioneslaborales@trabajo.gob.ec. */
@ObjectType({ description: 'Request to create or deactivate a Responsable UATH key (seed 000 §6).' })
@Entity({ name: 'key_request' })
export class SalKeyRequest {
  @Access({ scope: 'sal:read' })
  @Field(_type => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Access({ scope: 'sal:read' })
  @Field()
  @Column({ name: 'institution_ruc', type: 'char', length: 13 })
  institutionRuc!: string;

  @Access({ scope: 'sal:read' })
  @Field(_type => SalKeyRequestKind)
  @Column({ type: 'varchar', length: 16 })
  kind!: SalKeyRequestKind;

  @Access({ scope: 'sal:read' })
  @Field(_type => SalKeyRequestStatus)
  @Column({ type: 'varchar', length: 32 })
  status!: SalKeyRequestStatus;

  @Access({ scope: 'sal:read', mask: 'identifier' })
  @Field({ description: 'Cédula of the UATH head who sent the request.' })
  @Column({ name: 'requester_cedula', type: 'char', length: 10 })
  requesterCedula!: string;

  @Access({ scope: 'sal:read', mask: 'name' })
  @Field()
  @Column({ name: 'requester_names', type: 'text' })
  requesterNames!: string;

  @Access({ scope: 'sal:read', mask: 'email' })
  @Field({ description: 'Institutional e-mail the request came from.' })
  @Column({ name: 'requester_email', type: 'text' })
  requesterEmail!: string;

  @Access({ scope: 'sal:read', mask: 'identifier' })
  @Field({ description: 'Cédula of the key holder (the SAL user name).' })
  @Column({ name: 'holder_cedula', type: 'char', length: 10 })
  holderCedula!: string;

  @Access({ scope: 'sal:read', mask: 'name' })
  @Field()
  @Column({ name: 'holder_names', type: 'text' })
  holderNames!: string;

  @Access({ scope: 'sal:read', mask: 'email' })
  @Field({ description: 'Institutional e-mail the key and recovery codes go to.' })
  @Column({ name: 'holder_email', type: 'text' })
  holderEmail!: string;

  @Access({ scope: 'sal:read' })
  @Field(_type => SalUathAppointment)
  @Column({ name: 'uath_appointment', type: 'varchar', length: 40 })
  uathAppointment!: SalUathAppointment;

  @Access({ scope: 'sal:read' })
  @Field(_type => String, { nullable: true, description: "Day access is needed, 'YYYY-MM-DD' (creation only)." })
  @Column({ name: 'requested_access_date', type: 'date', nullable: true })
  requestedAccessDate!: string | null;

  @Access({ scope: 'sal:read' })
  @Field(_type => SalDeactivationReason, { nullable: true })
  @Column({ name: 'deactivation_reason', type: 'varchar', length: 32, nullable: true })
  deactivationReason!: SalDeactivationReason | null;

  @Access({ scope: 'sal:read', mask: 'identifier' })
  @Field(_type => String, { nullable: true, description: 'Creation while a key is in force: whose key it replaces (§6.6), shown to the reviewer before approval.' })
  @Column({ name: 'replaced_holder_cedula', type: 'char', length: 10, nullable: true })
  replacedHolderCedula!: string | null;

  @Access({ scope: 'sal:read', mask: 'name' })
  @Field(_type => String, { nullable: true })
  @Column({ name: 'replaced_holder_names', type: 'text', nullable: true })
  replacedHolderNames!: string | null;

  @Access({ scope: 'sal:read' })
  @Field(_type => SalDeactivationReason, { nullable: true, description: 'Why the key in force is replaced (one of the §6.6 reasons).' })
  @Column({ name: 'replacement_reason', type: 'varchar', length: 32, nullable: true })
  replacementReason!: SalDeactivationReason | null;

  @Access({ scope: 'sal:read' })
  @Field()
  @Column({ name: 'submitted_at', type: 'timestamptz', default: () => 'now()' })
  submittedAt!: Date;

  @Access({ scope: 'sal:read', mask: 'subject' })
  @Field({ description: 'Who recorded the request (token subject).' })
  @Column({ name: 'submitted_by', type: 'text' })
  submittedBy!: string;

  @Access({ scope: 'sal:read' })
  @Field(_type => Date, { nullable: true })
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Access({ scope: 'sal:read', mask: 'subject' })
  @Field(_type => String, { nullable: true, description: 'The reviewer who decided (token subject).' })
  @Column({ name: 'decided_by', type: 'text', nullable: true })
  decidedBy!: string | null;

  @Access({ scope: 'sal:read' })
  @Field(_type => String, { nullable: true, description: 'Observations of the "correo de cierre".' })
  @Column({ type: 'text', nullable: true })
  observations!: string | null;

  @Access({ scope: 'sal:read' })
  @Field(_type => String, { nullable: true })
  @Column({ name: 'issued_key_id', type: 'uuid', nullable: true })
  issuedKeyId!: string | null;
}
