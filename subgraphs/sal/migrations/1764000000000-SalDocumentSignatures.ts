import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createDocumentSignatureTable } from '../../../shared/documents/document-signature';

/** What was verified of the delegation's electronic signature: signer, certificate serial and validity, issuer, verdict. */
export class SalDocumentSignatures1764000000000 implements MigrationInterface {
  name = 'SalDocumentSignatures1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await createDocumentSignatureTable(runner, 'key_request_document_signature', 'key_request_document');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE key_request_document_signature');
  }
}
