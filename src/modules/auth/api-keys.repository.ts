import { and, desc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { apiKeys, employees, type ApiKeyRow } from '../../db/schema/index.js';

/** An active key by its hash, with the time zone of the employee it acts for (read in the same statement). */
export async function findActiveByHash(db: Database, keyHash: string): Promise<(ApiKeyRow & { employeeTimeZone: string | null }) | null> {
  const [row] = await db.select({ key: apiKeys, employeeTimeZone: employees.timeZone }).from(apiKeys)
    .leftJoin(employees, eq(employees.id, apiKeys.employeeId))
    .where(and(eq(apiKeys.keyHash, keyHash), isNull(apiKeys.revokedAt)))
    .limit(1);
  return row ? { ...row.key, employeeTimeZone: row.employeeTimeZone } : null;
}

export async function insert(db: Database, values: typeof apiKeys.$inferInsert): Promise<ApiKeyRow> {
  const [row] = await db.insert(apiKeys).values(values).returning();
  return row;
}

export async function list(db: Database): Promise<ApiKeyRow[]> {
  return db.select().from(apiKeys).orderBy(desc(apiKeys.createdAt));
}

export async function count(db: Database): Promise<number> {
  return db.$count(apiKeys);
}

export async function revoke(db: Database, id: number): Promise<ApiKeyRow | null> {
  // The database's clock, which every process's revocation check compares with.
  const [row] = await db.update(apiKeys).set({ revokedAt: sql`now()` })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning();
  return row ?? null;
}

/** Hashes of the keys revoked within the last `withinMs`, by the database's clock. */
export async function revokedWithin(db: Database, withinMs: number): Promise<string[]> {
  const rows = await db.select({ keyHash: apiKeys.keyHash }).from(apiKeys)
    .where(gt(apiKeys.revokedAt, sql`now() - ${withinMs} * interval '1 millisecond'`));
  return rows.map((row) => row.keyHash);
}

/** Which of the keys `ids` are still active (not revoked). */
export async function activeIds(db: Database, ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db.select({ id: apiKeys.id }).from(apiKeys).where(and(inArray(apiKeys.id, [...ids]), isNull(apiKeys.revokedAt)));
  return rows.map((row) => row.id);
}
