import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type Database, type DatabaseHandle } from '../db/client.js';
import { loadConfig } from '../config.js';
import { createApiKey } from '../modules/auth/api-keys.service.js';
import type { Role } from '../modules/auth/viewer.js';
import type { JobRunner } from '../modules/jobs/job-runner.js';
import type { ErrorLog } from '../lib/request-log.js';
import { startServer, type RunningServer, type ServerConfig } from '../server.js';

/**
 * A real server on a real, empty database for one test file: PGlite in memory by default, or a
 * fresh PostgreSQL database (dropped afterwards) when DATABASE_URL is set, which is how CI runs
 * the suite on both.
 */
export interface TestApi {
  db: Database;
  driver: 'pglite' | 'postgres';
  url: string;
  adminKey: string;
  /** Creates another key with `role`, for authorisation tests. */
  keyFor(role: Role): Promise<string>;
  /**
   * Runs the mutation `name` (its input type is `<Name>Input`) and answers its payload; a thrown
   * error or a user error fails the calling test, so fixtures cannot fail silently.
   */
  mutate<Payload = any>(name: string, input: Record<string, unknown>, selection: string): Promise<Payload>;
  /**
   * Runs the import mutation `name` (`importCounterparties`, ...) with `rows` and `options`
   * (`mode`, `atomic`, `idempotencyKey`) and answers its whole payload; a thrown error fails the
   * calling test.
   */
  importRows<Payload = any>(name: string, rows: object[], options?: object): Promise<Payload>;
  /** Sends one GraphQL operation over HTTP; `key: null` sends none. */
  request<Data = any>(query: string, variables?: Record<string, unknown>, options?: { key?: string | null }): Promise<GraphQLResult<Data>>;
  /** The partner portal's URL (`/portal/graphql`). */
  portalUrl: string;
  /** Sends one GraphQL operation to the partner portal with `key` (a partner's, for all but refusal tests). */
  portal<Data = any>(key: string | null, query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<Data>>;
  /** Creates a PARTNER key for the counterparty (and person) with these database ids. */
  partnerKeyFor(counterpartyId: number, personId?: number | null): Promise<string>;
  /** The server's worker on the job queue (null when the test turned JOB_WORKER off). */
  jobs: JobRunner | null;
  stop(): Promise<void>;
}

export interface GraphQLResult<Data> {
  status: number;
  data: Data;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; field?: string[] } }>;
  /** SQL statements the server sent for this request, authentication included. */
  statements: number;
}

/**
 * A database of its own for one test, migrated: a new PostgreSQL database when DATABASE_URL is
 * set (`drop` closes and removes it), else PGlite in memory.
 */
export async function openTestDatabase(poolSize = 5): Promise<DatabaseHandle & { url: string | undefined; drop(): Promise<void> }> {
  const baseUrl = process.env.DATABASE_URL || undefined;
  const fresh = baseUrl ? await freshPostgresDatabase(baseUrl) : null;
  const database = await openDatabase({ url: fresh?.url, poolSize });
  await database.migrate();
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= database.close());
  return {
    ...database,
    url: fresh?.url,
    close,
    async drop() {
      await close();
      await fresh?.drop();
    },
  };
}

export async function freshPostgresDatabase(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `crm_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const cleanup = postgres(baseUrl, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/**
 * `overrides` change the server's settings, e.g. a small `importChunkRows` to see chunking;
 * `log` receives the server's error log (standard error by default), for tests that read it.
 */
export async function startTestApi({ log, ...overrides }: Partial<ServerConfig> & { log?: ErrorLog } = {}): Promise<TestApi> {
  const database = await openTestDatabase();
  const adminKey = (await createApiKey(database.db, { name: 'test admin', role: 'ADMIN' })).key;
  const server: RunningServer = await startServer(database, {
    // The server's defaults, as an unconfigured deployment has them, with the test's changes.
    ...loadConfig({ NODE_ENV: 'test' }),
    host: '127.0.0.1',
    port: 0,
    maxBodyBytes: 1_048_576,
    shutdownTimeoutMs: 2_000,
    exposeStatementCount: true,
    // Every request looks its key up, so statement counts do not depend on what ran before.
    apiKeyCacheMs: 0,
    compileQueries: process.env.GRAPHQL_JIT !== 'false',
    ...overrides,
  }, log);

  const portalUrl = server.url.replace(/\/graphql$/, '/portal/graphql');
  const send = async (url: string, key: string | null, query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json() as { data: any; errors?: GraphQLResult<unknown>['errors'] };
    return { status: response.status, data: body.data, errors: body.errors, statements: Number(response.headers.get('x-sql-statements') ?? NaN) };
  };
  const request: TestApi['request'] = (query, variables, options = {}) =>
    send(server.url, options.key === undefined ? adminKey : options.key, query, variables);

  return {
    db: database.db,
    driver: database.driver,
    url: server.url,
    adminKey,
    jobs: server.jobs,
    keyFor: async (role) => (await createApiKey(database.db, { name: `test ${role}`, role })).key,
    request,
    portalUrl,
    portal: (key, query, variables) => send(portalUrl, key, query, variables),
    partnerKeyFor: async (counterpartyId, personId = null) =>
      (await createApiKey(database.db, { name: `test partner ${counterpartyId}`, role: 'PARTNER', counterpartyId, personId })).key,
    async mutate(name, input, selection) {
      const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
      const result = await request(`mutation($input: ${type}!) { ${name}(input: $input) { ${selection} userErrors { field code message } } }`, { input });
      const payload = result.data?.[name];
      if (result.errors || payload.userErrors.length > 0) {
        throw new Error(`${name} failed: ${JSON.stringify(result.errors ?? payload.userErrors)}`);
      }
      return payload;
    },
    async importRows(name, rows, options = {}) {
      const result = await request(importMutation(name), { input: { rows, ...options } });
      if (result.errors) throw new Error(`${name} failed: ${JSON.stringify(result.errors)}`);
      return result.data[name];
    },
    async stop() {
      await server.stop();
      await database.drop();
    },
  };
}

/** A payload's user errors as [field path, code] pairs, for compact assertions. */
export const fieldsAndCodes = (userErrors: Array<{ field: string[] | null; code: string }>) =>
  userErrors.map((error) => [error.field?.join('.') ?? null, error.code]);

/** An import call's answer, as the import API tests read it. */
export interface ImportAnswer { rows: Array<{ id?: string | null; status: string; errors: Array<{ field: string[] | null; code: string }> }> }

/** Each row's status, in row order. */
export const importStatuses = (payload: ImportAnswer) => payload.rows.map((row) => row.status);

/** Row `index`'s errors as [field path, code]. */
export const importRowErrors = (payload: ImportAnswer, index: number) => fieldsAndCodes(payload.rows[index].errors);

/** Row `index`'s errors as [field within the row, code]; each field must be under the row's own path. */
export const importRowFieldErrors = (payload: ImportAnswer, index: number) => importRowErrors(payload, index).map(([field, code]) => {
  if (!field?.startsWith(`input.rows.${index}.`)) throw new Error(`${field} is not a field of row ${index}.`);
  return [field.slice(`input.rows.${index}.`.length), code];
});

/** The import mutation `name` (`importCounterparties`, ...), selecting its whole answer. */
export function importMutation(name: string): string {
  return `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) {
    ${name}(input: $input) {
      created updated unchanged failed skipped replayed
      rows { index externalId id status errors { field code message } }
    }
  }`;
}

/** The `extensions.code` of each error, for compact assertions. */
export const errorCodes = (result: GraphQLResult<unknown>) => (result.errors ?? []).map((e) => e.extensions?.code);
