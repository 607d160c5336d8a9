import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { executeRows } from './db/raw.js';
import { createApiKey } from './modules/auth/api-keys.service.js';
import { startServer } from './server.js';
import { openTestDatabase } from './testing/api.js';

/**
 * The probes an operator points a load balancer and an orchestrator at: `/healthz` (the process
 * answers) and `/readyz` (it can serve: database reachable, every migration of this build
 * applied, not shutting down), through real HTTP on a real database.
 */
const database = await openTestDatabase();
afterAll(() => database.drop());

const config = { ...loadConfig({ NODE_ENV: 'test' }), host: '127.0.0.1', port: 0 };
const probe = async (base: string, path: string) => {
  const response = await fetch(`${base}${path}`);
  return { status: response.status, body: await response.json() as { status: string; reason?: string } };
};

describe('health and readiness', () => {
  it('answers alive and ready without a key, /health as /readyz', async () => {
    const server = await startServer(database, config, () => {});
    const base = server.url.replace('/graphql', '');
    try {
      expect(await probe(base, '/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
      expect(await probe(base, '/readyz')).toEqual({ status: 200, body: { status: 'ok' } });
      expect(await probe(base, '/health')).toEqual({ status: 200, body: { status: 'ok' } });
      expect((await fetch(`${base}/readyz`, { method: 'POST' })).status).toBe(404);
    } finally {
      await server.stop();
    }
  });

  it('is not ready on a database that lacks this build\'s newest migration, and ready once it has it', async () => {
    const server = await startServer(database, config, () => {});
    const base = server.url.replace('/graphql', '');
    const [newest] = await executeRows<{ id: number; hash: string; created_at: string }>(database.db, sql`
      select id, hash, created_at::text from drizzle.__drizzle_migrations order by created_at desc limit 1`);
    try {
      await database.db.execute(sql`delete from drizzle.__drizzle_migrations where id = ${newest.id}`);
      const notReady = await probe(base, '/readyz');
      expect(notReady.status).toBe(503);
      expect(notReady.body).toEqual({ status: 'unavailable', reason: expect.stringMatching(/^the database lacks migration 0\d{3}_\w+$/) });
      expect((await probe(base, '/healthz')).status).toBe(200);
    } finally {
      await database.db.execute(sql`
        insert into drizzle.__drizzle_migrations (id, hash, created_at) values (${newest.id}, ${newest.hash}, ${newest.created_at})`);
    }
    expect((await probe(base, '/readyz')).status).toBe(200);
    await server.stop();
  });

  it('answers 503 on /readyz from the moment it is told to stop, while still serving through the shutdown delay', async () => {
    const key = (await createApiKey(database.db, { name: 'readiness', role: 'VIEWER' })).key;
    const server = await startServer(database, { ...config, shutdownDelayMs: 1500 }, () => {});
    const base = server.url.replace('/graphql', '');
    expect((await probe(base, '/readyz')).status).toBe(200);
    const stopped = server.stop();
    try {
      expect(await probe(base, '/readyz')).toEqual({ status: 503, body: { status: 'unavailable', reason: 'the server is shutting down' } });
      expect((await probe(base, '/healthz')).status).toBe(200);
      // Requests still sent meanwhile (the balancer has not noticed yet) are answered.
      const answer = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: '{ viewer { role } }' }),
      });
      expect(await answer.json()).toEqual({ data: { viewer: { role: 'VIEWER' } }, extensions: { cost: expect.any(Object) } });
    } finally {
      await stopped;
    }
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });
});
