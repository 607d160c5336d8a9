import type { Logger } from 'drizzle-orm';

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
}

export const newRequestScope = (): RequestScope => ({ statements: 0, admission: null });

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
