import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './client.js';
import { notFound, staleVersion } from '../lib/errors.js';

type VersionedTable = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };

export type VersionedUpdate<Row> =
  | { status: 'updated'; row: Row }
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
): Promise<VersionedUpdate<T['$inferSelect']>> {
  const [row] = await db.update(table as PgTable)
    .set({ ...values, version: sql`${table.version} + 1`, updatedAt: sql`now()` } as never)
    .where(and(eq(table.id, id), eq(table.version, expectedVersion)))
    .returning();
  if (row) return { status: 'updated', row: row as T['$inferSelect'] };
  const [current] = await db.select({ version: table.version }).from(table as PgTable).where(eq(table.id, id));
  return current ? { status: 'stale', currentVersion: current.version as number } : { status: 'missing' };
}

/** The updated row; a missing row is NOT_FOUND and a stale version a CONFLICT, both on `input`. */
export function updatedRow<Row>(result: VersionedUpdate<Row>, type: string, expectedVersion: number): Row {
  if (result.status === 'missing') throw notFound(type, ['input', 'id']);
  if (result.status === 'stale') throw staleVersion(type, expectedVersion, result.currentVersion);
  return result.row;
}

/**
 * The row `id` as it is now, at the version the client read: NOT_FOUND or a CONFLICT on `input`
 * otherwise. Read fresh, not through the request's loaders, which an earlier mutation of the same
 * request may have outdated; the write that follows still guards on the version (updateVersioned).
 */
export async function rowAtVersion<T extends VersionedTable>(
  db: Database, table: T, type: string, id: number, expectedVersion: number,
): Promise<T['$inferSelect']> {
  const [row] = await db.select().from(table as PgTable).where(eq(table.id, id));
  if (!row) throw notFound(type, ['input', 'id']);
  const version = (row as { version: number }).version;
  if (version !== expectedVersion) throw staleVersion(type, expectedVersion, version);
  return row as T['$inferSelect'];
}
