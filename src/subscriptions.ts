import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { GraphQLError, getOperationAST, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { Context as SocketContext } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Context } from './context.js';
import { isDatabaseUnavailable } from './db/availability.js';
import type { Database, DatabaseHandle } from './db/client.js';
import { newRequestScope } from './db/request-scope.js';
import { describeForLog, formatError } from './lib/format-error.js';
import { aliasLimit, costLimit, depthLimit } from './lib/query-limits.js';
import { logUnderRequest, type ErrorLog } from './lib/request-log.js';
import { activeKeyIds, REVOCATION_CHECK_MS, type CachedAuthenticator } from './modules/auth/api-keys.service.js';
import type { KeyHolder, Viewer } from './modules/auth/viewer.js';
import { ChangeFeed } from './modules/events/change-feed.js';

/**
 * GraphQL subscriptions over WebSocket (the graphql-ws protocol) on the HTTP listener's `/graphql`:
 * a connection is opened with the API key in its `connection_init` payload, checked as a request's
 * Authorization header is, and lives until the client closes it, the key is revoked (told to every
 * process at once; each also checks every REVOCATION_CHECK_MS, in case the telling was lost), or
 * the server stops. Only subscriptions are served
 * here; queries and mutations go over HTTP.
 */

/** graphql-ws's close codes, and the WebSocket standard's for a server that cannot serve now. */
const CLOSE = { unauthorized: 4401, forbidden: 4403, tryAgainLater: 1013, goingAway: 1001 } as const;

/** How long `stop()` waits for clients to answer the close before their sockets are cut. */
const CLOSE_GRACE_MS = 1000;

export interface SubscriptionSettings {
  maxQueryDepth: number;
  maxAliases: number;
  maxQueryTokens: number;
  maxQueryCost: number;
}

export interface SubscriptionServer {
  /** Takes over an upgrade request to the subscriptions' path. */
  upgrade(request: http.IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Open sockets and subscriptions in this process, and whether it LISTENs for changes (for /metrics). */
  usage(): { sockets: number; subscriptions: number; listening: boolean };
  /** Closes every socket (1001, going away), then stops listening for changes. */
  stop(): Promise<void>;
}

/** What a connection found when it was opened: whose key, and the context each of its subscriptions starts from. */
interface Connection {
  viewer: Viewer;
  /** Aborted when the socket closes: statements its subscriptions still wait for are dropped. */
  closed: AbortController;
  requestId: string;
}

/** The key a connection sends: `{ authorization: 'Bearer <key>' }` (any case) or `{ apiKey: '<key>' }`, else the upgrade request's header. */
function authorizationOf(params: Record<string, unknown> | undefined, request: http.IncomingMessage): string | undefined {
  for (const [name, value] of Object.entries(params ?? {})) {
    if (name.toLowerCase() === 'authorization' && typeof value === 'string') return value;
  }
  if (typeof params?.apiKey === 'string') return `Bearer ${params.apiKey}`;
  return request.headers.authorization;
}

/** The HTTP endpoint's rule: a subscription sent over HTTP is refused as invalid, naming where it is served. */
export const noSubscriptionsOverHttp: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === 'subscription') {
      context.reportError(new GraphQLError('Subscriptions are served over WebSocket (the graphql-ws protocol) at this same URL, not over HTTP.', { nodes: [node] }));
    }
  },
});

/** A parse or validation failure as the HTTP endpoint reports it. */
const withCode = (error: GraphQLError, code: string) => new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } });

