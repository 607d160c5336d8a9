import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { IANAZone } from 'luxon';
import { corsOriginProblem, DEVELOPMENT_CORS_ORIGINS } from './lib/cors.js';
import { FALLBACK_TIME_ZONE } from './lib/dates.js';

/**
 * Every environment variable the server reads, parsed and validated here and nowhere else.
 * The defaults make `npm start` work on a fresh clone: embedded database, port 4000.
 */
export interface Config {
  /** `development` shows stack traces in errors; anything else hides them. */
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** PostgreSQL connection string; unset means the embedded PGlite database in `dataDir`. */
  databaseUrl: string | undefined;
  /** Where the embedded database and the first admin key live. */
  dataDir: string;
  /** Connections in the postgres.js pool. */
  databasePoolSize: number;
  /** PostgreSQL: the longest one statement of a request may run, in ms (0: no limit). */
  statementTimeoutMs: number;
  /** PostgreSQL: the longest a transaction may wait idle between its statements, in ms (0: no limit). */
  idleInTransactionTimeoutMs: number;
  /** PostgreSQL: the longest one statement of an import chunk may run, in ms (0: no limit). */
  importStatementTimeoutMs: number;
  /** PostgreSQL: the pool's connections one API key's requests may hold at once. */
  connectionsPerKey: number;
  /** PostgreSQL: the longest a statement waits for a connection before the request gets BUSY, in ms. */
  queueTimeoutMs: number;
  /** PostgreSQL: whether loader statements run as prepared statements (off behind a transaction-pooling PgBouncer). */
  preparedStatements: boolean;
  /** Whether the schema can be introspected (`__schema`, `__type`). */
  introspection: boolean;
  /** The IANA zone "today" is in for keys without an employee (and for partners): DEFAULT_TIME_ZONE. */
  defaultTimeZone: string;
  /** Whether the partner portal's schema can be introspected: off in production unless PORTAL_INTROSPECTION=true. */
  portalIntrospection: boolean;
  /** Deepest selection set a query may nest. */
  maxQueryDepth: number;
  /** Most aliased fields a single operation may request. */
  maxAliases: number;
  /** Most lexical tokens a query document may have: parsing stops at the first one over. */
  maxQueryTokens: number;
  /** Most fields an operation may select once its fragments are expanded (introspection aside). */
  maxQueryCost: number;
  /** Most an operation may cost, connections weighed by their page size (src/lib/query-cost.ts). */
  queryCostMax: number;
  /** Cost each API key may spend a minute in one server process, refilled continuously; 0 for no budget. */
  queryCostBudgetPerMinute: number;
  /** Largest request body accepted, in bytes, for an import mutation; other operations get at most 1 MiB. */
  maxBodyBytes: number;
  /** How long SIGTERM waits for in-flight requests before closing connections, in ms. */
  shutdownTimeoutMs: number;
  /**
   * How long SIGTERM keeps serving with `/readyz` answering 503 before it stops taking
   * connections, so a load balancer stops sending requests first, in ms.
   */
  shutdownDelayMs: number;
  /** Adds an `x-sql-statements` header with the number of SQL statements each request sent. */
  exposeStatementCount: boolean;
  /** Rows an import writes per transaction: a crash loses at most the chunk in flight. */
  importChunkRows: number;
  /** How long a checked API key is trusted without a lookup, in ms; revocations are checked for every second regardless. */
  apiKeyCacheMs: number;
  /** Whether operations run compiled by graphql-jit (faster) rather than interpreted by graphql-js. */
  compileQueries: boolean;
  /** Origins whose browser front ends may call the API (`*`: any, without credentials). */
  corsOrigins: string[];
  /** Whether a browser at the API's path gets the GraphiQL explorer (off in production unless EXPLORER=true). */
  explorer: boolean;
  /** The least severe log lines written: trace, debug, info, warn, error, fatal or silent. */
  logLevel: LogLevel;
  /** The bearer token `/metrics` asks for; unset, `/metrics` is open (to be reachable by the scraper only). */
  metricsToken: string | undefined;
  /** The largest file one attachment may hold, in bytes (MAX_UPLOAD_BYTES); a larger upload is refused, nothing written. */
  maxUploadBytes: number;
  /**
   * The secret signed upload URLs are signed with (UPLOAD_URL_SECRET, at least 32 characters).
   * Unset, each process makes a random one: its URLs work on that process only, until it stops.
   */
  uploadUrlSecret: string;
  /** How long a signed upload URL may be used, in seconds (UPLOAD_URL_TTL_SECONDS). */
  uploadUrlTtlSeconds: number;
  /** Days a deal in a CONTACT column may stay silent before a reminder is due (FOLLOW_UP_DAYS). */
  followUpDays: number;
  /** Whether this process runs due background jobs (JOB_WORKER): reminders, e-mail, webhooks. Any number of processes may. */
  jobWorker: boolean;
  /** How long an idle job worker waits before it looks for due jobs again, in ms (JOB_POLL_MS). */
  jobPollMs: number;
  /** How long a claimed job is held before another process may take it over, in s (JOB_LEASE_SECONDS). */
  jobLeaseSeconds: number;
  /** How long finished jobs are kept as the record of what was done, in days (JOB_RETENTION_DAYS). */
  jobRetentionDays: number;
  /** Attempts to send one webhook delivery before it is FAILED (WEBHOOK_MAX_ATTEMPTS). */
  webhookMaxAttempts: number;
  /** Failed delivery attempts in a row after which a webhook is disabled (WEBHOOK_DISABLE_AFTER). */
  webhookDisableAfter: number;
  /** The longest a delivery attempt waits for the receiver's answer, in ms (WEBHOOK_TIMEOUT_MS). */
  webhookTimeoutMs: number;
  /** The wait before a delivery's second attempt, doubling for each one after, in ms (WEBHOOK_RETRY_BASE_MS). */
  webhookRetryBaseMs: number;
  /**
   * The SMTP server the system's e-mail goes out through (SMTP_URL: `smtp://user:pass@host:587`,
   * STARTTLS when the server offers it, or `smtps://...:465`, TLS from the start); unset, nothing
   * is sent: `sendEmail` refuses and reminders are not e-mailed.
   */
  smtpUrl: string | undefined;
  /** The sender of the system's e-mail (SMTP_FROM: `crm@example.com` or `CRM <crm@example.com>`); required with SMTP_URL. */
  smtpFrom: string | undefined;
  /** Attempts to send one message before it is recorded FAILED (EMAIL_MAX_ATTEMPTS). */
  emailMaxAttempts: number;
  /** The wait after a message's first failed attempt, doubling after each next one up to an hour, in ms (EMAIL_RETRY_BASE_MS). */
  emailRetryBaseMs: number;
}

