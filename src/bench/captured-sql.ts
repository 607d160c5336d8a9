import { loadConfig } from '../config';
import { openDatabase } from '../db/client';
import { tapStatements, type SentStatement } from '../db/request-scope';
import { startServer } from '../server';
import { postGraphQL } from './http-load';

/**
 * What one request of a scenario sends to the database, caught as the server sends it: the
 * statements in waves (the ones sent together, as the loaders of one level are, then the ones
 * that waited for their answers), and the answer's JSON. The floor replays exactly these, so it
 * cannot drift from what the repositories send.
 */
export interface CapturedRequest {
  waves: SentStatement[][];
  answer: string;
}

/**
 * Serves the API in this process on the bench database for as long as `work` runs, with a tap on
 * the statements Drizzle sends; `capture(body)` sends a body twice (the first warms the API key
 * cache and the compiled query) and keeps the second request's statements.
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
        return { waves, answer: JSON.stringify(json) };
      } finally {
        untap();
      }
    });
  } finally {
    await server.stop();
    await database.close();
  }
}
