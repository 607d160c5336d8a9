import { and, eq, lt, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { importCalls } from '../../db/schema/index.js';

/** The stored import calls (idempotency keys and their answers): see idempotency.ts. */

export async function callByKey(db: Database, apiKeyId: number, key: string) {
  const [call] = await db.select().from(importCalls)
    .where(and(eq(importCalls.apiKeyId, apiKeyId), eq(importCalls.idempotencyKey, key)));
  return call ?? null;
}

/** Deletes the caller's calls older than `days`. */
export const forgetCallsOlderThan = (db: Database, apiKeyId: number, days: number) =>
  db.delete(importCalls)
    .where(and(eq(importCalls.apiKeyId, apiKeyId), lt(importCalls.createdAt, sql`now() - make_interval(days => ${days})`)));

/** Keeps a call; a call already kept under its key stays as it is. */
export async function insertCall(db: Database, call: typeof importCalls.$inferInsert): Promise<void> {
  await db.insert(importCalls).values(call).onConflictDoNothing();
}
