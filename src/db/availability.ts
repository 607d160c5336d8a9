import { ClientGoneError, DatabaseBusyError } from './admission.js';
import { causes, pgError } from './errors.js';

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

export function isDatabaseUnavailable(error: unknown): boolean {
  const state = pgError(error)?.code;
  if (state && unavailableState(state)) return true;
  return [...causes(error)].some((current) => {
    const code = (current as { code?: unknown }).code;
    // PGlite after close() has no code, only this message.
    return (typeof code === 'string' && DRIVER_CODES.has(code)) || (current instanceof Error && current.message === 'PGlite is closed');
  });
}

/** Whether a statement of the request waited for a connection longer than allowed (admission.ts). */
export const isDatabaseBusy = (error: unknown) => [...causes(error)].some((current) => current instanceof DatabaseBusyError);

/** Whether a statement was dropped or stopped because the request's client had gone (admission.ts). */
export const isClientGone = (error: unknown) => [...causes(error)].some((current) => current instanceof ClientGoneError);
