import DataLoader from 'dataloader';
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { Column, Entity, PrimaryColumn, type DataSource, type EntityManager } from 'typeorm';
import { Access } from '../auth/access';
import { oneByKey } from '../loader-helpers';
import type { ReceivedDocument } from './document';
import type { VerifiedSignature } from './electronic-signature';
import type { receivedDocumentEntity } from './received-document';
import { findByKeys } from '../database/keyed-reads';

// What was verified of an electronically signed document (SAL delegation, IESS solicitud), one row per
// signed document, made once for every subgraph that keeps such documents in its own schema.

export interface DocumentSignatureOptions {
  graphqlName: string;
  table: string;
  scope: string;
}

export function documentSignatureEntity(options: DocumentSignatureOptions) {
  @ObjectType(options.graphqlName, {
    description: "What was verified of a document's electronic signature when it was received: integrity over the whole file, the signer's certificate in force, its issuer. Revocation (CRL/OCSP) is not checked.",
  })
  @Entity({ name: options.table })
  class DocumentSignatureRow implements VerifiedSignature {
    @PrimaryColumn({ name: 'document_id', type: 'uuid' })
    documentId!: string;

    @Access({ scope: options.scope, mask: 'name' })
    @Field({ description: "The signer: common name of the certificate's subject." })
    @Column({ name: 'signer_name', type: 'text' })
    signerName!: string;

    @Access({ scope: options.scope })
    @Field({ description: "Serial number of the signer's certificate, hexadecimal." })
    @Column({ name: 'certificate_serial', type: 'text' })
    certificateSerial!: string;

    @Access({ scope: options.scope })
    @Field()
    @Column({ name: 'certificate_valid_from', type: 'timestamptz' })
    certificateValidFrom!: Date;

    @Access({ scope: options.scope })
    @Field()
    @Column({ name: 'certificate_valid_to', type: 'timestamptz' })
    certificateValidTo!: Date;

    @Access({ scope: options.scope })
    @Field({ description: 'The certification authority that issued the certificate (its common name).' })
    @Column({ name: 'issuer_name', type: 'text' })
    issuerName!: string;

    @Access({ scope: options.scope })
    @Field({ description: 'True when the certificate chains to a root of SIGNATURE_TRUSTED_ROOTS; false: "firma íntegra, emisor no verificado".' })
    @Column({ name: 'issuer_verified', type: 'boolean' })
    issuerVerified!: boolean;

    @Access({ scope: options.scope })
    @Field({ description: 'The verdict, in Spanish, as the clerk saw it.' })
    @Column({ type: 'text' })
    verdict!: string;

    @Access({ scope: options.scope })
    @Field(_type => Date, { nullable: true, description: "Signing time written by the signer's software: a claim, not a trusted timestamp." })
    @Column({ name: 'signed_at', type: 'timestamptz', nullable: true })
    signedAt!: Date | null;

    @Access({ scope: options.scope })
    @Field({ description: 'When Llavero verified the signature (on reception).' })
    @Column({ name: 'verified_at', type: 'timestamptz', default: () => 'now()' })
    verifiedAt!: Date;
  }
  return DocumentSignatureRow;
}

type SignatureEntity = ReturnType<typeof documentSignatureEntity>;
type SignatureRow = InstanceType<SignatureEntity>;
type DocumentEntity = ReturnType<typeof receivedDocumentEntity>;

/** For the subgraph's loaders: a document's signature record by document id, null for an unsigned document. */
export function createSignatureLoader(dataSource: DataSource, entity: SignatureEntity) {
  return new DataLoader<string, SignatureRow | null>(async ids => oneByKey(ids, await findByKeys(dataSource, entity, 'documentId', ids), row => row.documentId));
}

/** The `signature` field of the subgraph's document type, read through `ctx.loaders.signatureByDocument`. */
export function documentSignatureResolver(document: DocumentEntity, signature: SignatureEntity, scope: string) {
  @Resolver(_of => document)
  class DocumentSignatureResolver {
    @Access({ scope })
    @FieldResolver(_type => signature, { nullable: true, description: 'What was verified of the electronic signature, for a document that must carry one; null otherwise.' })
    signature(@Root() row: { id: string }, @Ctx() ctx: { loaders: { signatureByDocument: DataLoader<string, SignatureRow | null> } }): Promise<SignatureRow | null> {
      return ctx.loaders.signatureByDocument.load(row.id);
    }
  }
  return DocumentSignatureResolver;
}

/** A received document with what was verified of its signature (null when it needs none). */
export type ReceivedDocumentWithSignature<Kind extends string = string> = ReceivedDocument & { kind: Kind; signature: VerifiedSignature | null };

/** Inserts a request's documents and, for the signed ones, what was verified of their signature. */
export async function insertReceivedDocuments(
  manager: EntityManager,
  entities: { document: DocumentEntity; signature: SignatureEntity },
  ownerId: string,
  documents: ReceivedDocumentWithSignature[],
): Promise<void> {
  if (!documents.length) return;
  const { identifiers } = await manager.getRepository(entities.document).insert(
    documents.map(d => ({ ownerId, kind: d.kind, fileName: d.fileName, mediaType: d.mediaType, sizeBytes: d.sizeBytes, sha256: d.sha256, content: d.content })),
  );
  const signatures = documents.flatMap((d, i) => (d.signature ? [{ ...d.signature, documentId: identifiers[i].id as string }] : []));
  if (signatures.length) await manager.getRepository(entities.signature).insert(signatures);
}
