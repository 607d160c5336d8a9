import { and, desc, eq, gt, inArray, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { allColumnsOf, rowsByIds } from '../../db/json-rows.js';
import { selectConnection } from '../../db/paging.js';
import { apiKeys, employees, type ApiKeyRow } from '../../db/schema/index.js';
import { sortBy, type PageArgs, type SortKey } from '../../lib/connection.js';
import type { Role } from './viewer.js';

/**
 * An unrevoked key by its hash, with the time zone of the employee it acts for and whether it has
 * expired by the database's clock (read in the same statement).
 */
export async function findActiveByHash(db: Database, keyHash: string): Promise<(ApiKeyRow & { employeeTimeZone: string | null; expired: boolean }) | null> {
  const [row] = await db.select({
    key: apiKeys, employeeTimeZone: employees.timeZone, expired: sql<boolean>`coalesce(${apiKeys.expiresAt} <= now(), false)`,
  }).from(apiKeys)
    .leftJoin(employees, eq(employees.id, apiKeys.employeeId))
    .where(and(eq(apiKeys.keyHash, keyHash), isNull(apiKeys.revokedAt)))
    .limit(1);
  return row ? { ...row.key, employeeTimeZone: row.employeeTimeZone, expired: row.expired } : null;
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

export const keysByIds = (db: Database, ids: readonly number[]) => rowsByIds(db, apiKeys, ids);

export interface KeyFilter {
  role?: Role | 'PARTNER';
  /** Only revoked keys (true) or only unrevoked ones (false). */
  revoked?: boolean;
  /** Only expired keys (true) or only unexpired ones (false), by the database's clock. */
  expired?: boolean;
}

const newestKeys: SortKey<ApiKeyRow>[] = [sortBy.id<ApiKeyRow>(apiKeys.id, true)];

function conditions(filter: KeyFilter): SQL | undefined {
  const expired = and(isNotNull(apiKeys.expiresAt), lte(apiKeys.expiresAt, sql`now()`));
  return and(
    filter.role !== undefined ? eq(apiKeys.role, filter.role) : undefined,
    filter.revoked === undefined ? undefined : filter.revoked ? isNotNull(apiKeys.revokedAt) : isNull(apiKeys.revokedAt),
    filter.expired === undefined ? undefined : filter.expired ? expired : or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, sql`now()`)),
  );
}

/** The keys matching `filter`, newest first, one keyset page. */
export const listKeys = (db: Database, filter: KeyFilter, args: PageArgs) =>
  selectConnection(db, allColumnsOf(apiKeys), conditions(filter), newestKeys, args);

export async function revoke(db: Database, id: number): Promise<ApiKeyRow | null> {
  // The database's clock, which every process's revocation check compares with.
  const [row] = await db.update(apiKeys).set({ revokedAt: sql`now()` })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning();
  return row ?? null;
}

/**
 * The ids of the ADMIN keys that work now (neither revoked nor expired), locked until `tx` ends:
 * two revocations of the last two ADMIN keys run one after the other, and the second sees the
 * first's.
 */
export async function lockWorkingAdminKeys(tx: Database): Promise<number[]> {
  const rows = await tx.select({ id: apiKeys.id }).from(apiKeys)
    .where(and(eq(apiKeys.role, 'ADMIN'), isNull(apiKeys.revokedAt), or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, sql`now()`))))
    .for('update');
  return rows.map((row) => row.id);
}

/**
 * Records that `id` was used now, unless it was within the last minute (by the database's clock):
 * however many processes serve the key, its row is written at most about once a minute each.
 */
export async function touch(db: Database, id: number): Promise<void> {
  await db.update(apiKeys).set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiKeys.id, id), or(isNull(apiKeys.lastUsedAt), lte(apiKeys.lastUsedAt, sql`now() - interval '1 minute'`))));
}

/** Hashes of the keys revoked within the last `withinMs`, by the database's clock. */
export async function revokedWithin(db: Database, withinMs: number): Promise<string[]> {
  const rows = await db.select({ keyHash: apiKeys.keyHash }).from(apiKeys)
    .where(gt(apiKeys.revokedAt, sql`now() - ${withinMs} * interval '1 millisecond'`));
  return rows.map((row) => row.keyHash);
}

/** Which of the keys `ids` still work: neither revoked nor expired, by the database's clock. */
export async function activeIds(db: Database, ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db.select({ id: apiKeys.id }).from(apiKeys).where(and(
    inArray(apiKeys.id, [...ids]), isNull(apiKeys.revokedAt), or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, sql`now()`)),
  ));
  return rows.map((row) => row.id);
}
