import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, Kind, type GraphQLFormattedError } from 'graphql';
import { isClientGone, isDatabaseBusy, isDatabaseUnavailable } from '../db/availability.js';
import { isDataException, isNulRefusal, isStatementTimeout } from '../db/errors.js';
import {
  DATABASE_BUSY, databaseBusyMessage, databaseUnavailableExtensions, databaseUnavailableMessage,
} from './database-unavailable.js';
import { nulArgumentPath } from './nul-argument.js';

/** The codes of expected failures, which pass through as they are; tests check answers against them. */
export const KNOWN_CODES: ReadonlySet<string> = new Set([
  'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST', 'SUBSCRIPTION_OVERFLOW',
  'QUERY_TOO_COSTLY', 'BUDGET_EXHAUSTED',
]);

/**
 * Variable coercion errors name the field only inside their message
 * (`... at "input.emails[0].address"; ...`); this lifts it into `extensions.field` as a path.
 */
export function fieldFromCoercionMessage(message: string): string[] | null {
  const match = /^Variable "\$(\w+)" got invalid value .*? at "([^"]+)"/s.exec(message)
    ?? /^Variable "\$(\w+)" got invalid value/s.exec(message);
  if (!match) return null;
  const path = match[2] ?? match[1];
  return path.split(/[.[\]]+/).filter(Boolean);
}

/**
 * Every error leaves the server with a code from a fixed list. Anything unexpected becomes
 * INTERNAL_SERVER_ERROR with a generic message (the details go to the log, not to the client).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, log: (error: unknown) => void): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  if (code && KNOWN_CODES.has(code)) {
    if (code === 'BAD_USER_INPUT' && !formatted.extensions?.field) {
      const field = fieldFromCoercionMessage(formatted.message);
      if (field) return { ...formatted, extensions: { ...formatted.extensions, field } };
    }
    return formatted;
  }
  /** An answer at the failing field's place in the response, with its own message and extensions. */
  const answer = (message: string, extensions: Record<string, unknown>): GraphQLFormattedError => ({
    message, locations: formatted.locations, path: formatted.path, extensions,
  });
  if (isCodelessRefusal(error)) return answer(formatted.message, { code: 'BAD_REQUEST' });
  // Resolver errors and context failures (Apollo's "Context creation failed") carry what was thrown.
  const unwrapped = unwrapResolverError(error);
  const original = unwrapped instanceof GraphQLError && unwrapped.originalError ? unwrapped.originalError : unwrapped;
  if (isDatabaseUnavailable(original)) {
    // Logged like any failure (an operator must see outages), answered as the temporary one it is.
    log(original);
    return answer(databaseUnavailableMessage, databaseUnavailableExtensions());
  }
  if (isDatabaseBusy(original)) return answer(databaseBusyMessage, { code: DATABASE_BUSY, retryable: true });
  // Nobody reads this answer: its client closed the connection, and its statements were stopped.
  if (isClientGone(original)) return answer('The client closed the request.', { code: 'CLIENT_GONE' });
  if (isStatementTimeout(original)) {
    return answer(
      'The request needed more database time than one statement is allowed (STATEMENT_TIMEOUT_MS): ask for less at once (a smaller page, fewer aliases, a narrower filter).',
      { code: 'STATEMENT_TIMEOUT', retryable: false },
    );
  }
  if (isNulRefusal(original)) {
    // No validation can list every text that ends up in SQL; PostgreSQL refuses NUL in all of them.
    const node = error instanceof GraphQLError ? error.nodes?.[0] : undefined;
    const field = node?.kind === Kind.FIELD ? nulArgumentPath(node) : null;
    // Named by its last field name: ["input", "tags", "0"] is "tags".
    const name = field?.findLast((part) => !/^\d+$/.test(part));
    return answer(
      name ? `"${name}" may not contain the NUL character.` : 'Text in the request may not contain the NUL character.',
      { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) },
    );
  }
  if (isDataException(original)) {
    // The database refused a value no validation caught (say, a date it cannot store): the
    // client's value is at fault, so say so rather than report a server error.
    return answer('A value in the request is outside what the database can store.', { code: 'BAD_USER_INPUT' });
  }
  log(original);
  return answer('Internal server error. It has been logged; please retry or report it.', {
    code: 'INTERNAL_SERVER_ERROR', ...(formatted.extensions?.stacktrace ? { stacktrace: formatted.extensions.stacktrace } : {}),
  });
}

/**
 * Apollo refuses a few malformed requests with an error that sets a 4xx HTTP status but no code:
 * a persisted query whose `sha256Hash` is not the SHA-256 of its `query`, or whose `version` is
 * not 1. Like its other refusals of a malformed request (BAD_REQUEST), they are decided before the
 * document is parsed and are the client's to fix, not a server fault to log.
 */
function isCodelessRefusal(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.extensions.code !== undefined) return false;
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/**
 * What the log keeps of an unexpected error: its kind, message, SQLSTATE and stack, but not the
 * parameters of a failed query, which carry the personal data the request was about.
 */
export function describeForLog(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { message?: string; code?: string } | undefined;
  const query = (error as { query?: string }).query;
  const parts = [
    `${error.name}: ${query ? 'a database statement failed' : error.message}`,
    cause?.message && `cause: ${cause.message}${cause.code ? ` (SQLSTATE ${cause.code})` : ''}`,
    query && `statement: ${query}`,
    // Only the frames: a query error's message, and so the head of its stack, names its parameters.
    error.stack?.split('\n').filter((line) => line.startsWith('    at ')).slice(0, 5).join('\n'),
  ];
  return parts.filter(Boolean).join('\n');
}
