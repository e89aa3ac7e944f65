import { Client } from 'pg';
import { modulo11CheckDigit } from '../../shared/identifiers/ruc';
import { naturalPersonRucs } from '../../test/support/ruc-factory';

// The benchmark's synthetic country: taxpayers with valid RUCs spread over the four services, and
// request rows over ten years with their monthly roll-ups, written straight into the bench's own database
// as its owner (set-based SQL: a million rows take seconds, not an afternoon of API calls).

export interface Dataset {
  /** Natural persons with a SUT recovery and an IESS employer registration (some also trainers). */
  busyRucs: string[];
  taxpayers: number;
  requestRows: number;
}

const PUBLIC_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/** `count` distinct public-entity RUCs (third digit 6) with a correct modulo-11 check digit. */
export function publicEntityRucs(count: number, offset = 0): string[] {
  const rucs: string[] = [];
  // A check digit of 10 has no RUC: that number is skipped.
  for (let n = offset; rucs.length < count && n < 100_000; n++) {
    const firstEight = `176${String(n).padStart(5, '0')}`;
    const check = modulo11CheckDigit(firstEight, PUBLIC_WEIGHTS);
    if (check < 10) rucs.push(`${firstEight}${check}0001`);
  }
  return rucs;
}

/** The months the figures span: ten years ending with the last full month before the run. */
export const TEN_YEARS = { from: '2016-12', to: '2026-11' };

export async function seedDataset(ownerUrl: string, taxpayers: number): Promise<Dataset> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const people = naturalPersonRucs(taxpayers - Math.floor(taxpayers / 20), 500_000);
    const institutions = publicEntityRucs(Math.floor(taxpayers / 20), 100);
    const cedulas = people.map(ruc => ruc.slice(0, 10));
    await client.query('BEGIN');
    // SAL: one institution in twenty, each with its UATH key in force.
    await client.query(
      `INSERT INTO sal.institution (ruc, name, government_function, status)
       SELECT ruc, 'Institución de prueba ' || i, 'EJECUTIVA', 'ACTIVE' FROM unnest($1::text[]) WITH ORDINALITY AS t(ruc, i) ON CONFLICT DO NOTHING`,
      [institutions],
    );
    await client.query(
      `INSERT INTO sal.access_key (institution_ruc, holder_cedula, holder_names, holder_email, status)
       SELECT ruc, lpad((1700000000 + i)::text, 10, '0'), 'Responsable UATH ' || i, 'uath' || i || '@prueba.gob.ec', 'ACTIVE'
       FROM unnest($1::text[]) WITH ORDINALITY AS t(ruc, i) ON CONFLICT DO NOTHING`,
      [institutions],
    );
    // IESS: every natural person is an employer, one in two with a key request.
    await client.query(
      `INSERT INTO iess.employer (ruc, business_name, sector_code, legal_representative_names, legal_representative_id_type, legal_representative_id, email, registered_by)
       SELECT ruc, 'Empleador de prueba ' || i, (SELECT code FROM iess.sector ORDER BY code LIMIT 1), 'Representante ' || i, 'CEDULA', left(ruc, 10), 'empleador' || i || '@prueba.ec', 'bench'
       FROM unnest($1::text[]) WITH ORDINALITY AS t(ruc, i) ON CONFLICT DO NOTHING`,
      [people],
    );
    await client.query(
      `INSERT INTO iess.employer_key_request (employer_ruc, channel, province, status, submitted_by, submitted_at)
       SELECT ruc, 'VIRTUAL', 'Pichincha', 'SUBMITTED', 'bench', timestamptz '2016-12-01' + (i % 3650) * interval '1 day'
       FROM unnest($1::text[]) WITH ORDINALITY AS t(ruc, i) WHERE i % 2 = 0`,
      [people],
    );
    // Trainers: one person in four is a qualified trainer with an issued credential.
    await client.query(
      `INSERT INTO trainers.qualified_trainer (cedula, names, qualification_resolution_number, qualification_resolution_date)
       SELECT cedula, 'Capacitador ' || i, 'MDT-DCRCO-2025-' || i || '-R', date '2025-01-15'
       FROM unnest($1::text[]) WITH ORDINALITY AS t(cedula, i) WHERE i % 4 = 0 ON CONFLICT DO NOTHING`,
      [cedulas],
    );
    await client.query(
      `INSERT INTO trainers.trainer_credential (trainer_cedula, code, status, channel, requested_at, issued_at, valid_until, requested_by)
       SELECT cedula, 'CAP-B' || lpad(i::text, 8, '0'), 'ISSUED', 'ONLINE', timestamptz '2025-02-01', timestamptz '2025-02-03', date '2027-02-03', 'bench'
       FROM unnest($1::text[]) WITH ORDINALITY AS t(cedula, i) WHERE i % 4 = 0`,
      [cedulas],
    );
    await client.query('COMMIT');
    // Statistics and visibility maps now, not from autovacuum during the first round (it ran every contender
    // of round 1 at about half the speed of the later rounds).
    await client.query('VACUUM ANALYZE');
    await addRecoveryRows(client, people, people.length);
    const requestRows = await countRequestRows(client);
    return { busyRucs: people.filter((_, i) => i % 4 === 0), taxpayers: people.length + institutions.length, requestRows };
  } finally {
    await client.end();
  }
}

