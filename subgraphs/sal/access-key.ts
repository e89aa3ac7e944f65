import { Access } from '../../shared/auth/access';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { SalAccessKeyStatus, SalDeactivationReason } from './enums';

/** Credential of a Responsable UATH: user name = holder's cédula, first login field = institution RUC (§6.3). */
@ObjectType({ description: 'Access key of a Responsable UATH to the Sistema de Autorizaciones Laborales.' })
@Entity({ name: 'access_key' })
export class SalAccessKey {
  @Access({ scope: 'sal:read' })
  @Field(_type => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Access({ scope: 'sal:read' })
  @Field({ description: 'RUC of the institution the key belongs to.' })
  @Column({ name: 'institution_ruc', type: 'char', length: 13 })
  institutionRuc!: string;

  @Access({ scope: 'sal:read' })
  @Field({ description: 'Role in SAL: the only one is Responsable UATH (§6.2).' })
  @Column({ type: 'varchar', length: 32, default: 'RESPONSABLE_UATH' })
  role!: string;

  @Access({ scope: 'sal:read', mask: 'identifier' })
  @Field({ description: "Holder's cédula; it is also the SAL user name." })
  @Column({ name: 'holder_cedula', type: 'char', length: 10 })
  holderCedula!: string;

  @Access({ scope: 'sal:read', mask: 'name' })
  @Field()
  @Column({ name: 'holder_names', type: 'text' })
  holderNames!: string;

  @Access({ scope: 'sal:read', mask: 'email' })
  @Field({ description: 'Institutional e-mail the key and recovery codes are sent to.' })
  @Column({ name: 'holder_email', type: 'text' })
  holderEmail!: string;

  @Access({ scope: 'sal:read' })
  @Field(_type => SalAccessKeyStatus)
  @Column({ type: 'varchar', length: 24 })
  status!: SalAccessKeyStatus;

  @Access({ scope: 'sal:read' })
  @Field()
  @CreateDateColumn({ name: 'issued_at', type: 'timestamptz' })
  issuedAt!: Date;

  @Access({ scope: 'sal:read' })
  @Field(_type => Date, { nullable: true })
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt!: Date | null;

  @Access({ scope: 'sal:read' })
  @Field(_type => SalDeactivationReason, { nullable: true })
  @Column({ name: 'deactivation_reason', type: 'varchar', length: 32, nullable: true })
  deactivationReason!: SalDeactivationReason | null;

  @Access({ scope: 'sal:read' })
  @Field({ description: 'The temporary password must be changed at the next sign-in.' })
  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword!: boolean;

  /** As stored: a lock that has passed stays here until the next sign-in; the field (access-key.resolver.ts) answers only a lock in force. */
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Access({ scope: 'sal:read' })
  @Field(_type => Date, { nullable: true })
  @Column({ name: 'last_sign_in_at', type: 'timestamptz', nullable: true })
  lastSignInAt!: Date | null;

  @Access({ scope: 'sal:read' })
  @Field(_type => String, { nullable: true, description: 'The key request whose approval issued this key.' })
  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId!: string | null;

  /** scrypt hash of the password; never a GraphQL field, never selected unless asked for. */
  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash!: string | null;

  @Column({ name: 'failed_attempts', type: 'int', default: 0 })
  failedAttempts!: number;
}
