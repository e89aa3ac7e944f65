import type { MigrationInterface, QueryRunner } from 'typeorm';
import { PLACEHOLDER_AGENCIES, PROVINCES } from './1764120000001-provinces';

/** Provinces as data (INEC codes), one attention point per province at least, each marked SEED or PLACEHOLDER. */
export class IessProvinces1764120000001 implements MigrationInterface {
  name = 'IessProvinces1764120000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE province (code char(2) PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'), name text NOT NULL UNIQUE, UNIQUE (code, name))`);
    for (const [code, name] of PROVINCES) await runner.query('INSERT INTO province (code, name) VALUES ($1, $2)', [code, name]);
    await runner.query(`ALTER TABLE agency ADD COLUMN province_code char(2),
      ADD COLUMN origin varchar(16) NOT NULL DEFAULT 'PLACEHOLDER' CHECK (origin IN ('SEED', 'PLACEHOLDER'))`);
    await runner.query('UPDATE agency a SET province_code = p.code FROM province p WHERE p.name = a.province');
    await runner.query('ALTER TABLE agency ALTER COLUMN province_code SET NOT NULL');
    // The province's name and code always agree with the table of provinces.
    await runner.query('ALTER TABLE agency ADD CONSTRAINT agency_province_fk FOREIGN KEY (province_code, province) REFERENCES province (code, name)');
    for (const [code, provinceCode, city] of PLACEHOLDER_AGENCIES) {
      await runner.query(`INSERT INTO agency (code, province_code, province, name, origin) SELECT $1, p.code, p.name, $3, 'PLACEHOLDER' FROM province p WHERE p.code = $2`, [
        code,
        provinceCode,
        `Centro de Atención Universal ${city}`,
      ]);
    }
    // Reference data changes by migration only: the runtime role reads it.
    await runner.query(`DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'llavero_iess') THEN
        REVOKE INSERT, UPDATE, DELETE ON province, agency FROM "llavero_iess"; END IF; END $$`);
    await runner.query('ALTER TABLE employer_key_request ADD COLUMN province_code char(2)');
    await runner.query('UPDATE employer_key_request r SET province_code = p.code FROM province p WHERE p.name = r.province');
    // Rows written before this migration with free text keep it (province_code NULL); new ones are named by code.
    await runner.query('ALTER TABLE employer_key_request ADD CONSTRAINT employer_key_request_province_fk FOREIGN KEY (province_code, province) REFERENCES province (code, name)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE employer_key_request DROP CONSTRAINT employer_key_request_province_fk, DROP COLUMN province_code');
    await runner.query(`DELETE FROM agency WHERE code = ANY($1)`, [PLACEHOLDER_AGENCIES.map(a => a[0])]);
    await runner.query('ALTER TABLE agency DROP CONSTRAINT agency_province_fk, DROP COLUMN province_code, DROP COLUMN origin');
    await runner.query('DROP TABLE province');
  }
}
