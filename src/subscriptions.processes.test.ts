import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from './db/client.js';
import { createApiKey, revokeApiKey } from './modules/auth/api-keys.service.js';
import { freshPostgresDatabase } from './testing/api.js';
import { startServerProcess, type ServerProcess } from './testing/processes.js';
import { subscriber, subscriptionUsage, untilSubscriptions, type TestSubscriber } from './testing/subscriptions.js';

/**
 * Subscriptions on real server processes (`node src/main.ts`, as deployed). On PostgreSQL
 * (DATABASE_URL) two processes share one database: a change written through one reaches a
 * subscriber of the other, and a key revoked anywhere closes its sockets everywhere. On PGlite
 * one process owns its embedded database, so the same is checked through that one process.
 */
const baseUrl = process.env.DATABASE_URL || undefined;
const children: ChildProcess[] = [];
const subscribers: TestSubscriber[] = [];
let dataDir: string | null = null;
let fresh: Awaited<ReturnType<typeof freshPostgresDatabase>> | null = null;
let database: DatabaseHandle | null = null;

type Server = ServerProcess;

async function startProcess(): Promise<Server> {
  const server = await startServerProcess({ DATABASE_URL: fresh?.url ?? '', DATA_DIR: dataDir ?? '' });
  children.push(server.child);
  return server;
}

let first: Server;
let second: Server;
let adminKey: string;

beforeAll(async () => {
  if (baseUrl) {
    fresh = await freshPostgresDatabase(baseUrl);
    first = await startProcess();
    second = await startProcess();
    database = await openDatabase({ url: fresh.url, poolSize: 1 });
    adminKey = (await createApiKey(database.db, { name: 'test admin', role: 'ADMIN' })).key;
  } else {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-subscriptions-'));
    first = await startProcess();
    second = first;
    adminKey = fs.readFileSync(path.join(dataDir, 'admin-key'), 'utf8').trim();
  }
}, 120_000);

afterAll(async () => {
  await Promise.all(subscribers.map((one) => one.dispose()));
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await database?.close();
  await fresh?.drop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

async function graphql(url: string, key: string, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ query, variables }),
  });
  const body = await response.json() as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const connect = (url: string, key: string) => {
  const one = subscriber(url, { authorization: `Bearer ${key}` });
  subscribers.push(one);
  return one;
};

it('delivers a change written through one process to a subscriber of another', async () => {
  const counterpartyId = (await graphql(second.url, adminKey, 'mutation { createCounterparty(input: { kind: ORGANIZATION, name: "Across Ltd" }) { counterparty { id } } }'))
    .createCounterparty.counterparty.id;
  const watcher = connect(first.url, adminKey);
  const changes = watcher.subscribe('subscription($id: ID!) { claimChanged(counterpartyId: $id) { kind claim { essence status } } }', { id: counterpartyId });
  await untilSubscriptions(first.url, 1);
  const claim = (await graphql(second.url, adminKey, 'mutation($input: RegisterClaimInput!) { registerClaim(input: $input) { claim { id version } } }', {
    input: { counterpartyId, essence: 'Wrong colour' },
  })).registerClaim.claim;
  expect(await changes.next()).toEqual({ data: { claimChanged: { kind: 'CREATED', claim: { essence: 'Wrong colour', status: 'REGISTERED' } } } });
  await graphql(second.url, adminKey, 'mutation($input: ChangeClaimStatusInput!) { changeClaimStatus(input: $input) { claim { id } } }', {
    input: { id: claim.id, expectedVersion: claim.version, status: 'INVESTIGATING' },
  });
  expect(await changes.next()).toEqual({ data: { claimChanged: { kind: 'STATUS_CHANGED', claim: { essence: 'Wrong colour', status: 'INVESTIGATING' } } } });
  changes.unsubscribe();
  expect(await changes.next()).toBe('complete');
  // The subscriber's process no longer watches, nor listens, and nothing more arrives.
  await untilSubscriptions(first.url, 0);
  expect(await subscriptionUsage(first.url)).toMatchObject({ listening: 0 });
  await graphql(second.url, adminKey, 'mutation($input: RegisterClaimInput!) { registerClaim(input: $input) { claim { id } } }', {
    input: { counterpartyId, essence: 'Too late to be told' },
  });
  expect(await changes.next(500)).toBe('none');
}, 30_000);

// On PGlite the server's process owns the database: no other process can revoke a key there (the
// in-process tests revoke one).
it.skipIf(!baseUrl)('closes the sockets of a key revoked by another process', async () => {
  const made = await createApiKey(database!.db, { name: 'revoked', role: 'VIEWER' });
  const watcher = connect(first.url, made.key);
  watcher.subscribe('subscription($id: ID!) { chronicleChanged(counterpartyId: $id) { kind } }', {
    id: (await graphql(second.url, adminKey, 'mutation { createCounterparty(input: { kind: ORGANIZATION, name: "Revoked Ltd" }) { counterparty { id } } }')).createCounterparty.counterparty.id,
  });
  await untilSubscriptions(first.url, 1);
  // Revoked as `npm run apikey -- revoke` does, by a process other than the subscriber's.
  await revokeApiKey(database!.db, made.row.id);
  expect(await watcher.closed).toEqual({ code: 4403, reason: 'Forbidden: the API key was revoked.' });
  await untilSubscriptions(first.url, 0);
}, 30_000);

it('closes its sockets (1001) and exits cleanly on SIGTERM', async () => {
  const counterpartyId = (await graphql(first.url, adminKey, 'mutation { createCounterparty(input: { kind: ORGANIZATION, name: "Stopping Ltd" }) { counterparty { id } } }'))
    .createCounterparty.counterparty.id;
  const watcher = connect(first.url, adminKey);
  watcher.subscribe('subscription($id: ID!) { appealChanged(counterpartyId: $id) { kind } }', { id: counterpartyId });
  await untilSubscriptions(first.url, 1);
  first.child.kill('SIGTERM');
  expect(await watcher.closed).toMatchObject({ code: 1001 });
  expect(await first.exited).toBe(0);
}, 30_000);
