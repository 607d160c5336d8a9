import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Counts the SQL statements sent on behalf of one unit of work (an HTTP request). The count is
 * part of the API's contract: it must grow with a query's depth, never with its row count.
 */
class StatementCounter {
  private readonly storage = new AsyncLocalStorage<{ statements: number }>();

  /** Runs `work`, counting the statements it sends; `count()` reads the total so far. */
  run<T>(work: () => T): { result: T; count: () => number } {
    const store = { statements: 0 };
    const result = this.storage.run(store, work);
    return { result, count: () => store.statements };
  }

  increment(): void {
    const store = this.storage.getStore();
    if (store) store.statements += 1;
  }
}

export const statementCounter = new StatementCounter();
