import { and, count, getTableColumns, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './client';
import { keyset, readPage, toConnection, type Connection, type PageArgs, type SortKey } from '../lib/connection';

/**
 * One page of `table` rows matching `where`, in keyset order, as a Relay connection. The total
 * is counted only if the client selects `totalCount`. `columns` (see `columnsFor`) reads fewer
 * than all columns.
 */
export async function selectConnection<Row extends object>(
  db: Database,
  table: PgTable,
  where: SQL | undefined,
  keys: SortKey<Row>[],
  args: PageArgs,
  columns?: Record<string, PgColumn>,
): Promise<Connection<Row>> {
  const page = readPage(args, keys);
  const order = keyset(keys, page);
  const rows = page.size === 0
    ? []
    : await (columns ? db.select(columns) : db.select()).from(table).where(and(where, order.where)).orderBy(...order.orderBy).limit(page.size + 1);
  const totalCount = async () => {
    const [{ total }] = await db.select({ total: count() }).from(table).where(where);
    return total;
  };
  return toConnection(rows as Row[], page, keys, totalCount);
}

/**
 * Of `optional` (wide columns such as jsonb lists and long texts, each listed with the GraphQL
 * fields that need it), the ones some of the `selected` fields need, sorted so the list can key
 * a loader.
 */
export function wideColumnsNeeded(optional: Record<string, readonly string[]>, selected: ReadonlySet<string>): string[] {
  return Object.entries(optional).filter(([, fields]) => fields.some((field) => selected.has(field))).map(([column]) => column).sort();
}

/**
 * The columns of `table` to read: all but the `optional` ones not `kept`. Decoding wide columns
 * nobody asked for was a third of the CPU of a flat page of 50 counterparties. The rows lack the
 * columns left out: give them to the objects of the query that chose them only, never to a
 * by-id loader's cache.
 */
export function columnsFor(table: PgTable, optional: Record<string, readonly string[]>, kept: readonly string[]): Record<string, PgColumn> {
  return Object.fromEntries(Object.entries(getTableColumns(table)).filter(([property]) => !(property in optional) || kept.includes(property)));
}
