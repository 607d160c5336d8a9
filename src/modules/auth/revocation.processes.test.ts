import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../db/client.js';
import { decodeGlobalId } from '../../lib/global-id.js';
import { freshPostgresDatabase } from '../../testing/api.js';
import { startServerProcess, type ServerProcess } from '../../testing/processes.js';
import { createApiKey, revokeApiKey } from './api-keys.service.js';

/**
 * Revocation on real server processes that trust a checked key for a minute
 * (API_KEY_CACHE_SECONDS=60). On PostgreSQL (DATABASE_URL) two processes share one database: a key
 * revoked through one is refused by the other from its very next request, long before its cache
 * or its one-second check would drop it. On PGlite one process owns its embedded database, so the
 * same is checked through that one process.
 */
const baseUrl = process.env.DATABASE_URL || undefined;
const servers: ServerProcess[] = [];
let dataDir: string | null = null;
let fresh: Awaited<ReturnType<typeof freshPostgresDatabase>> | null = null;
let database: DatabaseHandle | null = null;
let first: ServerProcess;
let second: ServerProcess;
let adminKey: string;

const start = async () => {
  const server = await startServerProcess({ DATABASE_URL: fresh?.url ?? '', DATA_DIR: dataDir ?? '', API_KEY_CACHE_SECONDS: '60' });
  servers.push(server);
  return server;
};

beforeAll(async () => {
  if (baseUrl) {
    fresh = await freshPostgresDatabase(baseUrl);
    [first, second] = [await start(), await start()];
    database = await openDatabase({ url: fresh.url, poolSize: 1 });
    adminKey = (await createApiKey(database.db, { name: 'test admin', role: 'ADMIN' })).key;
  } else {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-revocation-'));
    first = await start();
    second = first;
    adminKey = fs.readFileSync(path.join(dataDir, 'admin-key'), 'utf8').trim();
  }
}, 120_000);

afterAll(async () => {
  for (const server of servers) if (server.child.exitCode === null) server.child.kill('SIGKILL');
  await database?.close();
  await fresh?.drop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

async function post(url: string, key: string, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: await response.json() as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> } };
}

const issue = async (name: string) => {
  const { body } = await post(first.url, adminKey, 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } key userErrors { code } } }', {
    input: { name, role: 'MANAGER' },
  });
  expect(body.data.createApiKey.userErrors).toEqual([]);
  return body.data.createApiKey as { apiKey: { id: string }; key: string };
};

const whoAmI = (url: string, key: string) => post(url, key, '{ viewer { role } }');

it('refuses a key revoked through one process on the very next request to another, whose cache still held it', async () => {
  const { apiKey, key } = await issue('revoked through the API');
  // Both processes have checked the key, and would trust it for a minute.
  for (const server of [first, second]) expect((await whoAmI(server.url, key)).status).toBe(200);
  const revoked = await post(first.url, adminKey, 'mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { userErrors { code } } }', {
    input: { id: apiKey.id },
  });
  expect(revoked.body.data.revokeApiKey.userErrors).toEqual([]);
  const refused = await whoAmI(second.url, key);
  expect(refused.status).toBe(401);
  expect(refused.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  expect((await whoAmI(first.url, key)).status).toBe(401);
}, 30_000);

// On PGlite the server's process owns the database: no other process can revoke a key there.
it.skipIf(!baseUrl)('refuses at once a key revoked by a process that serves no API (npm run apikey -- revoke)', async () => {
  const { apiKey, key } = await issue('revoked by the command');
  for (const server of [first, second]) expect((await whoAmI(server.url, key)).status).toBe(200);
  const started = performance.now();
  expect(await revokeApiKey(database!.db, decodeGlobalId(apiKey.id)!.key)).not.toBeNull();
  const results = await Promise.all([first, second].map((server) => whoAmI(server.url, key)));
  expect(results.map((result) => result.status)).toEqual([401, 401]);
  // Well within the one-second check, which is only the fallback.
  expect(performance.now() - started).toBeLessThan(1000);
}, 30_000);

