import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrationsFolder, type Database } from './client.js';
import { executeRows } from './raw.js';

/**
 * Whether this process can serve: the database answers, and holds every migration this build
 * ships (a process of an older build beside a migrated database is fine; one of a newer build
 * whose migrations have not run yet is not). What `/readyz` answers, in one statement.
 */
export type Readiness = { ready: true } | { ready: false; reason: string };

/** The migrations this build ships, oldest first, with when drizzle-kit generated each (`created_at` once applied). */
export const shippedMigrations: readonly { tag: string; when: number }[] = (
  JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string; when: number }[] }
).entries;

const newestMigration = shippedMigrations[shippedMigrations.length - 1];

export async function databaseReadiness(db: Database, timeoutMs: number): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<Readiness>((resolve) => {
    timer = setTimeout(() => resolve({ ready: false, reason: `the database did not answer within ${timeoutMs} ms` }), timeoutMs);
  });
  const checked = executeRows<{ applied: string | number | null }>(db, sql`
    select max(created_at) as applied from drizzle.__drizzle_migrations`).then(([row]): Readiness => (
    row.applied !== null && Number(row.applied) >= newestMigration.when
      ? { ready: true }
      : { ready: false, reason: `the database lacks migration ${newestMigration.tag}` }
  ), (error: { code?: string; cause?: { code?: string } }) => (
    // 42P01/3F000: no migrations table or schema, so no migration has run.
    ['42P01', '3F000'].includes(error.code ?? error.cause?.code ?? '')
      ? { ready: false, reason: `the database lacks migration ${newestMigration.tag}` }
      : { ready: false, reason: 'the database did not answer' }
  ));
  try {
    return await Promise.race([checked, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
