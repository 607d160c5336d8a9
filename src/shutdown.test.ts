import http from 'node:http';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { createApiKey } from './modules/auth/api-keys.service.js';
import { startServer } from './server.js';
import { openTestDatabase } from './testing/api.js';

const database = await openTestDatabase();
afterAll(() => database.drop());

type Outcome = 'saved' | 'reset' | 'refused' | 'failed';

/** POSTs `body` over `agent`'s keep-alive sockets; how it ended, and whether the response said `connection: close`. */
function post(agent: http.Agent, port: number, key: string, body: string): Promise<{ outcome: Outcome; closing: boolean }> {
  return new Promise((resolve) => {
    const request = http.request({
      agent, host: '127.0.0.1', port, path: '/graphql', method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, 'content-length': Buffer.byteLength(body) },
    }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const answer = JSON.parse(Buffer.concat(chunks).toString()) as { data?: { createCounterparty?: { counterparty?: { id: string } } } };
        const saved = response.statusCode === 200 && Boolean(answer.data?.createCounterparty?.counterparty?.id);
        resolve({ outcome: saved ? 'saved' : 'failed', closing: response.headers.connection === 'close' });
      });
      response.on('error', () => resolve({ outcome: 'reset', closing: false }));
    });
    request.on('error', (error: NodeJS.ErrnoException) => resolve({ outcome: error.code === 'ECONNREFUSED' ? 'refused' : 'reset', closing: false }));
    request.end(body);
  });
}

describe('shutdown with keep-alive clients', () => {
  it('answers every request it accepted, closing each connection, and resets none of them', async () => {
    const key = (await createApiKey(database.db, { name: 'shutdown', role: 'ADMIN' })).key;
    const server = await startServer(database, { ...loadConfig({}), host: '127.0.0.1', port: 0, shutdownTimeoutMs: 10_000 }, () => {});
    const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
    const acknowledged = new Set<string>();
    const outcomes: Outcome[] = [];
    const seen = new Map<string, Outcome>();
    let closingAnswers = 0;
    let stopping: Promise<void> | undefined;
    const client = async (worker: number) => {
      for (let i = 0; ; i += 1) {
        const name = `Shutdown ${worker}-${i}`;
        const body = JSON.stringify({
          query: 'mutation($input: CreateCounterpartyInput!) { createCounterparty(input: $input) { counterparty { id } } }',
          variables: { input: { kind: 'ORGANIZATION', name } },
        });
        const { outcome, closing } = await post(agent, server.port, key, body);
        outcomes.push(outcome);
        seen.set(name, outcome);
        if (closing) closingAnswers += 1;
        if (outcome === 'saved') acknowledged.add(name);
        // The stop starts from an answer, when the other clients' requests are in flight.
        if (acknowledged.size === 64 && !stopping) stopping = server.stop();
        // A client stops once the server is gone; before the stop every request must succeed.
        if (outcome === 'refused' || (stopping && outcome === 'reset')) return;
        if (!stopping) expect(outcome).toBe('saved');
      }
    };
    await Promise.all(Array.from({ length: 16 }, (_, worker) => client(worker)));
    await stopping;
    agent.destroy();

    const rows = await database.db.execute<{ name: string }>(sql`select name from counterparties where name like 'Shutdown %'`);
    const saved = new Set((Array.isArray(rows) ? rows : (rows as { rows: Array<{ name: string }> }).rows).map((row) => row.name));
    // Nothing acknowledged is missing, and nothing saved went unacknowledged (a retry would duplicate it).
    expect([...acknowledged].filter((name) => !saved.has(name))).toEqual([]);
    expect([...saved].filter((name) => !acknowledged.has(name)).map((name) => `${name}:${seen.get(name)}`)).toEqual([]);
    expect(outcomes).not.toContain('failed');
    // On PostgreSQL requests overlap, so some were in flight when the drain began; PGlite runs
    // them one at a time, and the next test makes one overlap on purpose.
    if (database.driver === 'postgres') expect(closingAnswers).toBeGreaterThan(0);
  }, 60_000);

  it('answers a request whose body was still arriving when the drain began, with connection: close', async () => {
    const key = (await createApiKey(database.db, { name: 'slow body', role: 'ADMIN' })).key;
    const server = await startServer(database, { ...loadConfig({}), host: '127.0.0.1', port: 0, shutdownTimeoutMs: 10_000 }, () => {});
    const body = JSON.stringify({
      query: 'mutation($input: CreateCounterpartyInput!) { createCounterparty(input: $input) { counterparty { name } } }',
      variables: { input: { kind: 'ORGANIZATION', name: 'Slow body' } },
    });
    const answer = new Promise<{ status?: number; connection?: string; text: string }>((resolve, reject) => {
      const request = http.request({
        host: '127.0.0.1', port: server.port, path: '/graphql', method: 'POST', agent: new http.Agent({ keepAlive: true }),
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, 'content-length': Buffer.byteLength(body) },
      }, (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => { text += chunk.toString(); });
        response.on('end', () => resolve({ status: response.statusCode, connection: response.headers.connection, text }));
      });
      request.on('error', reject);
      request.write(body.slice(0, 20));
      setTimeout(() => {
        stopped = server.stop();
        setTimeout(() => request.end(body.slice(20)), 100);
      }, 100);
    });
    let stopped: Promise<void> | undefined;
    const { status, connection, text } = await answer;
    await stopped;
    expect({ status, connection }).toEqual({ status: 200, connection: 'close' });
    expect(JSON.parse(text)).toEqual({ data: { createCounterparty: { counterparty: { name: 'Slow body' } } }, extensions: { cost: expect.any(Object) } });
  });
});