/**
 * Adds `count` SUT / Salarios recovery requests spread over the ten years, and counts them in their months'
 * roll-ups as the API does (attentionReport reads only those): the figures' cost must not follow the rows.
 */
export function addRecoveryRows(clientOrUrl: Client | string, rucs: string[], count: number): Promise<number> {
  return withClient(clientOrUrl, async client => {
    await client.query('BEGIN');
    await client.query('CREATE TEMP TABLE bench_new_rows (received_at timestamptz) ON COMMIT DROP');
    await client.query(
      `WITH added AS (
         INSERT INTO sut.recovery_request (requester_ruc, system, channel, quipux_document_number, contact_email, status, received_at, resolved_at, recorded_by)
         SELECT ($1::text[])[1 + g % cardinality($1::text[])], CASE WHEN g % 2 = 0 THEN 'SUT' ELSE 'SALARIOS_EN_LINEA' END, 'QUIPUX',
                'MDT-BENCH-' || g || '-E', 'nomina@prueba.ec', 'RESOLVED', ts, ts + interval '2 days', 'bench'
         FROM generate_series(1, $2::int) g, LATERAL (SELECT timestamptz '2016-12-01 10:00-05' + ((g::bigint * 7919) % 3650) * interval '1 day' AS ts) t
         RETURNING received_at)
       INSERT INTO bench_new_rows SELECT received_at FROM added`,
      [rucs, count],
    );
    await client.query(
      `INSERT INTO sut.attention_tally (month, attentions, complaints)
       SELECT to_char(received_at AT TIME ZONE 'America/Guayaquil', 'YYYY-MM'), count(*), 0 FROM bench_new_rows GROUP BY 1`,
    );
    await client.query('COMMIT');
    await client.query('VACUUM ANALYZE sut.recovery_request');
    // The new rows' WAL is flushed now, not by a checkpoint in the middle of the next measurement.
    await client.query('CHECKPOINT');
    return countRequestRows(client);
  });
}

/** Request rows over the four services (the figure the attention workloads are labelled with). */
export function countRequestRows(clientOrUrl: Client | string): Promise<number> {
  return withClient(clientOrUrl, async client => {
    const { rows } = await client.query(
      `SELECT (SELECT count(*) FROM sut.recovery_request) + (SELECT count(*) FROM iess.employer_key_request)
            + (SELECT count(*) FROM sal.key_request) + (SELECT count(*) FROM trainers.trainer_credential) AS n`,
    );
    return Number(rows[0].n);
  });
}

/** Runs `work` on the given client, or on one opened (and closed) for the URL. */
async function withClient<T>(clientOrUrl: Client | string, work: (client: Client) => Promise<T>): Promise<T> {
  if (typeof clientOrUrl !== 'string') return work(clientOrUrl);
  const client = new Client({ connectionString: clientOrUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
