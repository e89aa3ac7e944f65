import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Access } from '../../shared/auth/access';
import { SalDocumentKind } from './enums';

/** A file attached to a key request; the dossier shows what was received, never the content. */
@ObjectType('SalRequestDocument', { description: 'A document received with a SAL key request (name, type, size, SHA-256).' })
@Entity({ name: 'key_request_document' })
export class SalRequestDocument {
  @Access({ scope: 'sal:read' })
  @Field(_type => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @Access({ scope: 'sal:read' })
  @Field(_type => SalDocumentKind)
  @Column({ type: 'varchar', length: 32 })
  kind!: SalDocumentKind;

  @Access({ scope: 'sal:read' })
  @Field()
  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Access({ scope: 'sal:read' })
  @Field({ description: 'Media type read from the file bytes.' })
  @Column({ name: 'media_type', type: 'text' })
  mediaType!: string;

  @Access({ scope: 'sal:read' })
  @Field(_type => Int)
  @Column({ name: 'size_bytes', type: 'int' })
  sizeBytes!: number;

  @Access({ scope: 'sal:read' })
  @Field({ description: 'SHA-256 of the file, to prove which file was received.' })
  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'bytea', select: false })
  content!: Buffer;
}
