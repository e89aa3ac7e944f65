import { Access } from '../../shared/auth/access';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { IessKeyRequestChannel, IessKeyRequestStatus } from './enums';

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
}
