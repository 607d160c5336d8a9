import type { ImportMode, ImportPayload, ImportRow, ImportTypeSpec } from './types.js';

/**
 * Sends import calls over HTTP. A call that fails with a network error or a 5xx answer (the server
 * restarting, a proxy in front of it) is sent again with backoff: re-sending rows is safe, since
 * rows already written come back UNCHANGED, and the idempotency key makes a call the server did
 * finish answer with its stored result.
 */

export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; field?: string[] };
}

/** The server refused the call itself (not a row): a GraphQL error, a 4xx. Re-sending will not help. */
export class CallError extends Error {
  constructor(message: string, readonly status: number, readonly errors: GraphQLErrorShape[] = []) {
    super(message);
  }
}

/** 413: the call's body is larger than the server accepts. */
export class PayloadTooLarge extends Error {}

/** The call was not (completely) sent because the import is stopping. */
export class Aborted extends Error {}

export interface RetryNotice {
  attempt: number;
  /** Why the last attempt failed. */
  reason: string;
  /** Milliseconds until the next attempt. */
  delayMs: number;
}

export interface ClientOptions {
  url: string;
  key: string;
  /** How long one call may keep being retried, in seconds. */
  retrySeconds?: number;
}

export interface SendOptions {
  /** Stops retrying (a call already sent is still answered). */
  signal?: AbortSignal;
  onRetry?: (notice: RetryNotice) => void;
}

export interface ImportCall {
  rows: ImportRow[];
  mode: ImportMode;
  idempotencyKey?: string;
}

export interface ImportClient {
  send(spec: ImportTypeSpec, call: ImportCall, options?: SendOptions): Promise<ImportPayload>;
}

const sleep = (ms: number, signal?: AbortSignal) => new Promise<void>((resolve) => {
  const timer = setTimeout(done, ms);
  signal?.addEventListener('abort', done, { once: true });
  function done() {
    clearTimeout(timer);
    signal?.removeEventListener('abort', done);
    resolve();
  }
});

const describe = (error: unknown): string => {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
};

/** What an import call reads of its answer; its type, ImportPayloadFieldsFragment, is generated from it. */
const IMPORT_PAYLOAD_FIELDS = /* GraphQL */ `
  fragment ImportPayloadFields on ImportPayload {
    rows { index status errors { field code message } }
    created updated unchanged failed skipped replayed
  }
`;

export function importMutation(spec: ImportTypeSpec): string {
  return `mutation Import($input: ${spec.inputType}!) { ${spec.mutation}(input: $input) { ...ImportPayloadFields } } ${IMPORT_PAYLOAD_FIELDS}`;
}

/** One GraphQL request without retries, for the small calls around an import (groups, checks). */
export async function graphqlRequest<Data>(url: string, key: string, query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json() as { data?: Data; errors?: GraphQLErrorShape[] };
  if (body.errors?.length || !body.data) throw new CallError(body.errors?.[0]?.message ?? `HTTP ${response.status}`, response.status, body.errors);
  return body.data;
}

export function createClient(options: ClientOptions): ImportClient {
  const retryMs = (options.retrySeconds ?? 60) * 1000;

  /** One attempt: the payload, or a thrown error saying whether another attempt may help. */
  async function attempt(spec: ImportTypeSpec, call: ImportCall): Promise<ImportPayload | { retry: string }> {
    let response: Response;
    try {
      response = await fetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${options.key}` },
        body: JSON.stringify({ query: importMutation(spec), variables: { input: call } }),
      });
    } catch (error) {
      return { retry: `network error (${describe(error)})` };
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      return { retry: `connection lost while reading the answer (${describe(error)})` };
    }
    if (response.status >= 500 || response.status === 429) return { retry: `HTTP ${response.status}` };
    if (response.status === 413) throw new PayloadTooLarge(`The server refused a call of ${call.rows.length} rows as too large (413).`);
    let body: { data?: Record<string, ImportPayload | null> | null; errors?: GraphQLErrorShape[] };
    try {
      body = JSON.parse(text);
    } catch {
      throw new CallError(`HTTP ${response.status}, not a GraphQL answer: ${text.slice(0, 200)}`, response.status);
    }
    const payload = body.data?.[spec.mutation];
    // An earlier try of this very call is still running on the server: wait for its answer.
    if (body.errors?.some((error) => error.extensions?.code === 'CONFLICT' && /still running/.test(error.message))) {
      return { retry: 'the previous try of this call is still running' };
    }
    if (body.errors?.length || !payload) {
      const errors = body.errors ?? [];
      const first = errors[0];
      const code = first?.extensions?.code ? `${first.extensions.code}: ` : '';
      const message = response.status === 401
        ? 'The server refused the API key (401). Pass one with --key or CRM_API_KEY.'
        : `${code}${first?.message ?? `HTTP ${response.status} without data`}`;
      throw new CallError(message, response.status, errors);
    }
    return payload;
  }

  return {
    async send(spec, call, { signal, onRetry } = {}) {
      const started = Date.now();
      for (let tries = 1; ; tries++) {
        if (signal?.aborted) throw new Aborted('stopping');
        const result = await attempt(spec, call);
        if (!('retry' in result)) return result;
        const delayMs = Math.min(250 * 2 ** (tries - 1), 5000);
        if (Date.now() + delayMs - started > retryMs) {
          throw new CallError(`Gave up after ${tries} attempts in ${Math.round((Date.now() - started) / 1000)} s: ${result.retry}.`, 0);
        }
        onRetry?.({ attempt: tries, reason: result.retry, delayMs });
        await sleep(delayMs, signal);
      }
    },
  };
}
