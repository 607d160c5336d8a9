import { and, count, eq, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './client.js';
import { withKeyColumns } from './columns.js';
import { isAnyOf, readRows, readRowsByParent, type RowsOf } from './json-rows.js';
import {
  readPage, toConnection, type Connection, type CursorValue, type Page, type PageArgs, type SortKey, type SortKeyType,
} from '../lib/connection.js';

/** How a cursor's value is cast to its key's SQL type (text needs none). */
const CAST: Record<SortKeyType, string | null> = { text: null, integer: 'bigint', instant: 'timestamptz', date: 'date' };

function cursorParam<Row>(key: SortKey<Row>, value: CursorValue): SQL {
  const cast = CAST[key.type];
  return cast ? sql`${value}::${sql.raw(cast)}` : sql`${value}`;
}

/**
 * The WHERE condition "comes after the cursor" for keys in the direction the page is read, and
 * the ORDER BY for that direction. Equal directions use a row comparison, which an index serves.
 */
function keyset<Row>(keys: SortKey<Row>[], page: Page): { where: SQL | undefined; orderBy: SQL[] } {
  const descending = (key: SortKey<Row>) => key.descending !== page.backward;
  const orderBy = keys.map((key) => (descending(key) ? sql`${key.column} desc` : sql`${key.column} asc`));
  if (!page.cursor) return { where: undefined, orderBy };
  const values = page.cursor;
  const allSame = keys.every((key) => descending(key) === descending(keys[0]));
  if (allSame) {
    const op = sql.raw(descending(keys[0]) ? '<' : '>');
    const columns = sql.join(keys.map((k) => sql`${k.column}`), sql`, `);
    const params = sql.join(keys.map((k, i) => cursorParam(k, values[i])), sql`, `);
    return { where: sql`(${columns}) ${op} (${params})`, orderBy };
  }
  const branches = keys.map((key, i) => {
    const equalBefore = keys.slice(0, i).map((k, j) => eq(k.column as AnyColumn, cursorParam(k, values[j])));
    const op = sql.raw(descending(key) ? '<' : '>');
    return and(...equalBefore, sql`${key.column} ${op} ${cursorParam(key, values[i])}`);
  });
  return { where: or(...branches), orderBy };
}


/**
 * One page of `table` rows matching `where`, in keyset order, as a Relay connection, of the
 * columns chosen (see db/columns.ts). The total is counted only if the client selects `totalCount`.
 * The page's statement is prepared unless `planEachTime` (a free-text search: a search for "%"
 * and one for a tax number want different plans, which a prepared statement's generic plan is not).
 */
export async function selectConnection<T extends PgTable>(
  db: Database,
  rows: RowsOf<T>,
  where: SQL | undefined,
  keys: SortKey<T['$inferSelect']>[],
  args: PageArgs,
  { planEachTime = false } = {},
): Promise<Connection<T['$inferSelect']>> {
  const { table } = rows;
  const read = { table, columns: withKeyColumns(table, rows.columns, keys) };
  const totalCount = async () => {
    const [{ total }] = await db.select({ total: count() }).from(table as PgTable).where(where);
    return total;
  };
  return keysetConnection(keys, args, (order) => readRows(db, read, { orderBy: order.orderBy, planEachTime }, (fields) => db.select(fields)
    .from(table as PgTable).where(and(where, order.where)).orderBy(...order.orderBy).limit(order.limit)), totalCount);
}

/** What a page's query adds to its own conditions: "after the cursor", the keyset order and the LIMIT. */
export interface KeysetOrder {
  where: SQL | undefined;
  orderBy: SQL[];
  limit: number;
}

/**
 * One page of the rows `read` selects, in the keyset order of `keys`, as a Relay connection: for
 * a page whose rows are not one table's columns (a report that aggregates other tables into each
 * row), `read` writes the statement and takes `order`'s condition, ORDER BY and LIMIT into it.
 */
export async function keysetConnection<Row>(
  keys: SortKey<Row>[], args: PageArgs, read: (order: KeysetOrder) => Promise<Row[]>, totalCount: () => Promise<number>,
): Promise<Connection<Row>> {
  const page = readPage(args, keys);
  const order = keyset(keys, page);
  const found = page.size === 0 ? [] : await read({ ...order, limit: page.size + 1 });
  return toConnection(found, page, keys, totalCount);
}

/** A list whose rows belong to parents (a counterparty's chronicle), read a page per parent. */
export interface ListPerParent<T extends PgTable> extends RowsOf<T> {
  /** The column holding the parent's key. */
  parent: PgColumn;
  /** What every row of the list matches besides its parent (a filter). */
  where?: SQL;
  keys: SortKey<T['$inferSelect']>[];
}

/**
 * The page of `list` of every parent in `parents`, in one statement: a LATERAL subquery per
 * parent reads its first `size + 1` rows in key order from the (parent, keys...) index, so the
 * cost grows with the page, never with the parent's whole list. Rows come back grouped by
 * parent, each parent's in page order.
 */
export async function pagesByParent<T extends PgTable>(
  db: Database, list: ListPerParent<T>, parents: readonly number[], page: Page,
): Promise<Map<number, T['$inferSelect'][]>> {
  if (page.size === 0 || parents.length === 0) return new Map();
  const order = keyset(list.keys, page);
  // Each parent's page is numbered in its own order, which is all the grouping by parent needs.
  return readRowsByParent(db, list, { parent: sql`"_parents"."key"`, orderBy: order.orderBy }, (fields) => sql`
    select "_page".* from unnest(${sql.param([...parents])}::bigint[]) as "_parents"("key")
    cross join lateral ${db.select(fields).from(list.table as PgTable)
      .where(and(sql`${list.parent} = "_parents"."key"`, list.where, order.where))
      .orderBy(...order.orderBy)
      .limit(page.size + 1)} as "_page"`);
}

/** How many rows of `list` each of `parents` has, in one grouped statement. */
export async function countsByParent<T extends PgTable>(
  db: Database, list: Omit<ListPerParent<T>, 'keys' | 'columns'>, parents: readonly number[],
): Promise<Map<number, number>> {
  const found = await db.select({ parent: list.parent, total: count() }).from(list.table as PgTable)
    .where(and(isAnyOf(list.parent, parents), list.where))
    .groupBy(list.parent);
  return new Map(found.map((row) => [row.parent as number, row.total]));
}
