import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeys } from '../../db/schema/index.js';
import { openTestDatabase } from '../../testing/api.js';
import { authenticate, cachedAuthenticator, createApiKey, revokeApiKey } from './api-keys.service.js';

// PGlite, or a PostgreSQL database of its own when DATABASE_URL is set.
let database: Awaited<ReturnType<typeof openTestDatabase>>;
beforeAll(async () => {
  database = await openTestDatabase();
});
const cleanups: Array<() => void> = [];
afterAll(async () => {
  for (const cleanup of cleanups) cleanup();
  await database?.drop();
});

const codeOf = (promise: Promise<unknown>) =>
  promise.then(() => 'accepted', (error: { extensions?: { code?: string } }) => error.extensions?.code);

describe('API keys', () => {
  it('authenticate by bearer key, stored only as a hash, until revoked', async () => {
    const { key, row } = await createApiKey(database.db, { name: 'import script', role: 'MANAGER' });
    expect(row.keyHash).not.toContain(key);
    expect(key.startsWith(row.prefix)).toBe(true);
    expect(await authenticate(database.db, `Bearer ${key}`)).toEqual({ apiKeyId: row.id, role: 'MANAGER', employeeId: null, timeZone: null });
    expect(await revokeApiKey(database.db, row.id)).not.toBeNull();
    expect(await codeOf(authenticate(database.db, `Bearer ${key}`))).toBe('UNAUTHENTICATED');
  });

  it('refuse a missing, malformed or unknown key', async () => {
    expect(await codeOf(authenticate(database.db, undefined))).toBe('UNAUTHENTICATED');
    expect(await codeOf(authenticate(database.db, 'Basic dXNlcjpwYXNz'))).toBe('UNAUTHENTICATED');
    expect(await codeOf(authenticate(database.db, 'Bearer crm_not-a-key'))).toBe('UNAUTHENTICATED');
  });

  it('trust a checked key for the cache period only, and never cache a refusal', async () => {
    const { key, row } = await createApiKey(database.db, { name: 'cached', role: 'VIEWER' });
    // The revocation check is left out here (an hour apart): the next test is about it. Time is
    // the test's own clock, moved on by hand.
    let clock = 0;
    const now = () => clock;
    const cachedKeys = cachedAuthenticator(database.db, 60_000, { revocationCheckMs: 3_600_000, now });
    const briefKeys = cachedAuthenticator(database.db, 1_000, { revocationCheckMs: 3_600_000, now });
    cleanups.push(cachedKeys.stop, briefKeys.stop);
    const cached = cachedKeys.authenticate;
    const brief = briefKeys.authenticate;
    expect(await cached(`Bearer ${key}`)).toMatchObject({ apiKeyId: row.id });
    expect(await brief(`Bearer ${key}`)).toMatchObject({ apiKeyId: row.id });
    await revokeApiKey(database.db, row.id);
    // Within the period the revoked key still passes; once it has expired, it does not.
    clock += 999;
    expect(await brief(`Bearer ${key}`)).toMatchObject({ apiKeyId: row.id });
    clock += 2;
    expect(await cached(`Bearer ${key}`)).toMatchObject({ apiKeyId: row.id });
    expect(await codeOf(brief(`Bearer ${key}`))).toBe('UNAUTHENTICATED');
    expect(await codeOf(cached('Bearer crm_unknown'))).toBe('UNAUTHENTICATED');
    const late = await createApiKey(database.db, { name: 'late', role: 'VIEWER' });
    expect(await cached(`Bearer ${late.key}`)).toMatchObject({ apiKeyId: late.row.id });
  });

  it('drop a key revoked elsewhere from every cache within a second, however long the period', async () => {
    const { key, row } = await createApiKey(database.db, { name: 'revoked elsewhere', role: 'VIEWER' });
    const other = await createApiKey(database.db, { name: 'kept', role: 'VIEWER' });
    // Two servers' caches, as two processes have them, trusting keys for ten minutes.
    const servers = [cachedAuthenticator(database.db, 600_000), cachedAuthenticator(database.db, 600_000, { revocationCheckMs: 200 })];
    cleanups.push(...servers.map((server) => server.stop));
    for (const server of servers) {
      expect(await server.authenticate(`Bearer ${key}`)).toMatchObject({ apiKeyId: row.id });
      expect(await server.authenticate(`Bearer ${other.key}`)).toMatchObject({ apiKeyId: other.row.id });
    }
    await revokeApiKey(database.db, row.id);
    const revokedAt = performance.now();
    const refusedAfter = await Promise.all(servers.map(async (server) => {
      while (await server.authenticate(`Bearer ${key}`).then(() => true, () => false)) {
        if (performance.now() - revokedAt > 5000) return Infinity;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return performance.now() - revokedAt;
    }));
    // The default check runs every second (the first server), or as configured (the second);
    // the bound allows for a slow machine and is still far from the ten-minute period.
    expect(refusedAfter[0]).toBeLessThan(2500);
    expect(refusedAfter[1]).toBeLessThan(1200);
    for (const server of servers) expect(await server.authenticate(`Bearer ${other.key}`)).toMatchObject({ apiKeyId: other.row.id });
  });
});

describe('revocation told to every cache', () => {
  it('drops a revoked key from every listening cache on the notification, without waiting for the check', async () => {
    const { key, row } = await createApiKey(database.db, { name: 'told', role: 'VIEWER' });
    const other = await createApiKey(database.db, { name: 'untouched', role: 'VIEWER' });
    // The periodic check an hour apart: only the notification can drop the key.
    const servers = [0, 1].map(() => cachedAuthenticator(database.db, 600_000, { revocationCheckMs: 3_600_000, listen: database.listen }));
    cleanups.push(...servers.map((server) => () => void server.stop()));
    await Promise.all(servers.map((server) => server.ready));
    for (const server of servers) expect(await server.authenticate(`Bearer ${key}`)).toMatchObject({ apiKeyId: row.id });
    for (const server of servers) await server.authenticate(`Bearer ${other.key}`);
    await revokeApiKey(database.db, row.id);
    const refusedAfter = await Promise.all(servers.map(async (server) => {
      const started = performance.now();
      while (await server.authenticate(`Bearer ${key}`).then(() => true, () => false)) {
        if (performance.now() - started > 5000) return Infinity;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return performance.now() - started;
    }));
    for (const after of refusedAfter) expect(after).toBeLessThan(500);
    for (const server of servers) expect(await server.authenticate(`Bearer ${other.key}`)).toMatchObject({ apiKeyId: other.row.id });
    await Promise.all(servers.map((server) => server.stop()));
  });

  it('writes a key\'s last use at most once a minute per process, and waits for the writes on stop', async () => {
    const { key, row } = await createApiKey(database.db, { name: 'touched', role: 'VIEWER' });
    let clock = 1_000_000;
    const keys = cachedAuthenticator(database.db, 0, { now: () => clock });
    const lastUsed = async () => (await database.db.select({ at: apiKeys.lastUsedAt }).from(apiKeys).where(eq(apiKeys.id, row.id)))[0].at;
    await keys.authenticate(`Bearer ${key}`);
    await keys.stop();
    const first = await lastUsed();
    expect(first).not.toBeNull();
    // Moved back by hand, as if written two minutes ago: within the process's minute nothing is written.
    await database.db.update(apiKeys).set({ lastUsedAt: new Date(first!.getTime() - 120_000) }).where(eq(apiKeys.id, row.id));
    await keys.authenticate(`Bearer ${key}`);
    await keys.stop();
    expect((await lastUsed())!.getTime()).toBe(first!.getTime() - 120_000);
    clock += 60_000;
    await keys.authenticate(`Bearer ${key}`);
    await keys.stop();
    expect((await lastUsed())!.getTime()).toBeGreaterThanOrEqual(first!.getTime());
  });
});

describe('npm run apikey', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-apikey-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/apikey.ts', ...args], {
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir }, encoding: 'utf8',
  });

  it('creates, lists and revokes keys, and explains its usage', () => {
    const created = cli('create', '--role', 'viewer', '--name', 'report reader');
    expect(created.status).toBe(0);
    expect(created.stdout).toMatch(/Created VIEWER key #1 "report reader"[\s\S]*crm_[A-Za-z0-9_-]{40,}/);
    expect(cli('list').stdout).toMatch(/#1\tVIEWER\tcrm_\S+…\tactive\treport reader/);
    expect(cli('revoke', '1').stdout).toMatch(/Revoked key #1/);
    expect(cli('list').stdout).toMatch(/#1\tVIEWER\t\S+\trevoked /);
    const wrongRole = cli('create', '--role', 'owner');
    expect(wrongRole.status).toBe(2);
    expect(wrongRole.stderr).toMatch(/--role must be one of ADMIN, MANAGER, VIEWER, PARTNER/);
  }, 60_000);

  it('makes a PARTNER key only for a counterparty that exists, as the ADMIN mutation does', () => {
    const without = cli('create', '--role', 'partner');
    expect(without.status).toBe(2);
    expect(without.stderr).toMatch(/A PARTNER key, and only a PARTNER key, names its --counterparty/);
    expect(cli('create', '--role', 'viewer', '--counterparty', '1').status).toBe(2);
    const unknown = cli('create', '--role', 'partner', '--counterparty', '999');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/^counterpartyId: .*counterparty/m);
    // A staff key is checked as createApiKey checks it, the field at fault named.
    const past = cli('create', '--role', 'viewer', '--expires', '2020-01-01T00:00:00Z');
    expect(past.status).toBe(1);
    expect(past.stderr).toMatch(/^expiresAt: .*future/m);
    // Only the first test's key: nothing refused was made.
    expect(cli('list').stdout.trim().split('\n')).toEqual([expect.stringMatching(/^#1\tVIEWER\t/)]);
  }, 60_000);
});
