import { timingSafeEqual } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import http from 'node:http';
import type { Duplex } from 'node:stream';
import { ApolloServer, HeaderMap, type ApolloServerPlugin, type HTTPGraphQLRequest } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLError, printSchema, type GraphQLSchema } from 'graphql';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { resolvers as portalResolvers } from '../schema/portal/resolvers.generated.js';
import { typeDefs as portalTypeDefs } from '../schema/portal/typeDefs.generated.js';
import { resolvers } from '../schema/resolvers.generated.js';
import { typeDefs } from '../schema/typeDefs.generated.js';
import { startBackgroundWork, type BackgroundConfig } from './background.js';
import type { Config } from './config.js';
import { createContext, type Context, type ImportSettings } from './context.js';
import { isDatabaseUnavailable } from './db/availability.js';
import type { Database, DatabaseHandle } from './db/client.js';
import { databaseReadiness } from './db/readiness.js';
import { newRequestScope, type RequestScope } from './db/request-scope.js';
import { corsPolicy } from './lib/cors.js';
import {
  databaseUnavailableExtensions, databaseUnavailableMessage, databaseUnavailableStatus, RETRY_AFTER_SECONDS,
} from './lib/database-unavailable.js';
import { describeForLog, formatError } from './lib/format-error.js';
import { legacyJsonStatus } from './lib/graphql-http-status.js';
import { logUnderRequest, requestIdFrom, type ErrorLog, type RequestLog } from './lib/request-log.js';
import { jitGateway } from './lib/jit-executor.js';
import { aliasLimit, costLimit, depthLimit, isImportMutation } from './lib/query-limits.js';
import { CostBudgets } from './lib/cost-budget.js';
import { queryCostPlugin, type QueryCostSettings } from './lib/query-cost-plugin.js';
import { cachedAuthenticator } from './modules/auth/api-keys.service.js';
import { partnerViewer, staffViewer, type KeyHolder } from './modules/auth/viewer.js';
import type { JobRunner } from './modules/jobs/job-runner.js';
import { createPortalContext, type PortalContext } from './modules/portal/portal.context.js';
import { asPartner } from './modules/portal/row-security.js';
import { ApiMetrics } from './lib/metrics.js';
import { ASSET_PATH, sendExplorer, sendExplorerAsset, wantsExplorer } from './lib/explorer.js';
import { attachmentRoutes, isMultipartRequest, readMultipartOperation } from './modules/attachments/attachments.http.js';
import type { MultipartRequest } from './modules/attachments/multipart.js';
import { attachmentSettings } from './modules/attachments/settings.js';
import { vcardRoutes } from './modules/vcards/vcards.http.js';
import { dealSettings } from './modules/deals/settings.js';
import { noSubscriptionsOverHttp, startSubscriptions } from './subscriptions.js';
import { emailSettings } from './modules/email/settings.js';
import { sendJson } from './lib/http-json.js';

export type ServerConfig = Pick<
  Config, 'nodeEnv' | 'introspection' | 'portalIntrospection' | 'defaultTimeZone' | 'maxQueryDepth' | 'maxAliases' | 'maxQueryTokens' | 'maxQueryCost' | 'queryCostMax' | 'queryCostBudgetPerMinute' | 'maxBodyBytes' | 'shutdownTimeoutMs' | 'shutdownDelayMs' | 'exposeStatementCount' | 'importChunkRows' | 'importStatementTimeoutMs' | 'apiKeyCacheMs' | 'compileQueries' | 'corsOrigins' | 'metricsToken' | 'explorer'
  | 'maxUploadBytes' | 'uploadUrlSecret' | 'uploadUrlTtlSeconds' | 'followUpDays'
> & BackgroundConfig;

export interface RunningServer {
  url: string;
  port: number;
  /** Stops taking requests, lets in-flight ones finish (up to the shutdown timeout), then closes. */
  stop(): Promise<void>;
  /** This process's worker on the job queue; null with JOB_WORKER off. */
  jobs: JobRunner | null;
}

const GRAPHQL_PATH = '/graphql';
const PORTAL_PATH = '/portal/graphql';

const HEALTH_TIMEOUT_MS = 2000;

