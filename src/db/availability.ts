import { ClientGoneError, DatabaseBusyError } from './admission';

/**
 * Whether a failure means the database could not be reached or dropped the connection, rather
 * than refusing the statement: the request did not run (or its outcome is unknown), and the same
 * request may succeed in a moment. Such failures are answered DATABASE_UNAVAILABLE, retryable.
 */

/** postgres.js's own codes for a connection that is gone, and Node's for a socket that never was. */
const DRIVER_CODES = new Set([
  'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT',
  'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN',
]);

/**
 * SQLSTATEs of a server that is going away or not ready: class 08 (connection exception),
 * 57P01–57P03 (admin shutdown, crash shutdown, cannot connect now), 53300 (too many connections).
 */
const unavailableState = (code: string) => code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03' || code === '53300';

/** The error and what it wraps: Drizzle wraps the driver's error as `cause`, a GraphQL error as `originalError`. */
function* causes(error: unknown): Generator<object> {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth += 1) {
    yield current;
    const next = current as { cause?: unknown; originalError?: unknown };
    current = next.cause ?? next.originalError;
  }
}

export function isDatabaseUnavailable(error: unknown): boolean {
  for (const current of causes(error)) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (DRIVER_CODES.has(code) || (/^[0-9A-Z]{5}$/.test(code) && unavailableState(code)))) return true;
    // PGlite after close() has no code, only this message.
    if (current instanceof Error && current.message === 'PGlite is closed') return true;
  }
  return false;
}

/** Whether a statement of the request waited for a connection longer than allowed (admission.ts). */
export const isDatabaseBusy = (error: unknown) => [...causes(error)].some((current) => current instanceof DatabaseBusyError);

/** Whether a statement was dropped or stopped because the request's client had gone (admission.ts). */
export const isClientGone = (error: unknown) => [...causes(error)].some((current) => current instanceof ClientGoneError);
