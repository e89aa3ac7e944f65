import { Access, Public } from '../../shared/auth/access';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TrainerCredentialChannel, TrainerCredentialStatus } from './enums';

/** The credential whose unique code lets clients verify a trainer's qualification (seed 004). */
@ObjectType({ description: "Independent trainer's credential; its code lets potential clients verify the qualification." })
@Entity({ name: 'trainer_credential' })
export class TrainerCredential {
  @Public()
  @Field(_type => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Access({ scope: 'trainers:read', mask: 'identifier' })
  @Field({ description: "Trainer's cédula, or a foreign trainer's passport or visa number (see trainer.identificationType)." })
  @Column({ name: 'trainer_cedula', type: 'varchar', length: 20 })
  trainerCedula!: string;

  // Whoever found the credential by typing its code may read it back; otherwise it needs trainers:read.
  @Access({ scope: 'trainers:read', mask: 'code', publicWhen: (credential: TrainerCredential) => credential.codeTyped === true })
  @Field(_type => String, { nullable: true, description: 'Unique code with a check character; null until issued. Public to whoever found the credential by its code.' })
  @Column({ type: 'varchar', length: 24, nullable: true, unique: true })
  code!: string | null;

  /** Set (never stored) on the credential the public check found by the code the caller typed. */
  codeTyped?: boolean;

  @Public()
  @Field(_type => TrainerCredentialStatus)
  @Column({ type: 'varchar', length: 16 })
  status!: TrainerCredentialStatus;

  @Access({ scope: 'trainers:read' })
  @Field(_type => TrainerCredentialChannel)
  @Column({ type: 'varchar', length: 8 })
  channel!: TrainerCredentialChannel;

  @Access({ scope: 'trainers:read' })
  @Field()
  @CreateDateColumn({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Access({ scope: 'trainers:read' })
  @Field(_type => Date, { nullable: true })
  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true })
  issuedAt!: Date | null;

  @Access({ scope: 'trainers:read' })
  @Field(_type => Date, { nullable: true, description: 'When the trainer picked the credential up in Quito.' })
  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @Public()
  @Field(_type => String, { nullable: true, description: "Last day the credential is valid, 'YYYY-MM-DD'." })
  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil!: string | null;

  @Access({ scope: 'trainers:read' })
  @Field(_type => Date, { nullable: true })
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Access({ scope: 'trainers:read' })
  @Field(_type => String, { nullable: true, description: 'Why the qualification was withdrawn.' })
  @Column({ name: 'revocation_reason', type: 'text', nullable: true })
  revocationReason!: string | null;

  @Access({ scope: 'trainers:read', mask: 'email' })
  @Field(_type => String, { nullable: true, description: "The trainer's contact e-mail." })
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Access({ scope: 'trainers:read', mask: 'subject' })
  @Field({ description: 'Who recorded the request (token subject).' })
  @Column({ name: 'requested_by', type: 'text' })
  requestedBy!: string;
}
