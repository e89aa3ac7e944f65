import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Access } from '../../shared/auth/access';

/** One audited request: who read or wrote which RUCs through which services (hash-chained, append-only). */
@ObjectType({ description: 'One audited request to Llavero: who read or wrote which RUCs, through which services, and how it ended.' })
@Entity({ name: 'audit_entry' })
export class AuditEntry {
  @Access({ scope: 'audit:read' })
  @Field(_type => ID, { description: 'Position in the hash chain, from 1, without gaps.' })
  @PrimaryColumn({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  id!: number;

  @Access({ scope: 'audit:read' })
  @Field()
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Access({ scope: 'audit:read' })
  @Field()
  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @Access({ scope: 'audit:read' })
  @Field({ description: "The token's subject: a person or an agency's client." })
  @Column({ type: 'text' })
  subject!: string;

  @Access({ scope: 'audit:read' })
  @Field(_type => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  agency!: string | null;

  @Access({ scope: 'audit:read' })
  @Field()
  @Column({ type: 'varchar', length: 16 })
  role!: string;

  @Access({ scope: 'audit:read' })
  @Field(_type => String, { nullable: true })
  @Column({ name: 'operation_name', type: 'text', nullable: true })
  operationName!: string | null;

  @Access({ scope: 'audit:read' })
  @Field({ description: 'query or mutation.' })
  @Column({ name: 'operation_type', type: 'varchar', length: 16 })
  operationType!: string;

  @Access({ scope: 'audit:read' })
  @Field(_type => [String])
  @Column({ type: 'text', array: true })
  rucs!: string[];

  @Access({ scope: 'audit:read' })
  @Field(_type => [String], { description: 'Services whose data the request reached.' })
  @Column({ type: 'text', array: true })
  services!: string[];

  @Access({ scope: 'audit:read' })
  @Field({ description: 'OK, PARTIAL (data with errors) or ERROR (no data).' })
  @Column({ type: 'varchar', length: 16 })
  outcome!: string;

  @Access({ scope: 'audit:read' })
  @Field(_type => [String])
  @Column({ name: 'error_codes', type: 'text', array: true })
  errorCodes!: string[];

  @Column({ name: 'previous_hash', type: 'char', length: 64 })
  previousHash!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;
}
