import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createComplaintTable } from '../../../shared/attention/monthly-store';
import { createReceivedDocumentTable, createStatusEventTable } from '../../../shared/documents/received-document';
import { createOutboxTable } from '../../../shared/outbox/outbox';

/** Seed 004's procedure: the request with photo and resolution, issuing, pickup in Quito, revocation. */
export class TrainerCredentialLifecycle1763830000000 implements MigrationInterface {
  name = 'TrainerCredentialLifecycle1763830000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE qualified_trainer ADD COLUMN qualification_withdrawn_at timestamptz, ADD COLUMN withdrawal_reason text`);
    await runner.query(`ALTER TABLE trainer_credential
      ADD COLUMN email text,
      ADD COLUMN requested_by text NOT NULL DEFAULT 'demo',
      ADD COLUMN revocation_reason text`);
    await runner.query(`ALTER TABLE trainer_credential ALTER COLUMN requested_by DROP DEFAULT`);
    await runner.query(`ALTER TABLE trainer_credential DROP CONSTRAINT trainer_credential_check`);
    await runner.query(`ALTER TABLE trainer_credential ADD CONSTRAINT trainer_credential_issued_check
      CHECK (status IN ('REQUESTED', 'REVOKED') OR (code IS NOT NULL AND issued_at IS NOT NULL))`);
    await runner.query(`ALTER TABLE trainer_credential ADD CONSTRAINT trainer_credential_delivered_check
      CHECK (status <> 'DELIVERED' OR delivered_at IS NOT NULL)`);
    // One credential in force per trainer.
    await runner.query(`CREATE UNIQUE INDEX trainer_credential_in_force_idx ON trainer_credential (trainer_cedula) WHERE status <> 'REVOKED'`);
    await createReceivedDocumentTable(runner, 'credential_document', 'credential_id', 'trainer_credential');
    await createStatusEventTable(runner, 'credential_event', 'credential_id', 'trainer_credential');
    await createOutboxTable(runner);
    await createComplaintTable(runner);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['complaint', 'outbox_message', 'credential_event', 'credential_document']) await runner.query(`DROP TABLE ${table}`);
    await runner.query('DROP INDEX trainer_credential_in_force_idx');
    await runner.query('ALTER TABLE trainer_credential DROP COLUMN email, DROP COLUMN requested_by, DROP COLUMN revocation_reason');
    await runner.query('ALTER TABLE qualified_trainer DROP COLUMN qualification_withdrawn_at, DROP COLUMN withdrawal_reason');
  }
}