export function startSubscriptions(options: {
  schema: GraphQLSchema;
  database: Pick<DatabaseHandle, 'db' | 'forRequest' | 'listen'>;
  keys: CachedAuthenticator;
  /** Throws FORBIDDEN for a key the staff API does not take (a partner's). */
  admit(holder: KeyHolder): Viewer;
  /** A subscription's context, on its own database handle, with the change feed. */
  contextFor(db: Database, viewer: Viewer, requestId: string, changes: ChangeFeed): Context;
  settings: SubscriptionSettings;
  log: ErrorLog;
  isProduction: boolean;
}): SubscriptionServer {
  const { schema, database, keys, settings, log } = options;
  const feed = new ChangeFeed(database.listen);
  const connections = new Map<WebSocket, Connection>();
  const validationRules = [...specifiedRules, depthLimit(settings.maxQueryDepth), aliasLimit(settings.maxAliases), costLimit(settings.maxQueryCost)];
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1_048_576 });

  const format = (requestId: string, errors: readonly GraphQLError[]) => errors.map((error) =>
    formatError(error.toJSON(), error, (original) => logUnderRequest(log, requestId, `Unexpected error: ${describeForLog(original)}`)));

  type Extra = { socket: WebSocket; request: http.IncomingMessage };
  const connectionOf = (ctx: SocketContext<Record<string, unknown> | undefined, Extra>) => connections.get(ctx.extra.socket);

  const server = useServer<Record<string, unknown> | undefined, Extra>({
    schema,
    isProd: options.isProduction,
    async onConnect(ctx) {
      const { socket, request } = ctx.extra;
      const requestId = randomUUID();
      let viewer: Viewer;
      try {
        viewer = options.admit(await keys.authenticate(authorizationOf(ctx.connectionParams, request), database.forRequest(newRequestScope())));
      } catch (error) {
        const code = error instanceof GraphQLError ? error.extensions.code : undefined;
        if (code === 'UNAUTHENTICATED') socket.close(CLOSE.unauthorized, 'Unauthorized: the API key is missing, unknown or revoked.');
        else if (code === 'FORBIDDEN') socket.close(CLOSE.forbidden, 'Forbidden: a partner key opens only the partner portal.');
        else {
          logUnderRequest(log, requestId, `Unexpected error: ${describeForLog(error)}`);
          socket.close(CLOSE.tryAgainLater, isDatabaseUnavailable(error) ? 'The database is unavailable; try again later.' : 'Internal server error');
        }
        return false;
      }
      connections.set(socket, { viewer, closed: new AbortController(), requestId });
      return true;
    },
    async onSubscribe(ctx, _id, payload) {
      const connection = connectionOf(ctx);
      if (!connection) return [new GraphQLError('The connection is closing.', { extensions: { code: 'UNAUTHENTICATED' } })];
      let document: DocumentNode;
      try {
        document = parse(payload.query, { maxTokens: settings.maxQueryTokens });
      } catch (error) {
        return [withCode(error as GraphQLError, 'GRAPHQL_PARSE_FAILED')];
      }
      const invalid = validate(schema, document, validationRules);
      if (invalid.length > 0) return invalid.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED'));
      const operation = getOperationAST(document, payload.operationName);
      if (operation && operation.operation !== 'subscription') {
        return [new GraphQLError('Only subscriptions are served over WebSocket; send queries and mutations over HTTP.', { extensions: { code: 'BAD_REQUEST' } })];
      }
      // Each subscription reads on a database handle of its own, admitted under the key like a request.
      const scope = newRequestScope();
      scope.admission = { key: String(connection.viewer.apiKeyId), signal: connection.closed.signal };
      return {
        schema,
        document,
        operationName: payload.operationName,
        variableValues: payload.variables,
        contextValue: options.contextFor(database.forRequest(scope), connection.viewer, connection.requestId, feed),
      };
    },
    onNext(ctx, _id, _payload, _args, result) {
      if (!result.errors) return undefined;
      return { ...result, errors: format(connectionOf(ctx)?.requestId ?? 'none', result.errors) };
    },
    onError(ctx, _id, _payload, errors) {
      return format(connectionOf(ctx)?.requestId ?? 'none', errors);
    },
    onClose(ctx) {
      const connection = connectionOf(ctx);
      connection?.closed.abort();
      connections.delete(ctx.extra.socket);
    },
  }, wss);

  // A revoked key's connections are closed, whichever process revoked it: at once when the
  // revocation is told (see cachedAuthenticator), and, for one whose notification was lost or
  // that expired since the socket opened, by looking the keys of open connections up together,
  // once per period, while there are any.
  const closeRevoked = (apiKeyId: number) => {
    for (const [socket, connection] of connections) {
      if (connection.viewer.apiKeyId === apiKeyId) socket.close(CLOSE.forbidden, 'Forbidden: the API key was revoked.');
    }
  };
  const stopClosingRevoked = keys.onRevoked(closeRevoked);
  let checking = false;
  const revocationCheck = setInterval(() => {
    if (checking || connections.size === 0) return;
    checking = true;
    const open = [...connections];
    activeKeyIds(database.db, [...new Set(open.map(([, connection]) => connection.viewer.apiKeyId))])
      .then((active) => {
        for (const [socket, connection] of open) {
          if (!active.has(connection.viewer.apiKeyId)) socket.close(CLOSE.forbidden, 'Forbidden: the API key was revoked or has expired.');
        }
      })
      // The database away: checked again at the next tick.
      .catch(() => {})
      .finally(() => { checking = false; });
  }, REVOCATION_CHECK_MS);
  revocationCheck.unref();

  return {
    upgrade(request, socket, head) {
      wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
    },
    usage: () => ({ sockets: wss.clients.size, subscriptions: feed.size, listening: feed.isListening }),
    async stop() {
      clearInterval(revocationCheck);
      stopClosingRevoked();
      const clients = [...wss.clients];
      const allClosed = Promise.all(clients.map((client) => new Promise<void>((resolve) => {
        if (client.readyState === client.CLOSED) resolve();
        else client.once('close', () => resolve());
      })));
      // Closes each socket with 1001 and the WebSocket server; clients reconnect to another instance.
      const disposed = server.dispose();
      const grace = new Promise<void>((resolve) => setTimeout(resolve, CLOSE_GRACE_MS).unref());
      await Promise.race([allClosed, grace]);
      for (const client of clients) client.terminate();
      await Promise.resolve(disposed).catch(() => {});
      await feed.close();
    },
  };
}
