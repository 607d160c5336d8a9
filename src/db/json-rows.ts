import { and, getTableColumns, getTableName, sql, type AnyColumn, type SQL, type SQLWrapper } from 'drizzle-orm';
import { PgDialect, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './client.js';
import { EVERY_COLUMN, type ColumnChoice } from './columns.js';

/**
 * Loader reads travel as one JSON value. PostgreSQL builds each row as a JSON array of the chosen
 * columns and aggregates the rows of a statement into one array, which the driver hands to
 * `JSON.parse` once; the rows are then rebuilt with their Drizzle property names and types. A page
 * of 50 cards reads about a thousand rows this way at a quarter of the client CPU that decoding
 * them cell by cell (postgres.js, then Drizzle's mapper) costs, which was most of a nested
 * request's time.
 *
 * Every column kind the schema uses has an encoding here; a new kind fails loudly on first use,
 * and `json-rows.test.ts` reads every table both ways and compares the rows.
 */

type Decode = (value: never) => unknown;

interface Encoding {
  /** The column's value as it goes into the row's JSON array. */
  encode(column: SQL): SQL;
  /** The JSON value back as Drizzle gives it, for a non-null value; none when JSON already has it so. */
  decode?: Decode;
}

const asIs: Encoding = { encode: (column) => column };

/** By Drizzle column type: JSON has numbers, strings, booleans, arrays and objects; the rest is spelled out. */
const ENCODINGS: Record<string, Encoding> = {
  PgBigInt53: asIs,
  PgInteger: asIs,
  PgText: asIs,
  PgEnumColumn: asIs,
  PgBoolean: asIs,
  PgJsonb: asIs,
  // A uuid is its text in JSON, as the driver reads it.
  PgUUID: asIs,
  // PostgreSQL writes a date as "YYYY-MM-DD", as Drizzle's string mode reads it.
  PgDateString: asIs,
  // As text: a JSON number would go through a float and lose the exact decimal.
  PgNumeric: { encode: (column) => sql`${column}::text` },
  // Milliseconds since the epoch (the columns keep milliseconds), cheaper to decode than ISO text.
  PgTimestamp: {
    encode: (column) => sql`floor(extract(epoch from ${column}) * 1000)`,
    decode: (milliseconds: number) => new Date(milliseconds),
  },
  // Bytes as base64 (a third larger, where hex would double them), back as a Buffer like the bytea column type.
  'PgCustomColumn<bytea>': {
    encode: (column) => sql`encode(${column}, 'base64')`,
    decode: (base64: string) => Buffer.from(base64, 'base64'),
  },
};

const ARRAYS_AS_IS = new Set(['PgArray<PgText>', 'PgArray<PgEnumColumn>', 'PgArray<PgDateString>', 'PgArray<PgSmallInt>']);

function encodingOf(table: PgTable, property: string, column: PgColumn): Encoding {
  const kind = column.columnType === 'PgArray'
    ? `PgArray<${(column as unknown as { baseColumn: PgColumn }).baseColumn.columnType}>`
    : column.columnType === 'PgCustomColumn' ? `PgCustomColumn<${column.getSQLType()}>` : column.columnType;
  // Arrays of text, enum values and dates are JSON arrays of strings (dates as "YYYY-MM-DD"), of small integers arrays of numbers.
  if (ARRAYS_AS_IS.has(kind)) return asIs;
  const encoding = ENCODINGS[kind];
  if (!encoding) throw new Error(`db/json-rows.ts has no JSON encoding for ${kind} (${getTableName(table)}.${property}); add one there.`);
  // Generated columns keep their kind: a timestamp is still milliseconds.
  if (kind === 'PgTimestamp' && (column as unknown as { config: { mode?: string } }).config.mode === 'string') {
    throw new Error(`db/json-rows.ts reads timestamps as Dates; ${getTableName(table)}.${property} is in string mode.`);
  }
  return encoding;
}

/** Names of the extra fields of a loader's query; no table has columns so named. */
const PARENT = '_parent';
const POSITION = '_position';
/** The alias of a loader's query inside the statement that aggregates its rows. */
const READ = sql`${sql.identifier('_read')}`;

/**
 * Loader statements are built on every request, and Drizzle walks each piece of a query with
 * several type checks: the parts that depend only on the columns chosen are rendered to text once.
 */
const dialect = new PgDialect();
const rendered = (query: SQL) => sql.raw(dialect.sqlToQuery(query).sql);

/** The chosen columns of a table (and the rows its embedded references point to), as one JSON array per row and back. */
class RowCodec<Row> {
  private readonly properties: string[];
  private readonly decoders: (Decode | undefined)[];
  private readonly embeds: { field: string; codec: RowCodec<unknown> }[];
  /** The chosen columns, qualified by the table's name, as the loader's query selects them. */
  readonly columns: SQL;
  /** The aggregate and the joins around a loader query, per shape: with a parent key, in order. */
  private readonly frames = new Map<string, { aggregate: SQL; joins: SQL | null }>();
  private readonly chosen: { column: PgColumn; encoding: Encoding }[];
  private readonly joins: { alias: SQL; via: PgColumn; table: PgTable }[];

  constructor(table: PgTable, choice: ColumnChoice) {
    const columns = getTableColumns(table) as Record<string, PgColumn>;
    this.properties = choice.columns === null ? Object.keys(columns) : [...choice.columns];
    this.chosen = this.properties.map((property) => {
      const column = columns[property];
      if (!column) throw new Error(`${property} is not a column of ${getTableName(table)}`);
      return { column, encoding: encodingOf(table, property, column) };
    });
    this.decoders = this.chosen.map(({ encoding }) => encoding.decode);
    this.columns = rendered(sql.join(this.chosen.map(({ column }) => sql`${column}`), sql`, `));
    this.embeds = choice.embeds.map((embed) => ({ field: embed.field, codec: rowCodec(embed.table, embed.choice) }));
    this.joins = choice.embeds.map((embed, i) => ({ alias: sql`${sql.identifier(`_ref${i}`)}`, via: columns[embed.via], table: embed.table }));
  }



  /** Each chosen column of the row `alias` names, encoded for JSON. */
  private encoded(alias: SQL): SQL[] {
    return this.chosen.map(({ column, encoding }) => encoding.encode(sql`${alias}.${sql.identifier(column.name)}`));
  }

  /**
   * What turns a loader query into one JSON value: the aggregate of its rows (as the one field
   * of the statement) and the joins after it. Each embedded reference is a left join on the
   * referenced table's id, its row a nested array (null when the reference is empty).
   */
  frame(withParent: boolean, ordered: boolean): { aggregate: SQL; joins: SQL | null } {
    const key = `${withParent}${ordered}`;
    let frame = this.frames.get(key);
    if (!frame) {
      const references = this.joins.map(({ alias }, i) =>
        sql`case when ${alias}."id" is null then null else json_build_array(${sql.join(this.embeds[i].codec.encoded(alias), sql`, `)}) end`);
      const values = [...(withParent ? [sql`${READ}.${sql.identifier(PARENT)}`] : []), ...this.encoded(READ), ...references];
      const order = ordered ? sql` order by ${READ}.${sql.identifier(POSITION)}` : sql``;
      const joins = this.joins.map(({ alias, via, table }) =>
        sql` left join ${table} as ${alias} on ${alias}."id" = ${READ}.${sql.identifier(via.name)}`);
      frame = {
        aggregate: rendered(sql`coalesce(json_agg(json_build_array(${sql.join(values, sql`, `)})${order}), '[]')`),
        joins: joins.length > 0 ? rendered(sql.join(joins, sql``)) : null,
      };
      this.frames.set(key, frame);
    }
    return frame;
  }

  /** The row in `values` from `offset` on, with its embedded references under their fields. */
  decode(values: unknown[], offset: number): Row {
    const row: Record<string, unknown> = {};
    const { properties, decoders, embeds } = this;
    for (let i = 0; i < properties.length; i++) {
      const value = values[offset + i];
      const decode = decoders[i];
      row[properties[i]] = decode && value !== null ? decode(value as never) : value;
    }
    for (let i = 0; i < embeds.length; i++) {
      const value = values[offset + properties.length + i] as unknown[] | null;
      row[embeds[i].field] = value === null ? null : embeds[i].codec.decode(value, 0);
    }
    return row as Row;
  }
}

const codecs = new WeakMap<PgTable, Map<string, RowCodec<unknown>>>();

/** The codec of `choice` of `table`, made once per choice. */
function rowCodec<T extends PgTable>(table: T, choice: ColumnChoice): RowCodec<T['$inferSelect']> {
  let byChoice = codecs.get(table);
  if (!byChoice) codecs.set(table, (byChoice = new Map()));
  let codec = byChoice.get(choice.key);
  if (!codec) byChoice.set(choice.key, (codec = new RowCodec(table, choice)));
  return codec as RowCodec<T['$inferSelect']>;
}

/** What a loader reads: the chosen columns of a table, and the referenced rows to read with each row. */
export interface RowsOf<T extends PgTable> {
  table: T;
  columns: ColumnChoice;
}

/** Where a row's parent key and its place in the order come from, when they matter. */
interface Shape {
  /** The key of the row's parent: rows are answered with it (see `readRowsByParent`). */
  parent?: AnyColumn | SQL;
  /** The order rows are answered in; none is any order (rows by id). */
  orderBy?: readonly SQL[];
  /**
   * Planned afresh each time instead of prepared (the default): for a read whose parameters want
   * different plans (a free-text search), which a prepared statement's generic plan is not.
   */
  planEachTime?: boolean;
}

/**
 * A loader's query, written with Drizzle over the `fields` it is given: the chosen columns, and
 * the parent key and position the shape asks for.
 */
type Query = (fields: Record<string, SQL | SQL.Aliased>) => SQLWrapper;

/** Runs `query` with its rows aggregated into one JSON value, and answers each row's values. */
async function aggregatedRows(db: Database, codec: RowCodec<unknown>, shape: Shape, query: Query): Promise<unknown[][]> {
  const fields: Record<string, SQL | SQL.Aliased> = { columns: codec.columns };
  if (shape.parent) fields[PARENT] = sql`${shape.parent}`.as(PARENT);
  const ordered = (shape.orderBy?.length ?? 0) > 0;
  if (ordered) {
    // The rows' order, taken where it is known: a LATERAL page's order is its own.
    fields[POSITION] = sql`row_number() over (order by ${sql.join([...shape.orderBy!], sql`, `)})`.as(POSITION);
  }
  const { aggregate, joins } = codec.frame(!!shape.parent, ordered);
  // With references to join, the query is planned on its own (OFFSET 0 keeps the planner from
  // merging it into the joins), and the referenced rows joined to its result: PostgreSQL then
  // finds each referenced row once instead of joining inside every parent's page (a fifth less
  // CPU for a page of 50 chronicles with their employees).
  const source = joins ? sql`(select * from (${query(fields)}) as "_rows" offset 0) as ${READ}${joins}` : sql`(${query(fields)}) as ${READ}`;
  const statement = db.select({ rows: sql<unknown[][]>`${aggregate}` }).from(source);
  // Prepared: a loader's statement has the same text for every batch (its ids are one array
  // parameter), so PostgreSQL parses and plans it once per connection, and the driver skips
  // describing it again. That was a tenth of the server's CPU on a page of cards, and more of the
  // database's.
  const [{ rows }] = await (shape.planEachTime ? statement : statement.prepare('loader_rows').execute());
  return rows;
}

/**
 * The rows `query` selects, of the `rows` columns chosen, in `shape.orderBy`'s order. `query`
 * is written with Drizzle as usual (joins, conditions, grouping), selecting the `fields` it gets.
 */
export async function readRows<T extends PgTable>(
  db: Database, rows: RowsOf<T>, shape: Omit<Shape, 'parent'>, query: Query,
): Promise<T['$inferSelect'][]> {
  const codec = rowCodec(rows.table, rows.columns);
  return (await aggregatedRows(db, codec, shape, query)).map((values) => codec.decode(values, 0));
}

/** As `readRows`, the rows grouped by the key of their parent (`shape.parent`), each group in order. */
export async function readRowsByParent<T extends PgTable>(
  db: Database, rows: RowsOf<T>, shape: Shape & { parent: AnyColumn | SQL }, query: Query,
): Promise<Map<number, T['$inferSelect'][]>> {
  const codec = rowCodec(rows.table, rows.columns);
  const byParent = new Map<number, T['$inferSelect'][]>();
  for (const values of await aggregatedRows(db, codec, shape, query)) {
    const parent = values[0] as number;
    const row = codec.decode(values, 1);
    const siblings = byParent.get(parent);
    if (siblings) siblings.push(row);
    else byParent.set(parent, [row]);
  }
  return byParent;
}

/**
 * `column = any(values)`, the values (ids, or texts with `type` text) sent as one array
 * parameter: the statement's text stays the same however many values a batch has, and Drizzle
 * builds one parameter instead of one per value.
 */
export const isAnyOf = (column: AnyColumn | SQL, values: readonly (number | string)[], type: 'bigint' | 'text' = 'bigint'): SQL =>
  sql`${column} = any(${sql.param([...values])}::${sql.raw(type)}[])`;

/** Every column of `table`: what reads for a service (rules, writes) take. */
export const allColumnsOf = <T extends PgTable>(table: T): RowsOf<T> => ({ table, columns: EVERY_COLUMN });

/**
 * The rows of `table` whose `parent` column is one of `parents`, every column, grouped by parent,
 * each group in `orderBy`'s order: what a list by parent reads when its rows are few and narrow
 * (a counterparty's objects, an order's lines). A list a page of cards selects from is read with
 * a column choice (see `readRowsByParent` and src/modules/README.md).
 */
export const rowsByParents = <T extends PgTable>(
  db: Database, table: T, parent: PgColumn, parents: readonly number[], orderBy: readonly SQL[], where?: SQL,
) => readRowsByParent(db, allColumnsOf(table), { parent, orderBy }, (fields) =>
  db.select(fields).from(table as PgTable).where(and(isAnyOf(parent, parents), where)));

/** The rows of `table` whose text `column` is one of `keys`, every column: what a by-key loader reads (external ids). */
export const rowsByKeys = <T extends PgTable>(db: Database, table: T, column: PgColumn, keys: readonly string[]) =>
  readRows(db, allColumnsOf(table), {}, (fields) => db.select(fields).from(table as PgTable).where(isAnyOf(column, keys, 'text')));

/** The rows of `table` whose `id` is one of `ids`, every column, in no particular order: what by-id loaders read. */
export const rowsByIds = <T extends PgTable & { id: PgColumn }>(db: Database, table: T, ids: readonly number[]) =>
  readRows(db, allColumnsOf(table), {}, (fields) => db.select(fields).from(table as PgTable).where(isAnyOf(table.id, ids)));
