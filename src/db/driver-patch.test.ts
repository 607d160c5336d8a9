import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from './client.js';

/**
 * What the postgres.js patch (src/patches) and the admission gate promise, on the
 * PostgreSQL server: a connection killed inside a transaction neither crashes the process nor is
 * lost to the pool, a statement stopped halfway through its rows leaves the next one's rows
 * intact, and a request's running statement is cancelled when its client goes away.
 */
const url = process.env.DATABASE_URL;
const cleanups: Array<() => Promise<unknown>> = [];
afterAll(async () => { for (const cleanup of cleanups.reverse()) await cleanup(); });

describe.skipIf(!url)('the patched driver (PostgreSQL)', () => {
  it('gives a connection killed inside a transaction back to the pool, and the next statement runs', async () => {
    // One connection: if the pool lost it, the next statement would wait forever.
    const database: DatabaseHandle = await openDatabase({ url, poolSize: 1 });
    cleanups.push(() => database.close());
    const killer = postgres(url!, { max: 1, onnotice: () => {} });
    cleanups.push(() => killer.end({ timeout: 1 }));
    let pid: number | undefined;
    const transaction = database.db.transaction(async (tx) => {
      const rows = await tx.execute<{ pid: number }>(sql`select pg_backend_pid() as pid`);
      pid = (rows as unknown as Array<{ pid: number }>)[0].pid;
      await tx.execute(sql`select pg_sleep(5)`);
    }).then(() => 'committed', (error: { cause?: { code?: string }; code?: string }) => error.cause?.code ?? error.code);
    while (pid === undefined) await new Promise((resolve) => setTimeout(resolve, 20));
    await killer`select pg_terminate_backend(${pid})`;
    // postgres.js sends its own ROLLBACK on the dead connection: 3.4.9 threw from a setImmediate.
    expect(await transaction).toMatch(/CONNECTION_CLOSED|57P01/);
    // By now the socket is closed too: the ROLLBACK met a connection without one.
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The statements already queued on the dying connection fail with it (DATABASE_UNAVAILABLE to
    // a client); a retry then runs. Unpatched, the connection stayed parked and the retry hung.
    const deadline = performance.now() + 5000;
    let answered = false;
    while (!answered && performance.now() < deadline) {
      const attempt = await Promise.race([
        database.db.execute(sql`select 1 as one`).then(() => 'ok', () => 'failed'),
        new Promise<string>((resolve) => setTimeout(() => resolve('hung'), deadline - performance.now())),
      ]);
      answered = attempt === 'ok';
      if (attempt === 'hung') break;
    }
    expect(answered).toBe(true);
  });

  it('answers the next statement with its own rows after one that failed halfway through its rows', async () => {
    // One connection, so the second statement runs where the first one stopped.
    const database: DatabaseHandle = await openDatabase({ url, poolSize: 1, statementTimeoutMs: 300 });
    cleanups.push(() => database.close());
    const stopped = await database.db.execute(sql`select g, pg_sleep(0.002) from generate_series(1, 100000) g`)
      .then(() => 'finished', (error: { cause?: { code?: string } }) => error.cause?.code);
    expect(stopped).toBe('57014');
    // Unpatched, postgres.js kept counting rows from the stopped statement: 138 holes, then these.
    const rows = await database.db.execute(sql`select g from generate_series(1, 3) g`);
    expect([...(rows as unknown as Array<{ g: number }>)]).toEqual([{ g: 1 }, { g: 2 }, { g: 3 }]);
  });

  it("cancels a request's running statement when its client goes away", async () => {
    const database: DatabaseHandle = await openDatabase({ url, poolSize: 2 });
    cleanups.push(() => database.close());
    const clientGone = new AbortController();
    const startedAt = performance.now();
    const requestDb = database.forRequest({ statements: 0, admission: { key: 'k', signal: clientGone.signal }, actor: null });
    const slow = requestDb.execute(sql`select pg_sleep(10)`)
      .then(() => 'finished', (error: { cause?: { code?: string } }) => error.cause?.code);
    setTimeout(() => clientGone.abort(), 200);
    expect(await slow).toBe('57014');
    expect(performance.now() - startedAt).toBeLessThan(3000);
  });
});
