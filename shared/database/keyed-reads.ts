import { createHash } from 'node:crypto';
import { CannotExecuteNotConnectedError, QueryFailedError, type DataSource, type EntityMetadata, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { Pool } from 'pg';

// The reads every dossier makes (a RUC's keys, requests, credentials; a request's documents and events)
// as one named prepared statement per loader: `WHERE key = ANY($1)` has the same text for 1 RUC or 500,
// so PostgreSQL parses and plans it once per connection, and the statement is built from TypeORM's
// metadata once per process instead of by the query builder on every call. Rows are hydrated by
// TypeORM's own driver (dates, numerics, transformers), so an entity reads the same either way.

export type KeyOrder<T> = Partial<Record<keyof T & string, 'ASC' | 'DESC'>>;

interface Plan {
  name: string;
  /** Bumped when PostgreSQL refuses the prepared statement (a migration changed a selected column's type). */
  generation: number;
  text: string;
  columns: Array<{ alias: string; column: ColumnMetadata }>;
  metadata: EntityMetadata;
}

const plans = new WeakMap<DataSource, Map<string, Plan>>();

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

function column(metadata: EntityMetadata, property: string): ColumnMetadata {
  const found = metadata.findColumnWithPropertyName(property);
  if (!found) throw new Error(`${metadata.name} no tiene la columna ${property}`);
  return found;
}

function planFor(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, key: string, order: Record<string, 'ASC' | 'DESC'>): Plan {
  const metadata = dataSource.getMetadata(entity);
  const id = `${metadata.name}|${key}|${JSON.stringify(order)}`;
  let byId = plans.get(dataSource);
  if (!byId) plans.set(dataSource, (byId = new Map()));
  const known = byId.get(id);
  if (known) return known;
  // Only plain column entities: relations, embeddeds, inheritance, soft deletes, virtual columns, load
  // listeners and subscribers need TypeORM's own query builder and transformer; a key with a transformer
  // would need its `to` applied to the keys.
  const keyColumn = column(metadata, key);
  if (
    metadata.relations.length ||
    metadata.embeddeds.length ||
    metadata.discriminatorColumn ||
    metadata.inheritancePattern ||
    metadata.deleteDateColumn ||
    metadata.columns.some(c => c.isVirtualProperty) ||
    metadata.listeners.some(l => l.type === 'after-load') ||
    dataSource.subscribers.length ||
    keyColumn.transformer
  ) {
    throw new Error(`${metadata.name}: findByKeys solo lee entidades de columnas simples`);
  }
  const columns = metadata.columns.filter(c => c.isSelect && !c.isVirtual).map((c, i) => ({ alias: `c${i}`, column: c }));
  const table = metadata.schema ? `${quote(metadata.schema)}.${quote(metadata.tableName)}` : quote(metadata.tableName);
  const orderBy = Object.entries(order).map(([property, direction]) => `${quote(column(metadata, property).databaseName)} ${direction === 'DESC' ? 'DESC' : 'ASC'}`);
  const text =
    `SELECT ${columns.map(c => `${quote(c.column.databaseName)} AS ${c.alias}`).join(', ')} FROM ${table}` +
    ` WHERE ${quote(keyColumn.databaseName)} = ANY($1)${orderBy.length ? ` ORDER BY ${orderBy.join(', ')}` : ''}`;
  const plan = { name: `llavero_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`, text, columns, metadata, generation: 0 };
  byId.set(id, plan);
  return plan;
}

/**
 * The rows of `entity` whose `key` property is any of `keys`, ordered by `order`, hydrated as TypeORM's
 * `find({ where: { [key]: In(keys) }, order })` would; counted and logged by the data source's logger.
 */
export async function findByKeys<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>, key: keyof T & string, keys: readonly unknown[], order: KeyOrder<T> = {}): Promise<T[]> {
  if (keys.length === 0) return [];
  const pool = (dataSource.driver as unknown as { master?: Pool }).master;
  // As TypeORM says it: a destroyed data source is "not connected" (SERVICE_UNAVAILABLE), not an internal error.
  if (!dataSource.isInitialized || !pool) throw new CannotExecuteNotConnectedError();
  const plan = planFor(dataSource, entity, key, order as Record<string, 'ASC' | 'DESC'>);
  const values = [[...keys]];
  const started = Date.now();
  dataSource.logger.logQuery(plan.text, values);
  let rows: Record<string, unknown>[];
  const run = () => pool.query({ name: plan.generation ? `${plan.name}_${plan.generation}` : plan.name, text: plan.text, values });
  try {
    rows = await run()
      .catch(error => {
        // 0A000 "cached plan must not change result type": a connection prepared the statement before a
        // migration changed a column it reads. The statement is prepared again under a new name.
        if ((error as { code?: string }).code !== '0A000') throw error;
        plan.generation++;
        return run();
      })
      .then(result => result.rows);
  } catch (error) {
    dataSource.logger.logQueryError(error as Error, plan.text, values);
    throw new QueryFailedError(plan.text, values, error as Error);
  }
  const slowAfter = dataSource.options.maxQueryExecutionTime;
  if (slowAfter && Date.now() - started > slowAfter) dataSource.logger.logQuerySlow(Date.now() - started, plan.text, values);
  const { driver } = dataSource;
  return rows.map(row => {
    const hydrated = plan.metadata.create(undefined, { fromDeserializer: true }) as T;
    for (const { alias, column: c } of plan.columns) {
      const value = row[alias];
      if (value !== undefined) c.setEntityValue(hydrated, driver.prepareHydratedValue(value, c));
    }
    return hydrated;
  });
}
