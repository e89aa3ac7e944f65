import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Access } from '../../shared/auth/access';
import { documentSignatureEntity, documentSignatureResolver } from '../../shared/documents/document-signature';
import { receivedDocumentEntity, statusEventEntity } from '../../shared/documents/received-document';
import { IessDocumentKind } from './enums';

export const IessRequestDocument = receivedDocumentEntity({ graphqlName: 'IessRequestDocument', table: 'key_request_document', ownerColumn: 'request_id', kindEnum: IessDocumentKind, scope: 'iess:read' });
export type IessRequestDocument = InstanceType<typeof IessRequestDocument>;

/** What was verified of the virtual solicitud's electronic signature. */
export const IessDocumentSignature = documentSignatureEntity({ graphqlName: 'IessDocumentSignature', table: 'key_request_document_signature', scope: 'iess:read' });
export type IessDocumentSignature = InstanceType<typeof IessDocumentSignature>;
export const IessRequestDocumentResolver = documentSignatureResolver(IessRequestDocument, IessDocumentSignature, 'iess:read');

export const IessKeyRequestEvent = statusEventEntity({ graphqlName: 'IessKeyRequestEvent', table: 'key_request_event', ownerColumn: 'request_id', scope: 'iess:read' });
export type IessKeyRequestEvent = InstanceType<typeof IessKeyRequestEvent>;

@ObjectType({ description: 'IESS attention centre giving "Clave patronal" appointments.' })
@Entity({ name: 'agency' })
export class IessAgency {
  @Access({ public: true })
  @Field()
  @PrimaryColumn({ type: 'varchar', length: 40 })
  code!: string;

  @Access({ public: true })
  @Field()
  @Column({ type: 'text' })
  province!: string;

  @Access({ public: true })
  @Field()
  @Column({ type: 'text' })
  name!: string;
}

/** The e-mail verification of the online turnero ("Verificar IESS turno online"): hashed, 10 minutes, single use. */
@Entity({ name: 'appointment_verification' })
export class IessAppointmentVerification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'char', length: 10 })
  cedula!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  mobile!: string;

  @Column({ name: 'code_hash', type: 'text' })
  codeHash!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}

@Entity({ name: 'appointment' })
export class IessAppointment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @Column({ name: 'agency_code', type: 'varchar', length: 40 })
  agencyCode!: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'char', length: 10 })
  cedula!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  mobile!: string;
}