/** `/health` is the readiness check's first name, kept for the probes configured with it. */
const READINESS_PATHS = new Set(['/readyz', '/health']);

class BodyTooLarge extends Error {}

/** The largest body accepted before the caller is known: enough for any query, not for an import. */
const ANONYMOUS_BODY_BYTES = 64 * 1024;

/** The largest body of any operation but an import mutation, whose rows need up to MAX_BODY_BYTES. */
const OPERATION_BODY_BYTES = 1_048_576;

function readBody(request: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    if (Number(request.headers['content-length'] ?? 0) > limit) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      // Stop keeping the body but let the 413 go out before the connection closes.
      request.off('data', onData);
      reject(new BodyTooLarge());
    };
    request.on('data', onData);
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** Compares a secret in time that does not depend on where the two first differ. */
function sameSecret(given: string | undefined, expected: string): boolean {
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const errorBody = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

/**
 * An answer's JSON as the bytes sent, ended by a line break as Apollo's own serialiser ends it.
 * Encoded once into one buffer: appending the line break to the string, and Node prefixing the
 * headers to a string body, would each copy a large answer (80 KB for a page of cards) again.
 */
function withLineBreak(json: string): Buffer {
  const length = Buffer.byteLength(json);
  const body = Buffer.allocUnsafe(length + 1);
  body.write(json, 0, length, 'utf8');
  body[length] = 0x0a;
  return body;
}

/**
 * Logs `error` under `requestId` when it is a failure of ours or of the database, as
 * `formatError` decides (it answers clients; this is the log's half of the same decision).
 */
function logIfUnexpected(log: ErrorLog, requestId: string, error: unknown): void {
  const formatted = error instanceof GraphQLError ? error.toJSON() : { message: String(error) };
  formatError(formatted, error, (original) => logUnderRequest(log, requestId, `Unexpected error: ${describeForLog(original)}`));
}

/**
 * The name of the operation each request ran, for its metrics (anonymous ones have none), by the
 * request's own database: Apollo runs an operation on a shallow copy of the context it was given.
 */
const operationNames = new WeakMap<Database, string | null>();

/** What both endpoints' contexts carry and the server's plugins read. */
interface RequestContext { db: Database; requestId: string | null }

const recordOperationName: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation }) {
        operationNames.set(contextValue.db, operation?.name?.value ?? null);
      },
    };
  },
};

/** The `extensions.code` of each error in an answer's JSON; answers without errors are not parsed. */
function errorCodesOf(json: string | undefined): string[] {
  if (json === undefined || !json.includes('"errors":')) return [];
  const errors = (JSON.parse(json) as { errors?: { extensions?: { code?: unknown } }[] }).errors ?? [];
  return errors.map((error) => (typeof error.extensions?.code === 'string' ? error.extensions.code : 'UNKNOWN'));
}

/** Each request's unexpected errors go to the log under its id, which its context carries. */
const logErrors = (log: ErrorLog): ApolloServerPlugin<RequestContext> => ({
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors }) {
        for (const error of errors) logIfUnexpected(log, contextValue.requestId ?? 'none', error);
      },
    };
  },
});

