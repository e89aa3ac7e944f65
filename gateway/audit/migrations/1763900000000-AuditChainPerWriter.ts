import type { MigrationInterface, QueryRunner } from 'typeorm';

// One hash chain per writer (each gateway process), so appends never wait on a global lock; ids come
// from a sequence and are never reused; stored values are bounded by the database itself. The rows
// written before this migration become chain 'v1' (format 1: their hash still covers their old form).

export class AuditChainPerWriter1763900000000 implements MigrationInterface {
  name = 'AuditChainPerWriter1763900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE audit_entry
      ADD COLUMN chain_id text, ADD COLUMN seq bigint, ADD COLUMN format smallint NOT NULL DEFAULT 1,
      ADD COLUMN kind varchar(16) NOT NULL DEFAULT 'REQUEST', ADD COLUMN client_address text`);
    // The only UPDATE the trail ever sees: numbering the existing rows as chain v1, by its owner, here.
    await runner.query('ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_change');
    await runner.query(`UPDATE audit_entry SET chain_id = 'v1', seq = id`);
    await runner.query('ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_change');
    await runner.query(`ALTER TABLE audit_entry
      ALTER COLUMN chain_id SET NOT NULL, ALTER COLUMN seq SET NOT NULL,
      ALTER COLUMN format DROP DEFAULT, ALTER COLUMN kind DROP DEFAULT,
      ADD CONSTRAINT audit_entry_chain_seq UNIQUE (chain_id, seq),
      ADD CONSTRAINT audit_entry_seq_positive CHECK (seq > 0),
      ADD CONSTRAINT audit_entry_kind_check CHECK (kind IN ('REQUEST', 'INTENT', 'OUTCOME', 'REFUSAL')),
      DROP CONSTRAINT audit_entry_outcome_check,
      ADD CONSTRAINT audit_entry_outcome_check CHECK (outcome IN ('OK', 'PARTIAL', 'ERROR', 'PENDING')),
      ADD CONSTRAINT audit_entry_bounded CHECK (format = 1 OR (
        char_length(chain_id) <= 80 AND char_length(subject) <= 128 AND coalesce(char_length(agency), 0) <= 128
        AND coalesce(char_length(operation_name), 0) <= 128 AND coalesce(char_length(client_address), 0) <= 64
        AND cardinality(rucs) <= 10000 AND cardinality(services) <= 16 AND cardinality(error_codes) <= 32))`);
    await runner.query('CREATE SEQUENCE audit_entry_id_seq OWNED BY audit_entry.id');
    await runner.query(`SELECT setval('audit_entry_id_seq', coalesce((SELECT max(id) FROM audit_entry), 0) + 1, false)`);
    await runner.query(`ALTER TABLE audit_entry ALTER COLUMN id SET DEFAULT nextval('audit_entry_id_seq')`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE audit_entry ALTER COLUMN id DROP DEFAULT');
    await runner.query('DROP SEQUENCE audit_entry_id_seq');
    await runner.query(`ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_bounded, DROP CONSTRAINT audit_entry_kind_check,
      DROP CONSTRAINT audit_entry_seq_positive, DROP CONSTRAINT audit_entry_chain_seq, DROP CONSTRAINT audit_entry_outcome_check,
      ADD CONSTRAINT audit_entry_outcome_check CHECK (outcome IN ('OK', 'PARTIAL', 'ERROR'))`);
    await runner.query('ALTER TABLE audit_entry DROP COLUMN chain_id, DROP COLUMN seq, DROP COLUMN format, DROP COLUMN kind, DROP COLUMN client_address');
  }
}
