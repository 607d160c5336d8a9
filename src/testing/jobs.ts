import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { executeRows } from '../db/raw.js';

/** Waits until no job of `kind` is due by now or held by a run: every one due has run (or been rescheduled). */
export async function jobsSettled(db: Database, kind: string, attempts = 400): Promise<void> {
  for (let i = 0; i < attempts; i += 1) {
    const [{ busy }] = await executeRows<{ busy: number }>(db, sql`select count(*)::int as busy from jobs
      where state = 'PENDING' and kind = ${kind} and (run_at <= now() or claim is not null)`);
    if (busy === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${kind} jobs stayed due`);
}
