import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { createApiKey } from './modules/auth/api-keys.service.js';
import { startServer } from './server.js';
import { openTestDatabase } from './testing/api.js';

/**
 * A database that fails under a running server: every failure reaches the log with its cause and
 * the request's id; the client gets INTERNAL_SERVER_ERROR (a table dropped) or the retryable
 * DATABASE_UNAVAILABLE (the database closed under the server) without internals, and `/health`
 * stops saying "ok". The database-faults test does the same with a PostgreSQL server that restarts.
 */
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => { for (const cleanup of cleanups) await cleanup(); });

describe.each([{ jit: true }, { jit: false }])('a database failing under the server (GRAPHQL_JIT=$jit)', ({ jit }) => {
  it('logs each failure with its cause and request id; answers INTERNAL_SERVER_ERROR, or DATABASE_UNAVAILABLE when the database is gone', async () => {
    const database = await openTestDatabase(2);
    cleanups.push(() => database.drop());
    const usedKey = (await createApiKey(database.db, { name: 'used', role: 'ADMIN' })).key;
    const unusedKey = (await createApiKey(database.db, { name: 'unused', role: 'ADMIN' })).key;
    const log: string[] = [];
    const server = await startServer(database, {
      ...loadConfig({}), host: '127.0.0.1', port: 0, shutdownTimeoutMs: 1000, apiKeyCacheMs: 60_000, compileQueries: jit,
    }, (line) => log.push(line));
    cleanups.unshift(() => server.stop());
    const ask = async (key: string, requestId: string) => {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, 'x-request-id': requestId },
        body: JSON.stringify({ query: '{ counterparties { totalCount } }' }),
      });
      return { status: response.status, requestId: response.headers.get('x-request-id'), body: await response.json() as any };
    };
    const health = async () => (await fetch(server.url.replace('/graphql', '/health'))).status;

    expect(await ask(usedKey, 'warm-up')).toMatchObject({ status: 200, body: { data: { counterparties: { totalCount: 0 } } } });
    expect(await health()).toBe(200);
    expect(log).toEqual([]);

    // A database broken under the server (a table gone): an unexpected failure of a resolver.
    // A field error: 200, data null, INTERNAL_SERVER_ERROR, and the log has the cause.
    await database.db.execute(sql`drop table counterparties cascade`);
    const failed = await ask(usedKey, 'broken-query');
    expect(failed.status).toBe(200);
    expect(failed.requestId).toBe('broken-query');
    expect(failed.body.data).toBeNull();
    expect(failed.body.errors).toEqual([expect.objectContaining({
      message: 'Internal server error. It has been logged; please retry or report it.',
      path: ['counterparties'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    })]);
    const queryLine = log.find((line) => line.startsWith('[request broken-query] Unexpected error:'));
    expect(queryLine).toMatch(/cause: .+/);
    expect(queryLine).toMatch(/statement: select/);

    // The database gone: typed and retryable, 503 as the whole request failed, and logged too.
    await database.close();
    const unavailable = await ask(usedKey, 'database-gone');
    expect(unavailable.status).toBe(503);
    expect(unavailable.body.errors).toEqual([expect.objectContaining({ path: ['counterparties'], extensions: { code: 'DATABASE_UNAVAILABLE', retryable: true } })]);
    expect(log.some((line) => line.startsWith('[request database-gone] Unexpected error:'))).toBe(true);

    // The key's lookup fails before any resolver runs.
    const refused = await ask(unusedKey, 'broken-auth');
    expect(refused.status).toBe(503);
    expect(refused.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'DATABASE_UNAVAILABLE', retryable: true } })]);
    expect(JSON.stringify(refused.body)).not.toMatch(/api_keys|PGlite|ECONN|select/i);
    const authLine = log.find((line) => line.startsWith('[request broken-auth] Unexpected error:'));
    expect(authLine).toMatch(/statement: select .* from "api_keys"/);
    // The statement's parameters (here the key's hash) stay out of the log.
    expect(authLine).not.toMatch(/params/);

    expect(await health()).toBe(503);
  });
});
