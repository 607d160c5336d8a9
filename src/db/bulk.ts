import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { getTableColumns, getTableName, sql, type Logger, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type postgres from 'postgres';
import type { Database } from './client.js';
import { executeRows } from './raw.js';

/**
 * Set-based writes for imports. The rows travel as one JSON parameter and PostgreSQL turns each
 * object into the table's row type (`jsonb_populate_recordset`), so a thousand rows cost one
 * statement and one parameter, whatever the number of columns, on postgres.js and PGlite alike.
 * New rows go in by COPY on PostgreSQL (see `insertMany`). Rows are given with the Drizzle
 * property names (camelCase); values as Drizzle would take them.
 */

type Values = Record<string, unknown>;

function columnNames(table: PgTable): Map<string, string> {
  return new Map(Object.entries(getTableColumns(table)).map(([property, column]) => [property, column.name]));
}

/** The rows as JSON with column names for keys, and the columns any of them sets. */
function asRecordset(table: PgTable, rows: readonly Values[]): { json: string; columns: string[] } {
  const names = columnNames(table);
  const columns = new Set<string>();
  const records = rows.map((row) => {
    const record: Values = {};
    for (const [property, value] of Object.entries(row)) {
      const name = names.get(property);
      if (!name) throw new Error(`${property} is not a column of the table`);
      if (value === undefined) continue;
      record[name] = value;
      columns.add(name);
    }
    return record;
  });
  return { json: JSON.stringify(records), columns: [...columns] };
}

/**
 * Values for `column in ${jsonValues(...)}`: one JSON parameter however many there are, which
 * PostgreSQL unpacks (as bigint with `asBigint`, else as text).
 */
export function jsonValues(values: readonly (string | number)[], asBigint = false): SQL {
  const json = JSON.stringify(values);
  return asBigint
    ? sql`(select jsonb_array_elements_text(${json}::jsonb)::bigint)`
    : sql`(select jsonb_array_elements_text(${json}::jsonb))`;
}

/** The distinct `keys` as a relation `given(key)` to join on, sent as one JSON parameter. */
export const givenKeysRelation = (keys: readonly string[]): SQL =>
  sql`(select distinct jsonb_array_elements_text(${JSON.stringify(keys)}::jsonb) as key) as given`;

const list = (columns: string[], prefix?: string): SQL =>
  sql.join(columns.map((column) => (prefix ? sql`${sql.identifier(prefix)}.${sql.identifier(column)}` : sql.identifier(column))), sql`, `);

/**
 * Inserts `rows`; answers each new row's `id` and `key` column (which a unique index must cover).
 * A column no row sets takes its default; one that some rows set is null in the others.
 *
 * On PostgreSQL the rows go in by COPY, then their ids are read by key: PostgreSQL spends a fifth
 * less CPU per row than on an insert from a JSON parameter (48 against 62 us per counterparty,
 * four writers at once), which is most of an import's time in the database. PGlite takes the
 * JSON insert.
 */
export async function insertMany(
  db: Database, table: PgTable, rows: readonly Values[], keyColumn: string,
): Promise<{ id: number; key: string }[]> {
  if (rows.length === 0) return [];
  const session = sessionOf(db);
  if (typeof session.client !== 'function') {
    const inserted = await insertManyReturning(db, table, rows, [keyColumn]);
    return inserted.map((row) => ({ id: row.id, key: row.columns[keyColumn] }));
  }
  const { columns, text } = copyText(table, rows);
  const copy = `copy ${quoted(getTableName(table))} (${columns.map((column) => quoted(column.name)).join(', ')}) from stdin`;
  session.logger.logQuery(copy, []);
  const client = session.client as postgres.Sql;
  await pipeline(Readable.from([text]), await client.unsafe(copy).writable());
  const key = Object.values(getTableColumns(table)).find((column) => column.name === keyColumn);
  if (!key) throw new Error(`${keyColumn} is not a column of the table`);
  const keys = [...new Set(rows.map((row) => String(row[propertyOf(table, keyColumn)])))];
  return (await executeRows<{ id: number | string; key: string }>(db, sql`
    select id, ${key}::text as key from ${table} where ${key} = any(${sql.param(keys)}::${sql.raw(key.getSQLType())}[])`))
    .map((row) => ({ id: Number(row.id), key: row.key }));
}

/** Inserts `rows` and answers nothing: for rows no caller needs the ids of. */
export async function insertRows(db: Database, table: PgTable, rows: readonly Values[]): Promise<void> {
  if (rows.length === 0) return;
  const { json, columns } = asRecordset(table, rows);
  await db.execute(sql`
    insert into ${table} (${list(columns)})
    select ${list(columns)} from jsonb_populate_recordset(null::${table}, ${json}::jsonb)`);
}

/** Drizzle's session under a database or a transaction: its driver client and its statement logger. */
const sessionOf = (db: Database) => (db as unknown as { session: { client: unknown; logger: Logger } }).session;

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

const propertyOf = (table: PgTable, columnName: string) =>
  Object.entries(getTableColumns(table)).find(([, column]) => column.name === columnName)![0];

/** A value in COPY's text format: backslash, tab and line breaks escaped; null as \N. */
export const copyField = (value: string | number | null): string =>
  (value === null ? '\\N' : String(value).replace(/[\\\t\n\r]/g, (char) => COPY_ESCAPES[char]));
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * The rows as COPY text, each value as Drizzle would send it (a list as an array literal, a JSON
 * value as its text, an instant in ISO), and the columns any of them sets.
 */
function copyText(table: PgTable, rows: readonly Values[]): { columns: PgColumn[]; text: string } {
  const all = getTableColumns(table) as Record<string, PgColumn>;
  const properties = [...new Set(rows.flatMap((row) => Object.keys(row).filter((property) => row[property] !== undefined)))];
  for (const property of properties) if (!all[property]) throw new Error(`${property} is not a column of the table`);
  const columns = properties.map((property) => all[property]);
  let text = '';
  for (const row of rows) {
    for (let i = 0; i < properties.length; i++) {
      const value = row[properties[i]];
      if (i > 0) text += '\t';
      text += copyField(value == null ? null : String(columns[i].mapToDriverValue(value)));
    }
    text += '\n';
  }
  return { columns, text };
}

/**
 * Inserts `rows` in one statement like `insertMany`, for rows whose key spans several columns:
 * answers each new row's `id` and the `keyColumns` as text (a date as `YYYY-MM-DD`, a bigint in
 * digits), from which the caller rebuilds its key.
 */
export async function insertManyReturning(
  db: Database, table: PgTable, rows: readonly Values[], keyColumns: readonly string[],
): Promise<{ id: number; columns: Record<string, string> }[]> {
  if (rows.length === 0) return [];
  const { json, columns } = asRecordset(table, rows);
  const keys = keyColumns.map((column, i) => ({ column, alias: `key_${i}` }));
  const inserted = await executeRows<Record<string, unknown>>(db, sql`
    insert into ${table} (${list(columns)})
    select ${list(columns)} from jsonb_populate_recordset(null::${table}, ${json}::jsonb)
    returning id, ${sql.join(keys.map(({ column, alias }) => sql`${sql.identifier(column)}::text as ${sql.identifier(alias)}`), sql`, `)}`);
  return inserted.map((row) => ({
    id: Number(row.id),
    columns: Object.fromEntries(keys.map(({ column, alias }) => [column, row[alias] as string])),
  }));
}

/** Columns an update may set: all but the key, the generated ones and the bookkeeping ones. */
function contentColumns(table: PgTable): string[] {
  return Object.values(getTableColumns(table))
    .filter((column) => !column.generated && !column.generatedIdentity
      && !['id', 'created_at', 'updated_at', 'version'].includes(column.name))
    .map((column) => column.name);
}

/**
 * Replaces the content of each row named by its `id` with the values given, bumping `version` and
 * `updated_at` as every update does. Pass whole rows (the stored row with the changes applied):
 * a content column a row leaves out is set to null.
 */
export async function updateMany(db: Database, table: PgTable, rows: readonly (Values & { id: number })[]): Promise<void> {
  if (rows.length === 0) return;
  const names = columnNames(table);
  const content = contentColumns(table);
  const given = new Set(content.map((column) => [...names].find(([, name]) => name === column)![0]));
  const { json } = asRecordset(table, rows.map((row) => Object.fromEntries(
    Object.entries(row).filter(([property]) => property === 'id' || given.has(property)))));
  const hasVersion = names.has('version');
  await db.execute(sql`
    update ${table} as t set (${list(content)}) = row(${list(content, 'x')})
      ${hasVersion ? sql`, version = t.version + 1, updated_at = now()` : sql``}
    from jsonb_populate_recordset(null::${table}, ${json}::jsonb) as x
    where t.id = x.id`);
}

/**
 * Locks and reads the rows whose `keyColumn` is one of `keys`, for an import to compare with
 * what it was sent. The lock holds until the chunk's transaction ends, so no other writer can
 * change a row between the comparison and the write.
 */
export async function lockedRowsByKeys<Row>(db: Database, table: PgTable, keyColumn: string, keys: readonly string[]): Promise<Row[]> {
  if (keys.length === 0) return [];
  const names = columnNames(table);
  const property = [...names].find(([, name]) => name === keyColumn)?.[0];
  if (!property) throw new Error(`${keyColumn} is not a column of the table`);
  const column = getTableColumns(table)[property];
  return await db.select().from(table)
    .where(sql`${column} in ${jsonValues(keys)}`)
    // Locked in id order, so two chunks over the same rows queue rather than cross. NO KEY UPDATE
    // still lets other chunks insert rows that reference these (a foreign-key check's KEY SHARE).
    .orderBy(sql`${sql.identifier('id')}`)
    .for('no key update') as Row[];
}

/** Ids of rows whose `keyColumn` is one of `keys` (matched as given), as a map from key to id. */
export async function idsByKeys(db: Database, table: PgTable, keyColumn: string, keys: readonly string[]): Promise<Map<string, number>> {
  if (keys.length === 0) return new Map();
  const rows = await executeRows<{ id: number | string; key: string }>(db, sql`
    select id, ${sql.identifier(keyColumn)} as key from ${table}
    where ${sql.identifier(keyColumn)} in ${jsonValues(keys)}`);
  return new Map(rows.map((row) => [row.key, Number(row.id)]));
}
