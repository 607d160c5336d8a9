import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isDataException } from '../db/errors';

const KNOWN_CODES = new Set([
  'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST',
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
  // Resolver errors and context failures (Apollo's "Context creation failed") carry what was thrown.
  const unwrapped = unwrapResolverError(error);
  const original = unwrapped instanceof GraphQLError && unwrapped.originalError ? unwrapped.originalError : unwrapped;
  if (isDataException(original)) {
    // The database refused a value no validation caught (say, a date it cannot store): the
    // client's value is at fault, so say so rather than report a server error.
    return { message: 'A value in the request is outside what the database can store.', locations: formatted.locations, path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
  }
  log(original);
  return {
    message: 'Internal server error. It has been logged; please retry or report it.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', ...(formatted.extensions?.stacktrace ? { stacktrace: formatted.extensions.stacktrace } : {}) },
  };
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
