import { Writable } from 'node:stream';
import { afterAll, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { createLogger, errorLogOf, requestLogOf } from './lib/logger.js';
import type { RequestLogEntry } from './lib/request-log.js';
import { createApiKey } from './modules/auth/api-keys.service.js';
import { startServer } from './server.js';
import { openTestDatabase } from './testing/api.js';

/** The request log: one entry per GraphQL request, with what an operator needs and never the key. */
const database = await openTestDatabase();
afterAll(() => database.drop());

it('logs each GraphQL request once answered: its id, operation, status, duration, statements, error codes and key id', async () => {
  const { row: { id: keyId }, key } = await createApiKey(database.db, { name: 'logged', role: 'VIEWER' });
  const entries: RequestLogEntry[] = [];
  const server = await startServer(database, { ...loadConfig({ NODE_ENV: 'test' }), host: '127.0.0.1', port: 0 }, () => {}, (entry) => entries.push(entry));
  const post = (query: string, headers: Record<string, string>) => fetch(server.url, {
    method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }),
  });
  try {
    await post('query Me { viewer { role } }', { authorization: `Bearer ${key}`, 'x-request-id': 'front-end-42' });
    await post('{ nothingHere }', { authorization: `Bearer ${key}` });
    await post('query Me { viewer { role } }', { authorization: 'Bearer crm_wrong' });
    await fetch(server.url.replace('/graphql', '/healthz'));
  } finally {
    await server.stop();
  }
  expect(entries).toHaveLength(3);
  expect(entries[0]).toEqual({
    requestId: 'front-end-42', method: 'POST', operation: 'Me', status: 200, durationMs: expect.any(Number),
    statements: expect.any(Number), errorCodes: [], apiKeyId: keyId,
  });
  expect(entries[0].statements).toBeGreaterThanOrEqual(1);
  expect(entries[1]).toMatchObject({ operation: null, status: 200, errorCodes: ['GRAPHQL_VALIDATION_FAILED'], apiKeyId: keyId });
  expect(entries[1].requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(entries[2]).toMatchObject({ operation: null, status: 401, errorCodes: ['UNAUTHENTICATED'], apiKeyId: null });
  expect(JSON.stringify(entries)).not.toContain(key);
});

it('writes JSON lines: requests at info, errors at error with their request id', () => {
  const lines: string[] = [];
  const sink = new Writable({ write(chunk, _encoding, done) { lines.push(...String(chunk).split('\n').filter(Boolean)); done(); } });
  const logger = createLogger({ nodeEnv: 'production', logLevel: 'info' }, sink);
  requestLogOf(logger)({ requestId: 'r1', method: 'POST', operation: 'Me', status: 200, durationMs: 3.2, statements: 2, errorCodes: [], apiKeyId: 7 });
  errorLogOf(logger)('[request r2] Unexpected error: boom', 'r2');
  const [request, error] = lines.map((line) => JSON.parse(line));
  expect(request).toMatchObject({ level: 30, msg: 'request', requestId: 'r1', operation: 'Me', status: 200, durationMs: 3.2, statements: 2, apiKeyId: 7 });
  expect(new Date(request.time).toISOString()).toBe(request.time);
  expect(error).toMatchObject({ level: 50, msg: '[request r2] Unexpected error: boom', requestId: 'r2' });
});