function createApollo<Ctx extends RequestContext>(
  schema: GraphQLSchema, config: ServerConfig, log: ErrorLog, introspection: boolean,
  cost: QueryCostSettings & { keyOf(context: Ctx): number },
): ApolloServer<Ctx> {
  return new ApolloServer<Ctx>({
    ...(config.compileQueries ? { gateway: jitGateway<Ctx>(schema) } : { schema }),
    introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // main.ts owns SIGTERM: it drains HTTP first, then stops Apollo. Apollo's own handler would
    // race it and leave the process hanging in `stop()`.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: config.nodeEnv === 'development',
    // A huge document is refused while it is read, before a syntax tree of it is built.
    parseOptions: { maxTokens: config.maxQueryTokens },
    validationRules: [depthLimit(config.maxQueryDepth), aliasLimit(config.maxAliases), costLimit(config.maxQueryCost), noSubscriptionsOverHttp],
    // The line break Apollo appends is written with the bytes (see `withLineBreak`).
    stringifyResult: (result) => JSON.stringify(result),
    // What a client is told; what the log is told is decided alike in `logErrors`.
    formatError: (formatted, error) => formatError(formatted, error, () => {}),
    plugins: [
      // No cache hints are used; the default cache-control plugin would still visit every field.
      ApolloServerPluginCacheControlDisabled(),
      databaseUnavailableStatus,
      logErrors(log),
      recordOperationName,
      queryCostPlugin<Ctx>(cost),
      // Browsers get this server's own explorer (lib/explorer.ts), not Apollo's, which needs a CDN.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
}

/**
 * One GraphQL API on the listener: the staff API at `/graphql`, the partner portal at
 * `/portal/graphql`. Each has its own schema and takes its own kind of key; the request path,
 * limits and metrics are shared.
 */
interface Endpoint {
  /** The schema as SDL for `GET <path>/schema.graphql`, printed on first request. */
  sdl(): Buffer;
  /** Throws FORBIDDEN for a key this endpoint does not take. */
  admit(holder: KeyHolder): void;
  /** The context of a request by `holder` (admitted) on `db`. */
  contextFor(db: Database, holder: KeyHolder, requestId: string): RequestContext;
  /** Runs a request by `holder` on the database `run` is given (the portal's: a transaction as the partner). */
  within<T>(db: Database, holder: KeyHolder, run: (db: Database) => Promise<T>): Promise<T>;
  execute(request: HTTPGraphQLRequest, context: () => Promise<RequestContext>): ReturnType<ApolloServer<RequestContext>['executeHTTPGraphQLRequest']>;
  stop(): Promise<void>;
}

async function startEndpoint<Ctx extends RequestContext>(
  schema: GraphQLSchema, apollo: ApolloServer<Ctx>,
  how: Pick<Endpoint, 'admit' | 'within'> & { contextFor(db: Database, holder: KeyHolder, requestId: string): Ctx },
): Promise<Endpoint> {
  await apollo.start();
  let sdl: Buffer | undefined;
  return {
    ...how,
    sdl: () => (sdl ??= Buffer.from(`${printSchema(schema)}\n`)),
    execute: (httpGraphQLRequest, context) => apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: context as () => Promise<Ctx> }),
    stop: () => apollo.stop(),
  };
}

/**
 * Serves the API over HTTP on `port` (0 picks a free one). Unexpected errors are written to `log`
 * (standard error by default), each under its request's id; each GraphQL request, once answered,
 * to `requestLog` when given.
 */
export async function startServer(
  database: Pick<DatabaseHandle, 'db' | 'forRequest' | 'listen'> & Partial<Pick<DatabaseHandle, 'poolUsage'>>,
  config: ServerConfig & { host: string; port: number }, log: ErrorLog = console.error, requestLog?: RequestLog,
): Promise<RunningServer> {
  const { db } = database;
  const metrics = new ApiMetrics(database.poolUsage ?? null);
  const schema = makeExecutableSchema<Context>({ typeDefs, resolvers });
  const portalSchema = makeExecutableSchema({ typeDefs: portalTypeDefs, resolvers: portalResolvers });

  const inFlight = new Set<Promise<void>>();
  /** Set by stop(): `/readyz` answers 503 from then on, through the shutdown delay and the drain. */
  let stopping = false;
  /** Set by stop() after the delay: every response then closes its connection, so no keep-alive socket outlives the drain. */
  let draining = false;
  /** Each response not yet sent in full, with a promise of its end (sent, or its connection lost). */
  const unanswered = new Map<http.ServerResponse, Promise<void>>();
  const cors = corsPolicy(config.corsOrigins);
  // It LISTENs for revocations from the start, so a key revoked by any process is refused here at once.
  const keys = cachedAuthenticator(db, config.apiKeyCacheMs, { listen: database.listen });
  // Not for long: with the database away, the periodic check covers until the LISTEN is made.
  await Promise.race([keys.ready, new Promise((resolve) => setTimeout(resolve, HEALTH_TIMEOUT_MS).unref())]);
  const imports: ImportSettings = {
    chunkRows: config.importChunkRows,
    statementTimeoutMs: config.importStatementTimeoutMs,
    onImported: (operation, counts) => metrics.countImportRows(operation, counts),
  };
  const attachments = attachmentSettings(config);
  const deals = dealSettings(config);
  const email = emailSettings(config);
  const attachmentRequests = attachmentRoutes({ database, authenticate: keys.authenticate, settings: attachments, timeZone: config.defaultTimeZone });
  const vcardRequests = vcardRoutes({ database, authenticate: keys.authenticate, timeZone: config.defaultTimeZone });
  // One budget per key across both endpoints (a key opens one of them only).
  const costs: QueryCostSettings = {
    maximum: config.queryCostMax,
    budgets: config.queryCostBudgetPerMinute > 0 ? new CostBudgets(config.queryCostBudgetPerMinute) : null,
  };
  const staff = await startEndpoint(schema, createApollo<Context>(schema, config, log, config.introspection, {
    ...costs, keyOf: (context) => context.viewer.apiKeyId,
  }), {
    admit: staffViewer,
    contextFor: (requestDb, holder, requestId) => createContext(requestDb, staffViewer(holder), {
      imports, requestId, attachments, deals, email, defaultTimeZone: config.defaultTimeZone,
    }),
    within: (requestDb, _holder, run) => run(requestDb),
  });
  // The staff API's subscriptions, over WebSocket on the same path (see subscriptions.ts).
  const subscriptions = startSubscriptions({
    schema, database, keys, admit: staffViewer, settings: config, log, isProduction: config.nodeEnv === 'production',
    contextFor: (requestDb, viewer, requestId, changes) => createContext(requestDb, viewer, {
      imports, requestId, attachments, deals, defaultTimeZone: config.defaultTimeZone, changes,
    }),
  });
  metrics.watchSubscriptions(subscriptions.usage);
  const portal = await startEndpoint(portalSchema, createApollo<PortalContext>(portalSchema, config, log, config.portalIntrospection, {
    ...costs, keyOf: (context) => context.partner.apiKeyId,
  }), {
    admit: partnerViewer,
    contextFor: (requestDb, holder, requestId) => createPortalContext(requestDb, partnerViewer(holder), requestId, attachments, config.defaultTimeZone),
    // Every portal statement runs under row-level security as the partner (the second wall).
    within: (requestDb, holder, run) => asPartner(requestDb, partnerViewer(holder).counterpartyId, run, holder.apiKeyId),
  });

  /** Answers 503 (retryable) to a request whose API key could not be checked: the database is gone. */
  function refuseKeyUnchecked(response: http.ServerResponse, requestId: string, error: unknown): void {
    logUnderRequest(log, requestId, `Unexpected error: ${describeForLog(error)}`);
    response.setHeader('retry-after', RETRY_AFTER_SECONDS);
    sendJson(response, 503, { errors: [{ message: databaseUnavailableMessage, extensions: databaseUnavailableExtensions() }] });
  }

  /**
   * Runs one GraphQL request on a database of its own (`scope`), which counts its statements,
   * authentication included, and admits them under its key once the key is known.
   */
  async function answerGraphQL(endpoint: Endpoint, request: http.IncomingMessage, response: http.ServerResponse, url: URL, requestId: string): Promise<void> {
    const startedAt = performance.now();
    const scope: RequestScope = newRequestScope();
    const requestDb = database.forRequest(scope);
    /** Counts the request once its answer is written, however it ended. */
    const observe = (status: number, json: string | undefined) => {
      const errorCodes = errorCodesOf(json);
      const operation = operationNames.get(contextDb) ?? null;
      const durationMs = performance.now() - startedAt;
      metrics.observeRequest({
        operation,
        outcome: errorCodes.length > 0 || status >= 400 ? 'error' : 'ok',
        seconds: durationMs / 1000,
        statements: scope.statements,
        errorCodes,
      });
      requestLog?.({
        requestId, method: request.method ?? 'GET', operation, status, durationMs: Math.round(durationMs * 10) / 10,
        statements: scope.statements, errorCodes, apiKeyId,
      });
    };
    let apiKeyId: number | null = null;
    /** The database the operation ran on: the request's, or the portal's transaction on it. */
    let contextDb: Database = requestDb;
    let observed = false;
    // An answer written before Apollo ran (a refused body, the database gone) is counted too.
    response.once('finish', () => { if (!observed) observe(response.statusCode, undefined); });
    // The key is checked before the body is read: only a known caller may send a large body.
    const auth = await keys.authenticate(request.headers.authorization, requestDb).then((viewer) => ({ viewer }), (error: unknown) => ({ error }));
    if ('viewer' in auth) apiKeyId = auth.viewer.apiKeyId;
    if ('error' in auth && isDatabaseUnavailable(auth.error)) {
      // The key could not be checked: whatever the request is, it cannot run now.
      response.setHeader('connection', 'close');
      refuseKeyUnchecked(response, requestId, auth.error);
      return;
    }
    if ('viewer' in auth) {
      // A partner key on the staff API, or a staff key on the portal: refused before its body is read.
      try {
        endpoint.admit(auth.viewer);
      } catch (error) {
        response.setHeader('connection', 'close');
        sendJson(response, 403, errorBody((error as Error).message, 'FORBIDDEN'));
        return;
      }
    }
    const bodyLimit = 'viewer' in auth ? config.maxBodyBytes : Math.min(ANONYMOUS_BODY_BYTES, config.maxBodyBytes);
    let body: unknown;
    /** A multipart request's files (GraphQL multipart request spec), read while the operation runs. */
    let multipart: MultipartRequest | null = null;
    if (request.method === 'POST' && isMultipartRequest(request)) {
      const read = await readMultipartOperation(request, response, 'viewer' in auth, config.maxUploadBytes);
      if (!read) return;
      ({ body, multipart } = read);
    } else if (request.method === 'POST') {
      let text: string;
      try {
        text = await readBody(request, bodyLimit);
      } catch (error) {
        if (error instanceof BodyTooLarge) {
          response.setHeader('connection', 'close');
          response.once('finish', () => request.destroy());
          sendJson(response, 413, errorBody(`The request body is larger than ${bodyLimit} bytes.`, 'BAD_REQUEST'));
          return;
        }
        throw error;
      }
      const type = request.headers['content-type'] ?? '';
      if (type.startsWith('application/json') || type.startsWith('application/graphql-response+json')) {
        try {
          body = text.length > 0 ? JSON.parse(text) : undefined;
        } catch {
          sendJson(response, 400, errorBody('The request body is not valid JSON.', 'BAD_REQUEST'));
          return;
        }
      } else {
        body = text;
      }
      if (Buffer.byteLength(text) > OPERATION_BODY_BYTES && !isImportMutation(body, config.maxQueryTokens)) {
        sendJson(response, 413, errorBody(`Only import mutations may send a body larger than ${OPERATION_BODY_BYTES} bytes.`, 'BAD_REQUEST'));
        return;
      }
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const execute = (db: Database) => endpoint.execute(
      { method: request.method ?? 'GET', headers, search: url.search, body },
      async () => {
        if ('viewer' in auth) {
          contextDb = db;
          return endpoint.contextFor(db, auth.viewer, requestId);
        }
        logIfUnexpected(log, requestId, auth.error);
        // Apollo answers context failures with 500 unless the error names its HTTP status.
        if (auth.error instanceof GraphQLError && auth.error.extensions.code === 'UNAUTHENTICATED') {
          auth.error.extensions.http = { status: 401 };
        }
        throw auth.error;
      },
    );
    let result: Awaited<ReturnType<typeof execute>>;
    if ('viewer' in auth) {
      // The request's statements are admitted under its key, and stopped if its client goes away.
      const clientGone = new AbortController();
      // Each waiting or running statement listens: an operation of 29 aliases has 29 listeners.
      setMaxListeners(0, clientGone.signal);
      const onClose = () => { if (!response.writableFinished) clientGone.abort(); };
      response.once('close', onClose);
      scope.admission = { key: String(auth.viewer.apiKeyId), signal: clientGone.signal };
      // A staff key's writes are logged as its own; a partner's transaction says so itself (asPartner).
      if (auth.viewer.role !== 'PARTNER') scope.actor = { apiKeyId: auth.viewer.apiKeyId, employeeId: auth.viewer.employeeId };
      result = await endpoint.within(requestDb, auth.viewer, execute);
    } else {
      result = await execute(requestDb);
    }
    multipart?.finish(response);
    const outHeaders: Record<string, string> = {};
    for (const [name, value] of result.headers) outHeaders[name] = value;
    if (config.exposeStatementCount) outHeaders['x-sql-statements'] = String(scope.statements);
    // GraphQL-over-HTTP: with application/json, a parse/validation/coercion failure is 200, not 400.
    const completeBody = result.body.kind === 'complete' ? result.body.string : undefined;
    const status = legacyJsonStatus(result.status ?? 200, result.headers.get('content-type'), completeBody);
    observed = true;
    observe(status, completeBody);
    if (result.body.kind === 'complete') {
      const body = withLineBreak(result.body.string);
      outHeaders['content-length'] = String(body.length);
      response.writeHead(status, outHeaders);
      response.end(body);
      return;
    }
    response.writeHead(status, outHeaders);
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }

  /**
   * The schema as SDL, for client code generators and IDE plugins: to any API key, whether or
   * not introspection is on (it describes what a key may ask, not any data).
   */
  async function answerSchema(endpoint: Endpoint, request: http.IncomingMessage, response: http.ServerResponse, requestId: string): Promise<void> {
    try {
      endpoint.admit(await keys.authenticate(request.headers.authorization, database.forRequest(newRequestScope())));
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        refuseKeyUnchecked(response, requestId, error);
      } else if (error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED') {
        sendJson(response, 401, errorBody(error.message, 'UNAUTHENTICATED'));
      } else if (error instanceof GraphQLError && error.extensions.code === 'FORBIDDEN') {
        sendJson(response, 403, errorBody(error.message, 'FORBIDDEN'));
      } else {
        throw error;
      }
      return;
    }
    const sdl = endpoint.sdl();
    response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-length': sdl.length });
    response.end(sdl);
  }

  /** Prometheus' scrape: with METRICS_TOKEN set, only with that bearer token (not an API key). */
  async function answerMetrics(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    if (config.metricsToken !== undefined && !sameSecret(request.headers.authorization, `Bearer ${config.metricsToken}`)) {
      response.setHeader('www-authenticate', 'Bearer');
      sendJson(response, 401, errorBody('/metrics needs the bearer token set in METRICS_TOKEN.', 'UNAUTHENTICATED'));
      return;
    }
    const { contentType, text } = await metrics.exposition();
    response.writeHead(200, { 'content-type': contentType, 'content-length': Buffer.byteLength(text) });
    response.end(text);
  }

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const requestId = requestIdFrom(request.headers['x-request-id']);
    response.setHeader('x-request-id', requestId);
    if (draining) response.setHeader('connection', 'close');
    const answered = new Promise<void>((resolve) => response.once('close', resolve));
    unanswered.set(response, answered);
    void answered.then(() => {
      unanswered.delete(response);
      // A keep-alive socket whose answer went out before the drain would stay open for a next
      // request, which the final close would reset: it is closed as soon as it is idle.
      if (draining) server.closeIdleConnections();
    });
    const origin = request.headers.origin;
    const corsHeaders = origin ? cors.headersFor(origin) : null;
    for (const [name, value] of Object.entries(corsHeaders ?? {})) response.setHeader(name, value);
    let work: Promise<void>;
    if (request.method === 'OPTIONS' && origin && request.headers['access-control-request-method']) {
      // A browser's preflight: answered here, before Apollo, whose CSRF guard would refuse it.
      if (corsHeaders) {
        response.writeHead(204, cors.preflightHeaders(origin, request.headers['access-control-request-headers']));
        response.end();
      } else {
        sendJson(response, 403, errorBody(`The origin ${origin} may not call this API from a browser (CORS_ORIGINS).`, 'FORBIDDEN'));
      }
      work = Promise.resolve();
    } else if (url.pathname === GRAPHQL_PATH && config.explorer && wantsExplorer(request)) {
      work = Promise.resolve(sendExplorer(response, GRAPHQL_PATH));
    } else if (url.pathname === GRAPHQL_PATH) {
      work = answerGraphQL(staff, request, response, url, requestId);
    } else if (url.pathname === PORTAL_PATH) {
      work = answerGraphQL(portal, request, response, url, requestId);
    } else if (url.pathname.startsWith(ASSET_PATH) && config.explorer && request.method === 'GET' && sendExplorerAsset(response, url.pathname)) {
      work = Promise.resolve();
    } else if (attachmentRequests.handles(request, url)) {
      work = attachmentRequests.answer(request, response, url);
    } else if (vcardRequests.handles(request, url)) {
      work = vcardRequests.answer(request, response, url);
    } else if (url.pathname === '/schema.graphql' && request.method === 'GET') {
      work = answerSchema(staff, request, response, requestId);
    } else if (url.pathname === '/portal/schema.graphql' && request.method === 'GET') {
      work = answerSchema(portal, request, response, requestId);
    } else if (url.pathname === '/metrics' && request.method === 'GET') {
      work = answerMetrics(request, response);
    } else if (url.pathname === '/healthz' && request.method === 'GET') {
      // Alive: the process answers. Whether it can serve is /readyz's question.
      work = Promise.resolve(sendJson(response, 200, { status: 'ok' }));
    } else if (READINESS_PATHS.has(url.pathname) && request.method === 'GET') {
      // Ready means able to serve: draining, or a database gone or not migrated, is 503.
      work = stopping
        ? Promise.resolve(sendJson(response, 503, { status: 'unavailable', reason: 'the server is shutting down' }))
        : databaseReadiness(db, HEALTH_TIMEOUT_MS).then((readiness) => sendJson(response, readiness.ready ? 200 : 503,
          readiness.ready ? { status: 'ok' } : { status: 'unavailable', reason: readiness.reason }));
    } else {
      work = Promise.resolve(sendJson(response, 404, errorBody(`Nothing here; the API is at ${GRAPHQL_PATH}.`, 'NOT_FOUND')));
    }
    const tracked = work.catch((error) => {
      log(`[request ${requestId}] Request failed: ${describeForLog(error)}`);
      if (!response.headersSent) sendJson(response, 500, errorBody('Internal server error.', 'INTERNAL_SERVER_ERROR'));
      else response.destroy();
    }).finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  });
  server.on('upgrade', (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === GRAPHQL_PATH && !stopping) {
      subscriptions.upgrade(request, socket, head);
      return;
    }
    const [status, reason] = stopping ? [503, 'Service Unavailable'] : [404, 'Not Found'];
    socket.end(`HTTP/1.1 ${status} ${reason}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as { port: number }).port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const jobs = startBackgroundWork(db, config, (message) => log(message));

  return {
    url: `http://${shownHost}:${port}${GRAPHQL_PATH}`,
    port,
    jobs,
    async stop() {
      stopping = true;
      // Still serving, but no longer ready: a load balancer polling /readyz takes this process
      // out of rotation before it stops accepting connections.
      if (config.shutdownDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, config.shutdownDelayMs));
      draining = true;
      // Subscribers are told to go (1001) at once: their clients reconnect to another instance.
      const subscriptionsStopped = subscriptions.stop();
      for (const response of unanswered.keys()) if (!response.headersSent) response.setHeader('connection', 'close');
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      let timedOut = false;
      const timeout = new Promise<void>((resolve) => setTimeout(() => { timedOut = true; resolve(); }, config.shutdownTimeoutMs).unref());
      // Requests that arrived on open connections after the drain began are waited for as well,
      // until their answers are sent in full: a request accepted and then reset leaves its client
      // unsure whether it ran.
      while ((inFlight.size > 0 || unanswered.size > 0) && !timedOut) {
        await Promise.race([Promise.allSettled([...inFlight, ...unanswered.values()]), timeout]);
      }
      server.closeAllConnections();
      // Waits for the last-used times being written, before the caller closes the database.
      const keysStopped = keys.stop();
      await subscriptionsStopped;
      await keysStopped;
      await closed;
      await Promise.all([staff.stop(), portal.stop(), jobs?.stop()]);
    },
  };
}
