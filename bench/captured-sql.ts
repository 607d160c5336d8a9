import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';
import { tapStatements, type SentStatement } from '../src/db/request-scope.js';
import { startServer } from '../src/server.js';
import { postGraphQL } from './http-load.js';

/**
 * What one request of a scenario sends to the database, caught as the server sends it: the
 * statements in waves (the ones sent together, as the loaders of one level are, then the ones
 * that waited for their answers). The floor replays exactly these, so it cannot drift from what
 * the repositories send.
 */
export interface CapturedRequest {
  waves: SentStatement[][];
}

/**
 * Serves this checkout's API in this process on the bench database for as long as `work` runs,
 * with a tap on the statements it sends to PostgreSQL; `capture(body)` sends a body twice (the
 * first warms the API key cache, the compiled query and the prepared statements) and keeps the
 * second request's statements.
 */
export async function withCapturingServer<T>(
  databaseUrl: string, key: string, work: (capture: (body: string) => Promise<CapturedRequest>) => Promise<T>,
): Promise<T> {
  const database = await openDatabase({ url: databaseUrl, poolSize: 4 });
  const server = await startServer(database, {
    ...loadConfig({ NODE_ENV: 'production', DATABASE_URL: databaseUrl }),
    host: '127.0.0.1',
    port: 0,
  }, () => {});
  const baseUrl = server.url.replace(/\/graphql$/, '');
  try {
    return await work(async (body) => {
      await postGraphQL(baseUrl, key, body);
      const waves: SentStatement[][] = [];
      let wave: SentStatement[] | null = null;
      const untap = tapStatements((statement) => {
        if (!wave) {
          waves.push((wave = []));
          // What is sent before the event loop turns again went out together.
          setImmediate(() => { wave = null; });
        }
        wave.push(statement);
      });
      try {
        const { json } = await postGraphQL(baseUrl, key, body);
        if (json.errors || !json.data) throw new Error(`Capturing ${body.slice(0, 200)} failed: ${JSON.stringify(json.errors ?? json).slice(0, 500)}`);
        return { waves };
      } finally {
        untap();
      }
    });
  } finally {
    await server.stop();
    await database.close();
  }
}
