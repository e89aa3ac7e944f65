import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Access } from '../../shared/auth/access';

/** One step of a key request's history: who moved it, from which status to which, when, and why. */
@ObjectType({ description: 'One step in the history of a SAL key request.' })
@Entity({ name: 'key_request_event' })
export class SalKeyRequestEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @Access({ scope: 'sal:read' })
  @Field()
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  @Access({ scope: 'sal:read' })
  @Field({ description: 'Token subject of who acted.' })
  @Column({ type: 'text' })
  actor!: string;

  @Access({ scope: 'sal:read' })
  @Field(_type => String, { nullable: true })
  @Column({ name: 'from_status', type: 'varchar', length: 32, nullable: true })
  fromStatus!: string | null;

  @Access({ scope: 'sal:read' })
  @Field()
  @Column({ name: 'to_status', type: 'varchar', length: 32 })
  toStatus!: string;

  @Access({ scope: 'sal:read' })
  @Field(_type => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
