import { and, count, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './client';
import { keyset, readPage, toConnection, type Connection, type PageArgs, type SortKey } from '../lib/connection';

/**
 * One page of `table` rows matching `where`, in keyset order, as a Relay connection. The total
 * is counted only if the client selects `totalCount`. `columns` (see db/columns.ts) reads fewer
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
