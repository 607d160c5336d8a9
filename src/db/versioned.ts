import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './client.js';

type VersionedTable = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };

/** A row looked up by id and version: found at that version, at another one, or not at all. */
export type VersionedRow<Row> =
  | { status: 'found'; row: Row }
  | { status: 'stale'; currentVersion: number }
  | { status: 'missing' };

/**
 * Applies `values` to the row `id` only if its version is still `expectedVersion`, bumping the
 * version in the same statement so two writers can never both win.
 */
export async function updateVersioned<T extends VersionedTable>(
  db: Database,
  table: T,
  id: number,
  expectedVersion: number,
  values: Partial<T['$inferInsert']>,
): Promise<VersionedRow<T['$inferSelect']>> {
  const [row] = await db.update(table as PgTable)
    .set({ ...values, version: sql`${table.version} + 1`, updatedAt: sql`now()` } as never)
    .where(and(eq(table.id, id), eq(table.version, expectedVersion)))
    .returning();
  if (row) return { status: 'found', row: row as T['$inferSelect'] };
  const [current] = await db.select({ version: table.version }).from(table as PgTable).where(eq(table.id, id));
  return current ? { status: 'stale', currentVersion: current.version as number } : { status: 'missing' };
}

/**
 * The row `id` as it is now, found only at the version the client read. Read fresh, not through
 * the request's loaders, which an earlier mutation of the same request may have outdated; the
 * write that follows still guards on the version (updateVersioned).
 */
export async function rowAtVersion<T extends VersionedTable>(
  db: Database, table: T, id: number, expectedVersion: number,
): Promise<VersionedRow<T['$inferSelect']>> {
  const [row] = await db.select().from(table as PgTable).where(eq(table.id, id));
  if (!row) return { status: 'missing' };
  const version = (row as { version: number }).version;
  if (version !== expectedVersion) return { status: 'stale', currentVersion: version };
  return { status: 'found', row: row as T['$inferSelect'] };
}
