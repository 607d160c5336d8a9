import { randomUUID } from 'node:crypto';

/**
 * Every request has an id: the caller's `x-request-id` when it sends a sane one (so a front end
 * or a proxy can follow its request into our log), else a fresh UUID. It is sent back in the
 * response's `x-request-id` and starts every log line written on the request's behalf (the
 * request's context carries it to resolvers and plugins).
 */

const SANE_REQUEST_ID = /^[\w.:-]{1,100}$/;

export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && SANE_REQUEST_ID.test(header) ? header : randomUUID();
}

/** Writes an error to the log. */
export type ErrorLog = (message: string) => void;

/** Writes `message` to the log under the id of the request it is about. */
export function logUnderRequest(log: ErrorLog, requestId: string, message: string): void {
  log(`[request ${requestId}] ${message}`);
}
