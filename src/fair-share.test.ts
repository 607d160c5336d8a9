import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { seedStatements } from './cli/seed-sql.js';
import { loadConfig } from './config.js';
import { createApiKey } from './modules/auth/api-keys.service.js';
import { startServer, type RunningServer } from './server.js';
import { openTestDatabase } from './testing/api.js';

/**
 * One client's heavy requests on PostgreSQL (29 aliased unindexable searches each) no longer hold
 * up another client's small read: each key holds at most half the pool and freed connections go to
 * the waiting keys in turn (db/admission.ts; its own tests cover the rest of its rules).
 */
const onPostgres = Boolean(process.env.DATABASE_URL);
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => { for (const cleanup of cleanups.reverse()) await cleanup(); });

const HEAVY = `{ ${Array.from({ length: 29 }, (_, i) => `a${i}: counterparties(where: { search: "%%" }) { totalCount }`).join(' ')} }`;
const SMALL = '{ counterparties(first: 1) { edges { node { id } } } }';

describe.skipIf(!onPostgres)('fair shares of the pool (PostgreSQL)', () => {
  it('serves a small read of one key within a second while another key sends six heavy requests', async () => {
    const database = await openTestDatabase(4);
    cleanups.push(() => database.drop());
    for (const statement of seedStatements('fair', { counterparties: 60_000, personsPerCounterparty: 0, chroniclePerCounterparty: 0, obligationsPerCounterparty: 0 })) {
      await database.db.execute(statement);
    }
    await database.db.execute(sql`analyze counterparties`);
    const heavyKey = (await createApiKey(database.db, { name: 'heavy', role: 'VIEWER' })).key;
    const lightKey = (await createApiKey(database.db, { name: 'light', role: 'VIEWER' })).key;
    const server: RunningServer = await startServer(database, { ...loadConfig({}), host: '127.0.0.1', port: 0, apiKeyCacheMs: 60_000 }, () => {});
    cleanups.push(() => server.stop());
    const ask = async (key: string, query: string) => {
      const started = performance.now();
      const response = await fetch(server.url, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ query }),
      });
      const body = await response.json() as { data?: unknown; errors?: Array<{ extensions: { code: string } }> };
      return { ms: performance.now() - started, status: response.status, codes: (body.errors ?? []).map((error) => error.extensions.code) };
    };
    await ask(lightKey, SMALL);
    const alone = await ask(heavyKey, HEAVY);
    expect(alone.codes).toEqual([]);

    const heavy = Promise.all(Array.from({ length: 6 }, () => ask(heavyKey, HEAVY)));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const small = await ask(lightKey, SMALL);
    const heavyAnswers = await heavy;
    console.log(`fair share: one heavy request alone ${alone.ms.toFixed(0)} ms; six at once up to ${Math.max(...heavyAnswers.map((a) => a.ms)).toFixed(0)} ms; the other key's small read meanwhile ${small.ms.toFixed(0)} ms`);
    expect(small.codes).toEqual([]);
    expect(small.ms).toBeLessThan(1000);
    // The heavy key waited its turn: its statements ran, or failed typed and retryable.
    for (const answer of heavyAnswers) expect(answer.codes.filter((code) => code !== 'BUSY')).toEqual([]);
  }, 120_000);
});
