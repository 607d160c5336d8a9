import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PgDialect, type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite, PgliteDatabase, PgliteSession } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres, PostgresJsDatabase, PostgresJsSession } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { AdmissionGate, gatedClient, type PoolUsage } from './admission.js';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.js';
import { statementLogger, writesAs, type RequestScope } from './request-scope.js';

/**
 * The one database type the rest of the code sees, whichever driver is underneath. Queries are
 * built with the query builder and `sql`; Drizzle's relational queries (`db.query`) are not used,
 * so no schema is given and a request's own database costs two small objects.
 */
export type Database = PgDatabase<PgQueryResultHKT>;

export interface DatabaseHandle {
  /** The database outside any request: migrations, authentication, health, command-line tools. */
  db: Database;
  /**
   * The database as one request uses it: its statements counted in `scope` and, on PostgreSQL,
   * admitted to the pool under the scope's key once it is set (see admission.ts); each of its
   * transactions tells the audit log the scope's actor (see `writesAs`).
   */
  forRequest(scope: RequestScope): Database;
  driver: 'pglite' | 'postgres';
  /** PostgreSQL: how the pool is used by requests' statements now; null on PGlite (one connection). */
  poolUsage: (() => PoolUsage) | null;
  /**
   * LISTENs on `channel` and calls `onNotify` with each notification's payload; resolves once the
   * LISTEN is in force, to a function that stops (UNLISTEN). On PostgreSQL on a connection of its
   * own, outside the pool, re-established after a lost connection; on PGlite on its one connection.
   */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** One dialect for every request's database: it holds no per-request state. */
const dialect = new PgDialect();

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
  /**
   * PostgreSQL only: whether statements Drizzle prepares (the loaders' reads, see json-rows.ts)
   * become server-side prepared statements (default true). A connection pooler that hands each
   * transaction another server connection (PgBouncer in transaction mode) needs false.
   */
  preparedStatements?: boolean;
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
      prepare: options.preparedStatements ?? true,
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
    // Drizzle's own setup (its parsers on the client) once; requests get a session of their own.
    const db = drizzlePostgres(gatedClient(client, gate, null)) as unknown as Database;
    return {
      db,
      forRequest: (scope) => writesAs(new PostgresJsDatabase(dialect, new PostgresJsSession(gatedClient(client, gate, scope), dialect, undefined, {
        logger: statementLogger(scope),
      }), undefined) as unknown as Database, scope),
      driver: 'postgres',
      poolUsage: () => gate.usage(),
      async listen(channel, onNotify) {
        const { unlisten } = await client.listen(channel, onNotify);
        return unlisten;
      },
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
  const db = drizzlePglite(client) as unknown as Database;
  return {
    db,
    forRequest: (scope) => writesAs(new PgliteDatabase(dialect, new PgliteSession(client, dialect, undefined, {
      logger: statementLogger(scope),
    }), undefined) as unknown as Database, scope),
    driver: 'pglite',
    poolUsage: null,
    listen: (channel, onNotify) => client.listen(channel, onNotify),
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
/** The advisory lock every process of this API takes to migrate: one at a time per database. */
const MIGRATION_LOCK = 727_001;

/**
 * Applies the migrations on a connection of its own, with no statement timeout, holding
 * MIGRATION_LOCK: several instances starting together against one database migrate one after
 * another, and the later ones find nothing left to do.
 */
async function migrateWithoutTimeouts(url: string): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migratePostgres(drizzlePostgres(client), { migrationsFolder });
  } finally {
    // Ending the session releases the lock, whether or not the migration succeeded.
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

