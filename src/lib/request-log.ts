import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/**
 * Every request has an id: the caller's `x-request-id` when it sends a sane one (so a front end
 * or a proxy can follow its request into our log), else a fresh UUID. It is sent back in the
 * response's `x-request-id` and starts every log line written on the request's behalf, wherever
 * in the request's work that line is written.
 */
const currentRequest = new AsyncLocalStorage<string>();

const SANE_REQUEST_ID = /^[\w.:-]{1,100}$/;

export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && SANE_REQUEST_ID.test(header) ? header : randomUUID();
}

export function withRequestId<T>(requestId: string, work: () => T): T {
  return currentRequest.run(requestId, work);
}

/** Writes an error to the log, under the id of the request it happened in. */
export type ErrorLog = (message: string) => void;

export function logUnderRequest(log: ErrorLog, message: string): void {
  const requestId = currentRequest.getStore();
  log(requestId ? `[request ${requestId}] ${message}` : message);
}
