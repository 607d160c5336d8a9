import { AsyncLocalStorage } from 'node:async_hooks';

/** A statement as sent to the database: its text and parameters. */
export interface SentStatement { sql: string; params: unknown[] }

/**
 * Counts the SQL statements sent on behalf of one unit of work (an HTTP request). The count is
 * part of the API's contract: it must grow with a query's depth, never with its row count.
 */
class StatementCounter {
  private readonly storage = new AsyncLocalStorage<{ statements: number }>();
  private readonly taps = new Set<(statement: SentStatement) => void>();

  /** Runs `work`, counting the statements it sends; `count()` reads the total so far. */
  run<T>(work: () => T): { result: T; count: () => number } {
    const store = { statements: 0 };
    const result = this.storage.run(store, work);
    return { result, count: () => store.statements };
  }

  sent(sql: string, params: unknown[]): void {
    const store = this.storage.getStore();
    if (store) store.statements += 1;
    for (const tap of this.taps) tap({ sql, params });
  }

  /**
   * Hands every statement this process sends to `listener` until the returned function is
   * called: how the benchmark replays a request's SQL exactly as the server sends it.
   */
  tap(listener: (statement: SentStatement) => void): () => void {
    this.taps.add(listener);
    return () => this.taps.delete(listener);
  }
}

export const statementCounter = new StatementCounter();
