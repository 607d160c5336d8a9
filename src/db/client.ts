import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql, type Logger } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from './schema';
import { AdmissionGate, gatedClient } from './admission';
import { DataDirLockedError, lockDataDir } from './data-dir-lock';
import { statementCounter } from './statement-counter';

/** The one database type the rest of the code sees, whichever driver is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
  db: Database;
  driver: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** Counts every statement Drizzle sends, per request, and shows it to taps (see statement-counter.ts). */
const logger: Logger = { logQuery: (query, params) => statementCounter.sent(query, params) };

export interface DatabaseOptions {
  /** PostgreSQL connection string; without it the embedded PGlite database is used. */
  url?: string;
  /** PGlite data directory; without it (and without a url) the database lives in memory. */
  dataDir?: string;
  poolSize?: number;
  /**
   * PostgreSQL only: the longest a statement may run (`statement_timeout`) and a transaction may
   * sit idle (`idle_in_transaction_session_timeout`), in ms, on every connection; 0 is no limit.
   */
  statementTimeoutMs?: number;
  idleInTransactionTimeoutMs?: number;
  /**
   * PostgreSQL only: how many of the pool's connections one API key's requests may hold at once
   * (default half the pool), and how long a statement may wait for one before it fails with BUSY
   * (default 2 s). See admission.ts.
   */
  connectionsPerKey?: number;
  queueTimeoutMs?: number;
}

/**
 * Reconnect delay in seconds after the `retries`-th failed connection in a row: quick at first,
 * never more than a second, so a restarted database is used again as soon as it answers.
 * (postgres.js's default grows to 20 s and keeps the API failing long after the database is back.)
 */
const reconnectDelay = (retries: number) => Math.min(0.05 * 2 ** retries, 1) * (0.5 + Math.random() / 2);

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.url) {
    const client = postgres(options.url, {
      max: options.poolSize ?? 10,
      onnotice: () => {},
      backoff: reconnectDelay,
      // A database that does not answer the connection at all fails requests in seconds, not 30.
      connect_timeout: 5,
      connection: {
        statement_timeout: options.statementTimeoutMs ?? 0,
        idle_in_transaction_session_timeout: options.idleInTransactionTimeoutMs ?? 0,
      },
    });
    const poolSize = options.poolSize ?? 10;
    const gate = new AdmissionGate(poolSize, options.connectionsPerKey ?? Math.ceil(poolSize / 2), options.queueTimeoutMs ?? 2000);
    const db = drizzlePostgres(gatedClient(client, gate), { schema, logger }) as unknown as Database;
    return {
      db,
      driver: 'postgres',
      migrate: () => migrateWithoutTimeouts(options.url!),
      close: () => client.end({ timeout: 5 }),
    };
  }
  const lock = options.dataDir ? lockDataDir(options.dataDir) : null;
  let client: PGlite;
  try {
    client = await PGlite.create({ dataDir: options.dataDir, extensions: { pg_trgm } });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const db = drizzlePglite(client, { schema, logger }) as unknown as Database;
  return {
    db,
    driver: 'pglite',
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    async close() {
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

/**
 * Migrations run on a connection of their own, without the request timeouts: building an index
 * on a large table may take minutes.
 */
async function migrateWithoutTimeouts(url: string): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await migratePostgres(drizzlePostgres(client, { schema }), { migrationsFolder });
  } finally {
    await client.end({ timeout: 5 });
  }
}

/**
 * A one-line explanation of why the database could not be opened, for a person at a terminal, or
 * null when the failure is not one of the foreseeable ones (then the whole error is worth showing).
 */
export function explainOpenFailure(error: unknown, url: string | undefined): string | null {
  if (error instanceof DataDirLockedError) return error.message;
  // Drizzle wraps the driver's error in its own, with the driver's as the cause.
  const driverError = (error as { cause?: unknown } | null)?.cause ?? error;
  const code = (driverError as { code?: string } | null)?.code ?? (error as { code?: string } | null)?.code;
  const where = url ? new URL(url) : null;
  const database = where ? decodeURIComponent(where.pathname.slice(1)) || where.username || 'postgres' : '';
  if (code === '3D000') {
    return `The PostgreSQL database "${database}" does not exist on ${where?.host}: create it (createdb ${database}) or point DATABASE_URL at one that does.`;
  }
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EHOSTUNREACH' || code === 'ETIMEDOUT') {
    return `Cannot reach PostgreSQL at ${where?.host} (${code}): is it running, and is DATABASE_URL right?`;
  }
  if (code === '28P01' || code === '28000') return `PostgreSQL refused the login in DATABASE_URL: ${(driverError as Error).message}`;
  return null;
}

/** Whether the database answers a trivial statement within `timeoutMs`: what `/health` reports. */
export async function databaseAnswers(db: Database, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => { timer = setTimeout(() => resolve(false), timeoutMs); });
  try {
    return await Promise.race([db.execute(sql`select 1`).then(() => true, () => false), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
