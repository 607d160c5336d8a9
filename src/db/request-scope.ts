import { sql, type Logger, type SQL } from 'drizzle-orm';
import type { Database } from './client.js';

/** A statement as sent to the database: its text, parameters, and whether it is a prepared statement. */
export interface SentStatement { sql: string; params: unknown[]; prepared: boolean }

/**
 * One request's use of the database. Its statements are counted (part of the API's contract: they
 * grow with a query's depth, never with its row count) and, once the caller is known, admitted to
 * the pool under its API key and stopped when its client goes away (see admission.ts).
 *
 * A request carries its scope in its own database handle (`DatabaseHandle.forRequest`), not in
 * AsyncLocalStorage: on Node 20 any AsyncLocalStorage turns on promise hooks for the whole process,
 * which cost a quarter of the CPU of a nested page.
 */
export interface RequestScope {
  statements: number;
  admission: { key: string; signal: AbortSignal } | null;
  /**
   * Who the request writes for, once its staff key is known: each transaction it opens tells the
   * audit log's triggers (see `writesAs`). Null for a partner (the portal's own transaction says
   * who, see portal/row-security.ts) and before authentication.
   */
  actor: Actor | null;
}

/** Who wrote, as the audit log (record_history) records it. */
export interface Actor { apiKeyId: number; employeeId: number | null }

export const newRequestScope = (): RequestScope => ({ statements: 0, admission: null, actor: null });

/**
 * The settings the audit log's triggers read who wrote from, local to the transaction: a select
 * list to run first in it, or to fold into a statement it runs first anyway.
 */
export const actorSettings = (actor: Actor): SQL =>
  sql`set_config('crm.api_key_id', ${String(actor.apiKeyId)}, true), set_config('crm.employee_id', ${actor.employeeId === null ? '' : String(actor.employeeId)}, true)`;

/**
 * Makes every transaction `db` opens (not its savepoints) start by saying who writes, once the
 * scope knows: one statement per transaction, so every write path of a request (mutations,
 * imports, uploads) is logged with its key and employee, and a forgotten path cannot log none.
 */
export function writesAs(db: Database, scope: RequestScope): Database {
  const transaction = db.transaction.bind(db);
  db.transaction = (work, config) => transaction(async (tx) => {
    if (scope.actor) await tx.execute(sql`select ${actorSettings(scope.actor)}`);
    return work(tx);
  }, config);
  return db;
}

const taps = new Set<(statement: SentStatement) => void>();

/**
 * Hands every statement this process sends to PostgreSQL to `listener` until the returned
 * function is called: how the benchmark replays a request's SQL exactly as the server sends it.
 */
export function tapStatements(listener: (statement: SentStatement) => void): () => void {
  taps.add(listener);
  return () => taps.delete(listener);
}

/** Shows a statement about to be sent to the taps (see admission.ts, which sends them). */
export function showToTaps(statement: SentStatement): void {
  for (const tap of taps) tap(statement);
}

/** Drizzle's logger for statements sent on behalf of `scope`: it counts them. */
export function statementLogger(scope: RequestScope): Logger {
  return { logQuery: () => { scope.statements += 1; } };
}
