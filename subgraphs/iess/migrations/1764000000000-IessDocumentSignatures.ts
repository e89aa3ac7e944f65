import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What was verified of the virtual solicitud's electronic signature: signer, certificate serial and validity, issuer, verdict. */
export class IessDocumentSignatures1764000000000 implements MigrationInterface {
  name = 'IessDocumentSignatures1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE key_request_document_signature (
    document_id uuid PRIMARY KEY REFERENCES key_request_document(id) ON DELETE CASCADE,
    signer_name text NOT NULL,
    certificate_serial text NOT NULL,
    certificate_valid_from timestamptz NOT NULL,
    certificate_valid_to timestamptz NOT NULL,
    issuer_name text NOT NULL,
    issuer_verified boolean NOT NULL,
    verdict text NOT NULL,
    signed_at timestamptz,
    verified_at timestamptz NOT NULL DEFAULT now()
  )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE key_request_document_signature');
  }
}
