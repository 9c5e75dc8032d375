import { createHash } from 'node:crypto';
import { QueryFailedError } from 'typeorm';
import type { EntityManager, QueryRunner } from 'typeorm';

interface PositionalSql {
  text: string;
  /** PostgreSQL: the name it is prepared under (see `preparedOnPostgres`). */
  statementName?: string;
  /** The parameter name of each placeholder, in order (PostgreSQL: of each `$n`; SQLite: of each `?`). */
  names: string[];
}

const translated = new Map<string, PositionalSql>();

/**
 * Runs `sql` with `:name` parameters as positional parameters of the connection's dialect (`$1` on PostgreSQL,
 * `?` on SQLite), so the statement's text is the same whatever the values; resolves to the rows it returned.
 *
 * Why not TypeORM's `escapeQueryWithParameters`: on SQLite it writes numbers and booleans into the text itself,
 * so a statement run with a new version or id is prepared anew each time instead of being taken from the
 * driver's statement cache. The hot write path (a measure's update, the audit chain's append) runs through this.
 */
export async function namedQuery<T = Record<string, unknown>>(
  manager: EntityManager,
  sql: string,
  parameters: Record<string, unknown>,
): Promise<T[]> {
  const postgres = manager.connection.options.type === 'postgres';
  const key = `${postgres ? 'pg' : 'sqlite'}\u0000${sql}`;
  let positional = translated.get(key);
  if (!positional) {
    positional = toPositional(sql, postgres);
    translated.set(key, positional);
  }
  const values = positional.names.map((name) => {
    if (!(name in parameters)) throw new Error(`namedQuery: no value for :${name}`);
    return toDriverValue(parameters[name], postgres);
  });
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    if (postgres) return (await preparedOnPostgres(runner, positional, values)) as T[];
    // The structured result: its records are the rows, also for an UPDATE … RETURNING.
    const result = await runner.query(positional.text, values, true);
    return (result.records ?? []) as T[];
  } finally {
    if (!manager.queryRunner) await runner.release();
  }
}

interface PostgresClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * PostgreSQL parses and plans an unnamed statement at every execution; a named one once per connection. For the
 * statements every write and every signed-in request runs that halves the database's CPU per write (measured with
 * pgbench on the benchmark's data set: 2.6 → 1.6–1.8 ms per PATCH's statements). node-postgres prepares a name on
 * a connection the first time it is used there; the name is derived from the text, so one name never means two
 * statements. Errors are TypeORM's QueryFailedError, as from `query`.
 */
async function preparedOnPostgres(runner: QueryRunner, sql: PositionalSql, values: unknown[]): Promise<unknown[]> {
  const client = (await runner.connect()) as PostgresClient;
  sql.statementName ??= `lbm_${createHash('sha1').update(sql.text).digest('hex').slice(0, 20)}`;
  try {
    return (await client.query({ name: sql.statementName, text: sql.text, values })).rows;
  } catch (error) {
    throw new QueryFailedError(sql.text, values, error as Error);
  }
}

/**
 * Inserts one row of an entity's table with every column named and its value bound (`insertRows` with one row): the
 * same text for every row, so the prepared statement is reused. A value left undefined is written as NULL, so it
 * suits entities whose key the caller sets (not a generated one).
 */
export function insertRow<T extends object>(
  manager: EntityManager,
  entity: new () => T,
  values: Partial<T>,
): Promise<void> {
  return insertRows(manager, entity, [values], 1);
}

const insertTexts = new Map<string, string>();

/**
 * Inserts `rows` of an entity's table in statements of up to `perStatement` rows each, every value bound
 * (`namedQuery`): one statement text per table and number of rows, so a batch of the same size reuses the prepared
 * statement. TypeORM's `insert` writes numbers into the text on SQLite: each batch of a reporting date's 100,000
 * measures was a new statement of 3,400 parameters, prepared for that batch alone and holding its native memory
 * until the garbage collector finalised it (25 MB at the peak of one reporting date).
 */
export async function insertRows<T extends object>(
  manager: EntityManager,
  entity: new () => T,
  rows: Partial<T>[],
  perStatement: number,
): Promise<void> {
  const { tableName, columns } = manager.connection.getMetadata(entity);
  for (let start = 0; start < rows.length; start += perStatement) {
    const batch = rows.slice(start, start + perStatement) as Record<string, unknown>[];
    const key = `${tableName}\u0000${batch.length}`;
    let sql = insertTexts.get(key);
    if (!sql) {
      const tuples = batch.map((_, row) => `(${columns.map((column) => `:${column.propertyName}_${row}`).join(', ')})`);
      sql = `INSERT INTO ${tableName} (${columns.map((column) => column.databaseName).join(', ')}) VALUES ${tuples.join(', ')}`;
      insertTexts.set(key, sql);
    }
    const parameters: Record<string, unknown> = {};
    batch.forEach((values, row) => {
      for (const column of columns) parameters[`${column.propertyName}_${row}`] = values[column.propertyName];
    });
    await namedQuery(manager, sql, parameters);
  }
}

const selectTexts = new Map<string, string>();

/**
 * The rows of an entity's table that satisfy `condition` (SQL with `:name` parameters, may end in ORDER BY), as
 * entities: every selectable column, each value converted as TypeORM converts what it reads (dates, booleans,
 * numbers on either database). For the hot paths that read one row per request (the measure a write changes):
 * a prepared statement of constant text instead of building the query each time.
 */
export async function selectRows<T extends object>(
  manager: EntityManager,
  entity: new () => T,
  condition: string,
  parameters: Record<string, unknown>,
): Promise<T[]> {
  const metadata = manager.connection.getMetadata(entity);
  const columns = metadata.columns.filter((column) => column.isSelect);
  const key = `${metadata.tableName}\u0000${condition}`;
  let sql = selectTexts.get(key);
  if (!sql) {
    const list = columns.map((column) => `"${column.databaseName}" AS "${column.propertyName}"`).join(', ');
    sql = `SELECT ${list} FROM "${metadata.tableName}" WHERE ${condition}`;
    selectTexts.set(key, sql);
  }
  const driver = manager.connection.driver;
  return (await namedQuery(manager, sql, parameters)).map((row) => {
    const target = metadata.create() as T;
    for (const column of columns)
      column.setEntityValue(target, driver.prepareHydratedValue(row[column.propertyName], column));
    return target;
  });
}

/** `:name` → `$n` (PostgreSQL, one number per name) or `?` (SQLite, one per occurrence); `::` casts stay. */
export function toPositional(sql: string, postgres: boolean): PositionalSql {
  const names: string[] = [];
  const text = sql.replace(/(?<![:\w]):([A-Za-z_]\w*)/g, (_, name: string) => {
    if (!postgres) {
      names.push(name);
      return '?';
    }
    let index = names.indexOf(name);
    if (index < 0) index = names.push(name) - 1;
    return `$${index + 1}`;
  });
  return { text, names };
}

/** better-sqlite3 binds no booleans or `undefined`; SQLite stores booleans as 1 and 0, as TypeORM does. */
function toDriverValue(value: unknown, postgres: boolean): unknown {
  if (value === undefined) return null;
  if (!postgres && typeof value === 'boolean') return value ? 1 : 0;
  return value;
}
