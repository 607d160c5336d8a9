import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Answers for a database that could not be reached or dropped the connection (see
 * db/availability.ts): typed DATABASE_UNAVAILABLE and marked retryable, without internals.
 */
export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';

export const databaseUnavailableMessage = 'The database is unavailable: the request did not complete. Retry it in a moment.';

export const databaseUnavailableExtensions = (): Record<string, unknown> => ({ code: DATABASE_UNAVAILABLE, retryable: true });

/** Statements of a request waited for a connection longer than DATABASE_QUEUE_TIMEOUT_MS (db/admission.ts). */
export const DATABASE_BUSY = 'BUSY';

export const databaseBusyMessage = 'The database is busy: no connection was free in time for this request. Retry it in a moment.';

/** Seconds a client is told to wait (`Retry-After`) before it retries a request that failed whole. */
export const RETRY_AFTER_SECONDS = '1';

const TEMPORARY = new Set([DATABASE_UNAVAILABLE, DATABASE_BUSY]);

/**
 * A request whose every root field failed because the database was unavailable or busy failed
 * as a whole: it is answered 503 with Retry-After, so that clients, load balancers and retry
 * middleware see the temporary failure it is. A request that got some data stays 200.
 */
export const databaseUnavailableStatus: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        if (!errors?.length || !errors.every((error) => TEMPORARY.has(error.extensions?.code as string))) return;
        if (data && Object.values(data).some((value) => value !== null)) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', RETRY_AFTER_SECONDS);
      },
    };
  },
};