const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevel = typeof LOG_LEVELS[number];

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function timeZone(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!IANAZone.isValidZone(raw)) throw new ConfigError(`${name} must be an IANA time zone such as Europe/Kyiv, got "${raw}"`);
  return raw;
}

function databaseUrl(env: Env): string | undefined {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL must be a URL such as postgres://user@host:5432/database');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(`DATABASE_URL must start with postgres:// or postgresql://, got "${url.protocol}"`);
  }
  return raw;
}

function corsOrigins(env: Env, nodeEnv: Config['nodeEnv']): string[] {
  const raw = env.CORS_ORIGINS;
  if (raw === undefined) return nodeEnv === 'development' ? [...DEVELOPMENT_CORS_ORIGINS] : [];
  const origins = raw.split(',').map((origin) => origin.trim()).filter(Boolean);
  for (const origin of origins) {
    const problem = corsOriginProblem(origin);
    if (problem) throw new ConfigError(`CORS_ORIGINS: ${problem}`);
  }
  if (origins.includes('*') && origins.length > 1) throw new ConfigError('CORS_ORIGINS: "*" lets every origin in; list origins or give "*" alone');
  return origins;
}

function uploadUrlSecret(env: Env): string {
  const raw = env.UPLOAD_URL_SECRET;
  if (raw === undefined || raw === '') return randomBytes(32).toString('base64url');
  if (raw.length < 32) throw new ConfigError(`UPLOAD_URL_SECRET must be at least 32 characters, got ${raw.length}`);
  return raw;
}

