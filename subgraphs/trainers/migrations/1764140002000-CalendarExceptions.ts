import type { MigrationInterface, QueryRunner } from 'typeorm';

// Frozen: the days of rest the Ley de Feriados cannot compute. A new decree (a bridge, a moved holiday,
// a worked Saturday) or another office's canton is a new migration inserting rows here.
const LOCAL_HOLIDAYS = [
  ['12-06', 'Quito', 'Fundación de Quito'],
  ['04-12', 'Cuenca', 'Fundación de Cuenca'],
  ['07-25', 'Guayaquil', 'Fundación de Guayaquil'],
];

/** calendar_exception: canton holidays (moved like the national ones) and decreed days, read-only at run time. */
export class TrainersCalendarExceptions1764140002000 implements MigrationInterface {
  name = 'TrainersCalendarExceptions1764140002000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE calendar_exception (
      id serial PRIMARY KEY,
      kind varchar(16) NOT NULL CHECK (kind IN ('LOCAL_HOLIDAY', 'REST', 'WORK')),
      day date,
      month_day char(5) CHECK (month_day ~ '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'),
      canton varchar(80),
      name text NOT NULL,
      legal_basis text NOT NULL,
      CHECK ((kind = 'LOCAL_HOLIDAY') = (month_day IS NOT NULL AND day IS NULL AND canton IS NOT NULL)),
      CHECK (kind = 'LOCAL_HOLIDAY' OR day IS NOT NULL)
    )`);
    await runner.query('REVOKE INSERT, UPDATE, DELETE ON calendar_exception FROM "llavero_trainers"');
    for (const [monthDay, canton, name] of LOCAL_HOLIDAYS) {
      await runner.query(
        `INSERT INTO calendar_exception (kind, month_day, canton, name, legal_basis) VALUES ('LOCAL_HOLIDAY', $1, $2, $3, $4)`,
        [monthDay, canton, name, 'Código del Trabajo art. 65 (Ley de Feriados, R.O. 906-S, 2016): un feriado cívico por cantón, trasladado como los nacionales'],
      );
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE calendar_exception');
  }
}
