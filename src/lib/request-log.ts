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

/** Writes an error to the log, with the id of the request it is about when there is one. */
export type ErrorLog = (message: string, requestId?: string) => void;

/** Writes `message` to the log under the id of the request it is about. */
export function logUnderRequest(log: ErrorLog, requestId: string, message: string): void {
  log(`[request ${requestId}] ${message}`, requestId);
}

/** The line the log gets for each GraphQL request once it is answered. */
export interface RequestLogEntry {
  requestId: string;
  method: string;
  /** The operation's name; null for an anonymous one, or a request refused before its document was read. */
  operation: string | null;
  status: number;
  durationMs: number;
  /** SQL statements the request sent, its key's lookup included. */
  statements: number;
  /** The `extensions.code` of each error answered. */
  errorCodes: string[];
  /** The id of the API key that sent it (never the key); null when none was accepted. */
  apiKeyId: number | null;
}

export type RequestLog = (entry: RequestLogEntry) => void;
