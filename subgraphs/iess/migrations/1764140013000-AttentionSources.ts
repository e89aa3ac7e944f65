import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Frozen. monthly_attention keeps one row per month and source: TRANSPARENCY (published by the institution),
 * LIVE (counted by Llavero), DEMO (made-up data, never public). A published month loaded over a live count
 * is recorded in monthly_attention_change (append-only).
 */
export class IessAttentionSources1764140013000 implements MigrationInterface {
  name = 'IessAttentionSources1764140013000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE "iess".monthly_attention DROP CONSTRAINT monthly_attention_pkey');
    await runner.query('ALTER TABLE "iess".monthly_attention DROP CONSTRAINT monthly_attention_source_check');
    await runner.query(`ALTER TABLE "iess".monthly_attention ADD CONSTRAINT monthly_attention_source_check CHECK (source IN ('TRANSPARENCY', 'LIVE', 'DEMO'))`);
    await runner.query('ALTER TABLE "iess".monthly_attention ADD PRIMARY KEY (month, source)');
    await runner.query(`CREATE TABLE "iess".monthly_attention_change (
      id serial PRIMARY KEY,
      month char(7) NOT NULL,
      replaced_source varchar(16) NOT NULL,
      replaced_attentions integer,
      replaced_complaints integer,
      published_attentions integer,
      published_complaints integer,
      changed_at timestamptz NOT NULL DEFAULT now(),
      note text NOT NULL
    )`);
    await runner.query('REVOKE UPDATE, DELETE ON "iess".monthly_attention_change FROM "llavero_iess"');
    await runner.query(`CREATE FUNCTION "iess".record_published_month() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO "iess".monthly_attention_change (month, replaced_source, replaced_attentions, replaced_complaints, published_attentions, published_complaints, note)
        SELECT NEW.month, live.source, live.attentions, live.complaints, NEW.attentions, NEW.complaints,
               'La tabla publicada por la institución reemplaza el conteo de Llavero en el informe público.'
          FROM "iess".monthly_attention live WHERE live.month = NEW.month AND live.source = 'LIVE';
        RETURN NEW;
      END $$`);
    await runner.query(`CREATE TRIGGER monthly_attention_published AFTER INSERT ON "iess".monthly_attention
      FOR EACH ROW WHEN (NEW.source = 'TRANSPARENCY') EXECUTE FUNCTION "iess".record_published_month()`);
    // Demo requests seeded before this migration were counted as LIVE: move their counts to DEMO rows.
    const demoMonths = `SELECT to_char(submitted_at AT TIME ZONE 'America/Guayaquil', 'YYYY-MM') AS month, count(*)::int AS n
      FROM "iess".employer_key_request WHERE submitted_by = 'demo' AND channel = 'VIRTUAL' GROUP BY 1`;
    await runner.query(`INSERT INTO "iess".monthly_attention (month, attentions, complaints, source) SELECT month, n, 0, 'DEMO' FROM (${demoMonths}) d`);
    await runner.query(`UPDATE "iess".monthly_attention m SET attentions = GREATEST(m.attentions - d.n, 0) FROM (${demoMonths}) d
      WHERE m.month = d.month AND m.source = 'LIVE'`);
    await runner.query(`DELETE FROM "iess".monthly_attention m USING (${demoMonths}) d
      WHERE m.month = d.month AND m.source = 'LIVE' AND m.attentions = 0 AND m.complaints = 0`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TRIGGER monthly_attention_published ON "iess".monthly_attention');
    await runner.query('DROP FUNCTION "iess".record_published_month()');
    await runner.query('DROP TABLE "iess".monthly_attention_change');
    await runner.query(`DELETE FROM "iess".monthly_attention WHERE source = 'DEMO' OR (source = 'LIVE' AND month IN (SELECT month FROM "iess".monthly_attention WHERE source = 'TRANSPARENCY'))`);
    await runner.query('ALTER TABLE "iess".monthly_attention DROP CONSTRAINT monthly_attention_pkey');
    await runner.query('ALTER TABLE "iess".monthly_attention DROP CONSTRAINT monthly_attention_source_check');
    await runner.query(`ALTER TABLE "iess".monthly_attention ADD CONSTRAINT monthly_attention_source_check CHECK (source IN ('TRANSPARENCY', 'LIVE'))`);
    await runner.query('ALTER TABLE "iess".monthly_attention ADD PRIMARY KEY (month)');
  }
}
