import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Access } from '../../shared/auth/access';

/** One audited request: who read or wrote which RUCs through which services (hash-chained, append-only). */
@ObjectType({ description: 'One audited request to Llavero: who read or wrote which RUCs, through which services, and how it ended.' })
@Entity({ name: 'audit_entry' })
export class AuditEntry {
  @Access({ scope: 'audit:read' })
  @Field(_type => ID, { description: 'Global order of entries, from a sequence: never reused, may have gaps (a failed write uses a number).' })
  @PrimaryColumn({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  id!: number;

  @Access({ scope: 'audit:read' })
  @Field({ description: "The hash chain the entry belongs to: one per gateway process ('v1' for entries before chains per writer)." })
  @Column({ name: 'chain_id', type: 'text' })
  chainId!: string;

  @Access({ scope: 'audit:read' })
  @Field(_type => Int, { description: 'Position in its chain, from 1, without gaps.' })
  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  seq!: number;

  /** 1: entries before chains per writer (hash over the old form); 2: current. */
  @Column({ type: 'smallint' })
  format!: number;

  @Access({ scope: 'audit:read' })
  @Field({ description: 'REQUEST (a read or a refused request), INTENT (a write about to run), OUTCOME (how that write ended), REFUSAL (refused before GraphQL).' })
  @Column({ type: 'varchar', length: 16 })
  kind!: string;

  @Access({ scope: 'audit:read' })
  @Field(_type => String, { nullable: true, description: "The client's network address, as the gateway saw it (the only trace of an anonymous caller)." })
  @Column({ name: 'client_address', type: 'text', nullable: true })
  clientAddress!: string | null;

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
  @Field({ description: 'OK, PARTIAL (data with errors), ERROR (no data) or PENDING (an INTENT: the write had not run yet).' })
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
