import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { formatError } from '../lib/format-error.js';
import { openDatabase, type DatabaseHandle } from './client.js';

/**
 * `statement_timeout` and `idle_in_transaction_session_timeout` are set on every connection of
 * the pool, and a statement the first one stops is answered STATEMENT_TIMEOUT, not a server error.
 */
const url = process.env.DATABASE_URL;
const handles: DatabaseHandle[] = [];
afterAll(async () => { for (const handle of handles) await handle.close(); });

describe.skipIf(!url)('database timeouts (PostgreSQL)', () => {
  it('sets both timeouts on every connection and stops a statement that runs longer', async () => {
    const database = await openDatabase({ url, poolSize: 3, statementTimeoutMs: 300, idleInTransactionTimeoutMs: 1500 });
    handles.push(database);
    const settings = await Promise.all(Array.from({ length: 3 }, () => database.db.execute<{ statement: string; idle: string }>(
      sql`select current_setting('statement_timeout') as statement, current_setting('idle_in_transaction_session_timeout') as idle, pg_sleep(0.05)`,
    )));
    for (const rows of settings) expect([...rows as unknown as object[]]).toEqual([{ statement: '300ms', idle: '1500ms', pg_sleep: '' }]);

    const slow = await database.db.execute(sql`select pg_sleep(2)`).then(() => null, (error: unknown) => error);
    expect(slow).not.toBeNull();
    const logged: unknown[] = [];
    const answer = formatError({ message: 'x', path: ['counterparties'] }, slow, (error) => logged.push(error));
    expect(answer.extensions).toEqual({ code: 'STATEMENT_TIMEOUT', retryable: false });
    expect(logged).toEqual([]);
  });
});
