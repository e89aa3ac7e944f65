import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createComplaintTable } from '../../../shared/attention/monthly-store';
import { createReceivedDocumentTable, createStatusEventTable } from '../../../shared/documents/received-document';
import { createOutboxTable } from '../../../shared/outbox/outbox';

/** Seed 001's procedure: documents, decisions, the single-use recovery token, e-mail and complaints. */
export class SutRecoveryLifecycle1763820000000 implements MigrationInterface {
  name = 'SutRecoveryLifecycle1763820000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE recovery_request
      ADD COLUMN recorded_by text NOT NULL DEFAULT 'demo',
      ADD COLUMN decided_by text`);
    await runner.query(`ALTER TABLE recovery_request ALTER COLUMN recorded_by DROP DEFAULT`);
    await createReceivedDocumentTable(runner, 'recovery_document', 'recovery_id', 'recovery_request');
    await createStatusEventTable(runner, 'recovery_event', 'recovery_id', 'recovery_request');
    await runner.query(`CREATE TABLE recovery_token (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      recovery_id uuid NOT NULL UNIQUE REFERENCES recovery_request(id),
      token_sha256 char(64) NOT NULL UNIQUE,
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    )`);
    await createOutboxTable(runner);
    await createComplaintTable(runner);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['complaint', 'outbox_message', 'recovery_token', 'recovery_event', 'recovery_document']) await runner.query(`DROP TABLE ${table}`);
    await runner.query('ALTER TABLE recovery_request DROP COLUMN recorded_by, DROP COLUMN decided_by');
  }
}
