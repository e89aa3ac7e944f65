import { Access } from '../../shared/auth/access';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { IessIdDocumentType, IessKeyPickupBy, IessKeyRequestChannel, IessKeyRequestStatus, IessProcedure, IessSignatureKind } from './enums';
import { IessWindowKeyNotice } from './window-key-notice';

/** A request for the clave patronal, virtual or presencial (seed 002). */
@ObjectType({ description: 'Request for the IESS employer key (clave patronal).' })
@Entity({ name: 'employer_key_request' })
export class IessEmployerKeyRequest {
  @Access({ scope: 'iess:read' })
  @Field(_type => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Access({ scope: 'iess:read' })
  @Field()
  @Column({ name: 'employer_ruc', type: 'char', length: 13 })
  employerRuc!: string;

  @Access({ scope: 'iess:read' })
  @Field(_type => IessKeyRequestChannel)
  @Column({ type: 'varchar', length: 16 })
  channel!: IessKeyRequestChannel;

  @Access({ scope: 'iess:read' })
  @Field({ description: 'Province chosen in the form or for the appointment.' })
  @Column({ type: 'text' })
  province!: string;

  @Access({ scope: 'iess:read' })
  @Field(_type => String, { nullable: true, description: 'INEC code of the province (null only on requests recorded before provinces were data).' })
  @Column({ name: 'province_code', type: 'char', length: 2, nullable: true })
  provinceCode!: string | null;

  @Access({ scope: 'iess:read' })
  @Field(_type => String, { nullable: true, description: 'IESS agency of the appointment (PRESENCIAL only).' })
  @Column({ type: 'text', nullable: true })
  agency!: string | null;

  @Access({ scope: 'iess:read' })
  @Field(_type => Date, { nullable: true, description: 'Appointment (turno) date and hour (PRESENCIAL only).' })
  @Column({ name: 'appointment_at', type: 'timestamptz', nullable: true })
  appointmentAt!: Date | null;

  @Access({ scope: 'iess:read' })
  @Field(_type => IessKeyRequestStatus)
  @Column({ type: 'varchar', length: 16 })
  status!: IessKeyRequestStatus;

  @Access({ scope: 'iess:read' })
  @Field(_type => String, { nullable: true, description: 'Observations when the request was observed or rejected.' })
  @Column({ type: 'text', nullable: true })
  observations!: string | null;

  @Access({ scope: 'iess:read' })
  @Field()
  @CreateDateColumn({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @Access({ scope: 'iess:read' })
  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Access({ scope: 'iess:read' })
  @Field(_type => IessProcedure, { nullable: true, description: 'VIRTUAL: the form\'s "trámite".' })
  @Column({ type: 'varchar', length: 32, nullable: true })
  procedure!: IessProcedure | null;

  @Access({ scope: 'iess:read' })
  @Field(_type => String, { nullable: true, description: 'VIRTUAL: the form\'s "mensaje", the request in the employer\'s words.' })
  @Column({ type: 'text', nullable: true })
  message!: string | null;

  @Access({ scope: 'iess:read' })
  @Field(_type => String, { nullable: true, description: "Until when the legal representative's cédula, visa or passport was vigente, checked on the day of the request (YYYY-MM-DD)." })
  @Column({ name: 'representative_id_valid_until', type: 'date', nullable: true })
  representativeIdValidUntil!: string | null;

  @Access({ scope: 'iess:read' })
  @Field(_type => String, { nullable: true, description: "Until when the third party's document was vigente (YYYY-MM-DD)." })
  @Column({ name: 'third_party_id_valid_until', type: 'date', nullable: true })
  thirdPartyIdValidUntil!: string | null;

  @Access({ scope: 'iess:read' })
  @Field(_type => String, { nullable: true, description: "Until when the attorney's document was vigente (YYYY-MM-DD)." })
  @Column({ name: 'attorney_id_valid_until', type: 'date', nullable: true })
  attorneyIdValidUntil!: string | null;

  @Access({ scope: 'iess:read', mask: 'email' })
  @Field(_type => String, { nullable: true, description: 'Active e-mail of the employer or legal representative for this request.' })
  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail!: string | null;

  @Access({ scope: 'iess:read' })
  @Field(_type => IessSignatureKind, { nullable: true, description: 'ELECTRONIC (virtual, checked in the PDF) or HANDWRITTEN (at the window).' })
  @Column({ name: 'signature_kind', type: 'varchar', length: 16, nullable: true })
  signatureKind!: IessSignatureKind | null;

  @Access({ scope: 'iess:read', mask: 'subject' })
  @Field()
  @Column({ name: 'submitted_by', type: 'text' })
  submittedBy!: string;

  @Access({ scope: 'iess:read' })
  @Field(_type => Date, { nullable: true, description: 'When the appointment was attended at the window.' })
  @Column({ name: 'attended_at', type: 'timestamptz', nullable: true })
  attendedAt!: Date | null;

  @Access({ scope: 'iess:read' })
  @Field(_type => IessIdDocumentType, { nullable: true, description: 'Third party authorised in the solicitud to pick up the key: their identity document.' })
  @Column({ name: 'third_party_id_type', type: 'varchar', length: 16, nullable: true })
  thirdPartyIdType!: IessIdDocumentType | null;

  @Access({ scope: 'iess:read', mask: 'identifier' })
  @Field(_type => String, { nullable: true })
  @Column({ name: 'third_party_id_number', type: 'text', nullable: true })
  thirdPartyIdNumber!: string | null;

  @Access({ scope: 'iess:read', mask: 'name' })
  @Field(_type => String, { nullable: true })
  @Column({ name: 'third_party_names', type: 'text', nullable: true })
  thirdPartyNames!: string | null;

  @Access({ scope: 'iess:read', mask: 'name' })
  @Field(_type => String, { nullable: true, description: 'Attorney acting under a notarised power of attorney.' })
  @Column({ name: 'attorney_names', type: 'text', nullable: true })
  attorneyNames!: string | null;

  @Access({ scope: 'iess:read' })
  @Field(_type => IessIdDocumentType, { nullable: true })
  @Column({ name: 'attorney_id_type', type: 'varchar', length: 16, nullable: true })
  attorneyIdType!: IessIdDocumentType | null;

  @Access({ scope: 'iess:read', mask: 'identifier' })
  @Field(_type => String, { nullable: true })
  @Column({ name: 'attorney_id_number', type: 'text', nullable: true })
  attorneyIdNumber!: string | null;

  @Access({ scope: 'iess:read' })
  @Field(_type => String, { nullable: true })
  @Column({ name: 'power_of_attorney_number', type: 'text', nullable: true })
  powerOfAttorneyNumber!: string | null;

  @Access({ scope: 'iess:read', mask: 'subject' })
  @Field(_type => String, { nullable: true, description: 'The legal area of the Dirección Provincial that validated and sealed the power of attorney.' })
  @Column({ name: 'power_of_attorney_validated_by', type: 'text', nullable: true })
  powerOfAttorneyValidatedBy!: string | null;

  @Access({ scope: 'iess:read' })
  @Field(_type => String, { nullable: true })
  @Column({ name: 'power_of_attorney_seal', type: 'text', nullable: true })
  powerOfAttorneySeal!: string | null;

  @Access({ scope: 'iess:read' })
  @Field(_type => IessKeyPickupBy, { nullable: true })
  @Column({ name: 'key_picked_up_by', type: 'varchar', length: 32, nullable: true })
  keyPickedUpBy!: IessKeyPickupBy | null;

  @Access({ scope: 'iess:read', mask: 'subject' })
  @Field(_type => String, { nullable: true })
  @Column({ name: 'decided_by', type: 'text', nullable: true })
  decidedBy!: string | null;

  /** Only on the answer of a presencial delivery: never a column. */
  @Access({ scope: 'iess:write' })
  @Field(_type => IessWindowKeyNotice, { nullable: true, description: 'PRESENCIAL delivery only: the sealed notice to print and hand over at the window (returned once, never stored).' })
  windowKeyNotice?: IessWindowKeyNotice | null;
}
