import { Ctx, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Access } from '../auth/access';
import { documentContentBase64, MAX_DOCUMENT_DOWNLOADS, type DocumentContentContext } from './document-content';

// The table and GraphQL type of the files a request carries, made once for every subgraph that keeps
// documents in its own schema: name, media type (read from the bytes), size and SHA-256 are readable;
// the content only by staff holding `<service>:read:unmasked`, and only when asked for (contentBase64).

export interface ReceivedDocumentOptions {
  graphqlName: string;
  table: string;
  /** Column pointing at the owning request. */
  ownerColumn: string;
  /** The enum of document kinds, registered with type-graphql. */
  kindEnum: object;
  scope: string;
}

export function receivedDocumentEntity(options: ReceivedDocumentOptions) {
  @ObjectType(options.graphqlName, { description: 'A document received with a request: name, type, size, SHA-256, and the content for staff (contentBase64).' })
  @Entity({ name: options.table })
  class ReceivedDocumentRow {
    @Access({ scope: options.scope })
    @Field(_type => ID)
    @PrimaryGeneratedColumn('uuid')
    id!: string;

    @Column({ name: options.ownerColumn, type: 'uuid' })
    ownerId!: string;

    @Access({ scope: options.scope })
    @Field(_type => options.kindEnum)
    @Column({ type: 'varchar', length: 40 })
    kind!: string;

    @Access({ scope: options.scope, mask: 'fileName' })
    @Field()
    @Column({ name: 'file_name', type: 'text' })
    fileName!: string;

    @Access({ scope: options.scope })
    @Field({ description: 'Media type read from the file bytes.' })
    @Column({ name: 'media_type', type: 'text' })
    mediaType!: string;

    @Access({ scope: options.scope })
    @Field(_type => Int)
    @Column({ name: 'size_bytes', type: 'int' })
    sizeBytes!: number;

    @Access({ scope: options.scope })
    @Field({ description: 'SHA-256 of the file, to prove which file was received.' })
    @Column({ type: 'char', length: 64 })
    sha256!: string;

    @Column({ type: 'bytea', select: false })
    content!: Buffer;

    @Access({ scope: `${options.scope}:unmasked` })
    @Field(_type => String, {
      description: `The stored file, base64-encoded (download it as mediaType, check it against sha256). Only for callers holding ${options.scope}:unmasked (front office, reviewers); partners are refused with FORBIDDEN. Read from the database only when asked for; at most ${MAX_DOCUMENT_DOWNLOADS} documents per operation and service (LIMIT_EXCEEDED).`,
    })
    contentBase64(@Ctx() ctx: DocumentContentContext): Promise<string> {
      return documentContentBase64(ctx, ReceivedDocumentRow, this.id);
    }
  }
  return ReceivedDocumentRow;
}

export interface StatusEventOptions {
  graphqlName: string;
  table: string;
  ownerColumn: string;
  scope: string;
}

/** One step of a request's status history: who moved it, from which status to which, when, why. */
export function statusEventEntity(options: StatusEventOptions) {
  @ObjectType(options.graphqlName, { description: 'One step in the status history of a request.' })
  @Entity({ name: options.table })
  class StatusEventRow {
    @PrimaryGeneratedColumn({ type: 'bigint' })
    id!: string;

    @Column({ name: options.ownerColumn, type: 'uuid' })
    ownerId!: string;

    @Access({ scope: options.scope })
    @Field()
    @Column({ type: 'timestamptz', default: () => 'now()' })
    at!: Date;

    @Access({ scope: options.scope, mask: 'subject' })
    @Field({ description: 'Token subject of who acted.' })
    @Column({ type: 'text' })
    actor!: string;

    @Access({ scope: options.scope })
    @Field(_type => String, { nullable: true })
    @Column({ name: 'from_status', type: 'varchar', length: 32, nullable: true })
    fromStatus!: string | null;

    @Access({ scope: options.scope })
    @Field()
    @Column({ name: 'to_status', type: 'varchar', length: 32 })
    toStatus!: string;

    @Access({ scope: options.scope })
    @Field(_type => String, { nullable: true })
    @Column({ type: 'text', nullable: true })
    note!: string | null;
  }
  return StatusEventRow;
}
