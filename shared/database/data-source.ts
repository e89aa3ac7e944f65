import { loadCalendarExceptions } from '../calendar/calendar-exceptions';
import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import { processConfig } from '../config';
import { CountingLogger } from './sql-counter';
import { enableRuntimeLogin, runtimeRoleName } from './runtime-role';

export interface SubgraphDatabaseOptions {
  /** The subgraph's own PostgreSQL schema: no subgraph reads another's tables. */
  schema: string;
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  poolSize?: number;
}

export function createSubgraphDataSource(options: SubgraphDatabaseOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsRun: false,
    synchronize: false,
    installExtensions: false, // gen_random_uuid() is built into PostgreSQL 13+
    logger: new CountingLogger(options.schema),
    // search_path lets migrations and raw SQL name the subgraph's tables without a schema prefix.
    // A dead or stuck database must fail fast (and be reported SERVICE_UNAVAILABLE), never hang a dossier.
    extra: {
      max: options.poolSize ?? 10,
      application_name: `llavero-${options.schema}`,
      connectionTimeoutMillis: processConfig().database.connectTimeoutMs,
      options: `-c search_path=${options.schema} -c statement_timeout=${processConfig().database.statementTimeoutMs}`,
    },
  });
}

export function sqlStatementCount(dataSource: DataSource): number {
  return (dataSource.logger as CountingLogger).statements;
}

/**
 * Connects, creates the subgraph's schema and runs its pending migrations. Idempotent, and safe
 * when several processes start at once: an advisory lock per schema serialises them.
 */
export async function openSubgraphDatabase(dataSource: DataSource): Promise<DataSource> {
  const schema = (dataSource.options as { schema: string }).schema;
  if (!dataSource.isInitialized) await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [`llavero:migrations:${schema}`]);
    await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [`llavero:migrations:${schema}`]).catch(() => undefined);
    await runner.release();
  }
  return dataSource;
}

export interface ServiceDatabaseUrls {
  /** The owner's URL (DATABASE_URL): runs the migrations and lets the runtime role log in. */
  admin?: string;
  /** The runtime role's URL (<SERVICE>_DATABASE_URL), when the owner's is not given to this process. */
  runtime?: string;
}

/**
 * Migrates the schema as its owner (when the owner's URL is given) and prepares its runtime role:
 * the runtime role's URL, for a process that must never hold the owner's credentials.
 */
export async function prepareServiceDatabase(create: (url: string) => DataSource, adminUrl: string): Promise<string> {
  const admin = await openSubgraphDatabase(create(adminUrl));
  try {
    return await enableRuntimeLogin(admin, adminUrl, runtimeRoleName((admin.options as { schema: string }).schema));
  } finally {
    await admin.destroy();
  }
}

/** The connection requests run on: the schema's runtime role (least privilege), its migrations all applied. */
export async function openServiceDatabase(create: (url: string) => DataSource, urls: ServiceDatabaseUrls): Promise<DataSource> {
  const runtime = urls.runtime ?? (urls.admin ? await prepareServiceDatabase(create, urls.admin) : undefined);
  if (!runtime) throw new Error('Falta la URL de la base de datos (DATABASE_URL, o la del rol de ejecución del servicio).');
  if (urls.runtime && urls.admin) await prepareServiceDatabase(create, urls.admin);
  const dataSource = create(runtime);
  await dataSource.initialize();
  if (await dataSource.showMigrations()) {
    await dataSource.destroy();
    const schema = (dataSource.options as { schema: string }).schema;
    throw new Error(`El esquema ${schema} tiene migraciones pendientes: inicie el servicio una vez con DATABASE_URL (el dueño de la base) para aplicarlas.`);
  }
  await loadCalendarExceptions(dataSource);
  return dataSource;
}