/** An e-mail address, bare (`crm@example.com`) or with a display name (`CRM <crm@example.com>`). */
const MAILBOX = /^(?:[^<>\r\n]*<([^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>|([^\s<>@]+@[^\s<>@]+\.[^\s<>@]+))$/;

function smtp(env: Env): { smtpUrl: string | undefined; smtpFrom: string | undefined } {
  const raw = env.SMTP_URL;
  const from = env.SMTP_FROM?.trim() || undefined;
  if (raw === undefined || raw === '') {
    if (from) throw new ConfigError('SMTP_FROM is set but SMTP_URL is not: set SMTP_URL (e.g. smtp://user:pass@host:587) to send e-mail');
    return { smtpUrl: undefined, smtpFrom: undefined };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('SMTP_URL must be a URL such as smtp://user:pass@host:587 or smtps://user:pass@host:465');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new ConfigError(`SMTP_URL must start with smtp:// or smtps://, got "${url.protocol}"`);
  }
  if (!url.hostname) throw new ConfigError('SMTP_URL must name the SMTP server\'s host, e.g. smtp://user:pass@host:587');
  if (!from) throw new ConfigError('SMTP_FROM is required with SMTP_URL: the sender of the system\'s e-mail, e.g. crm@example.com');
  if (!MAILBOX.test(from)) throw new ConfigError(`SMTP_FROM must be an e-mail address such as crm@example.com or "CRM <crm@example.com>", got "${from}"`);
  return { smtpUrl: raw, smtpFrom: from };
}

function queryCostLimits(env: Env): Pick<Config, 'queryCostMax' | 'queryCostBudgetPerMinute'> {
  const queryCostMax = integer(env, 'QUERY_COST_MAX', 50_000, 1, 100_000_000);
  const queryCostBudgetPerMinute = integer(env, 'QUERY_COST_BUDGET_PER_MINUTE', 2_000_000, 0, 1_000_000_000);
  // An operation the maximum lets through must fit in a full budget, or it could never run.
  if (queryCostBudgetPerMinute > 0 && queryCostBudgetPerMinute < queryCostMax) {
    throw new ConfigError(`QUERY_COST_BUDGET_PER_MINUTE (${queryCostBudgetPerMinute}) must be 0 (no budget) or at least QUERY_COST_MAX (${queryCostMax})`);
  }
  return { queryCostMax, queryCostBudgetPerMinute };
}

export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'production');
  const url = databaseUrl(env);
  const poolSize = integer(env, 'DATABASE_POOL_SIZE', 10, 1, 500);
  return {
    nodeEnv,
    // The embedded database is a developer's: its server is reachable from this machine only.
    host: env.HOST || (url ? '0.0.0.0' : '127.0.0.1'),
    port: integer(env, 'PORT', 4000, 0, 65535),
    databaseUrl: url,
    dataDir: path.resolve(env.DATA_DIR || '.data'),
    databasePoolSize: poolSize,
    statementTimeoutMs: integer(env, 'STATEMENT_TIMEOUT_MS', 5000, 0, 3_600_000),
    idleInTransactionTimeoutMs: integer(env, 'IDLE_IN_TRANSACTION_TIMEOUT_MS', 10_000, 0, 3_600_000),
    importStatementTimeoutMs: integer(env, 'IMPORT_STATEMENT_TIMEOUT_MS', 60_000, 0, 3_600_000),
    connectionsPerKey: integer(env, 'DATABASE_CONNECTIONS_PER_KEY', Math.ceil(poolSize / 2), 1, poolSize),
    queueTimeoutMs: integer(env, 'DATABASE_QUEUE_TIMEOUT_MS', 2000, 1, 600_000),
    preparedStatements: boolean(env, 'DATABASE_PREPARED_STATEMENTS', true),
    introspection: boolean(env, 'INTROSPECTION', true),
    defaultTimeZone: timeZone(env, 'DEFAULT_TIME_ZONE', FALLBACK_TIME_ZONE),
    // Partners' developers read the portal's documentation, not its live schema, in production.
    portalIntrospection: boolean(env, 'PORTAL_INTROSPECTION', env.NODE_ENV !== 'production'),
    maxQueryDepth: integer(env, 'MAX_QUERY_DEPTH', 12, 2, 100),
    maxAliases: integer(env, 'MAX_ALIASES', 30, 0, 10_000),
    maxQueryTokens: integer(env, 'MAX_QUERY_TOKENS', 10_000, 100, 1_000_000),
    maxQueryCost: integer(env, 'MAX_QUERY_COST', 2000, 10, 1_000_000),
    ...queryCostLimits(env),
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 16 * 1_048_576, 1024, 256 * 1_048_576),
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
    shutdownDelayMs: integer(env, 'SHUTDOWN_DELAY_MS', 0, 0, 600_000),
    exposeStatementCount: boolean(env, 'SQL_STATEMENT_HEADER', false),
    importChunkRows: integer(env, 'IMPORT_CHUNK_ROWS', 1000, 1, 5000),
    apiKeyCacheMs: integer(env, 'API_KEY_CACHE_SECONDS', 10, 0, 3600) * 1000,
    compileQueries: boolean(env, 'GRAPHQL_JIT', true),
    corsOrigins: corsOrigins(env, nodeEnv),
    metricsToken: env.METRICS_TOKEN || undefined,
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    // On unless production is asked for: an unset NODE_ENV counts as production for what errors
    // show, but is also how the quick start runs, whose user needs the explorer.
    explorer: boolean(env, 'EXPLORER', env.NODE_ENV !== 'production'),
    maxUploadBytes: integer(env, 'MAX_UPLOAD_BYTES', 25 * 1_048_576, 1, 1024 * 1_048_576),
    uploadUrlSecret: uploadUrlSecret(env),
    uploadUrlTtlSeconds: integer(env, 'UPLOAD_URL_TTL_SECONDS', 900, 10, 7 * 24 * 3600),
    followUpDays: integer(env, 'FOLLOW_UP_DAYS', 7, 1, 3650),
    jobWorker: boolean(env, 'JOB_WORKER', true),
    jobPollMs: integer(env, 'JOB_POLL_MS', 1000, 10, 600_000),
    jobLeaseSeconds: integer(env, 'JOB_LEASE_SECONDS', 60, 1, 86_400),
    jobRetentionDays: integer(env, 'JOB_RETENTION_DAYS', 30, 1, 3650),
    webhookMaxAttempts: integer(env, 'WEBHOOK_MAX_ATTEMPTS', 8, 1, 100),
    webhookDisableAfter: integer(env, 'WEBHOOK_DISABLE_AFTER', 20, 1, 10_000),
    webhookTimeoutMs: integer(env, 'WEBHOOK_TIMEOUT_MS', 10_000, 100, 120_000),
    webhookRetryBaseMs: integer(env, 'WEBHOOK_RETRY_BASE_MS', 1000, 1, 3_600_000),
    ...smtp(env),
    emailMaxAttempts: integer(env, 'EMAIL_MAX_ATTEMPTS', 10, 1, 100),
    emailRetryBaseMs: integer(env, 'EMAIL_RETRY_BASE_MS', 60_000, 10, 3_600_000),
  };
}
