import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * A graphql-ws client of a test server, as an application would use it (`createClient` over `ws`),
 * with what a test needs to look at: each subscription's results in order, and how the socket closed.
 */
export interface TestSubscriber {
  client: Client;
  /** Subscribes; the results arrive in the returned subscription's `next`. */
  subscribe<Data = any>(query: string, variables?: Record<string, unknown>): TestSubscription<Data>;
  /** The close event's code and reason, once the socket has closed. */
  closed: Promise<{ code: number; reason: string }>;
  dispose(): Promise<void>;
}

export interface SubscriptionResult<Data> { data?: Data; errors?: Array<{ message: string; extensions?: { code?: string; field?: string[] } }> }

export interface TestSubscription<Data> {
  /** The next result, or 'none' when nothing comes within `ms`, or 'complete' when the server ended the subscription. */
  next(ms?: number): Promise<SubscriptionResult<Data> | 'none' | 'complete'>;
  /** An error message the server ended the subscription with, if it did. */
  error(): unknown;
  /** Stops the subscription (graphql-ws's `complete`). */
  unsubscribe(): void;
}

/** `connectionParams` as the client sends them in `connection_init`: `{ authorization: 'Bearer <key>' }` for a key. */
export function subscriber(httpUrl: string, connectionParams: Record<string, unknown> | null): TestSubscriber {
  let resolveClosed!: (event: { code: number; reason: string }) => void;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => { resolveClosed = resolve; });
  const client = createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: connectionParams ?? undefined,
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => {},
    on: { closed: (event) => resolveClosed({ code: (event as { code: number }).code, reason: String((event as { reason: unknown }).reason) }) },
  });
  return {
    client,
    closed,
    subscribe<Data>(query: string, variables?: Record<string, unknown>): TestSubscription<Data> {
      const results: Array<SubscriptionResult<Data> | 'complete'> = [];
      let wake: (() => void) | null = null;
      let failure: unknown;
      const push = (item: SubscriptionResult<Data> | 'complete') => { results.push(item); wake?.(); };
      const unsubscribe = client.subscribe<Data>({ query, variables }, {
        next: (result) => push(result as SubscriptionResult<Data>),
        error: (error) => { failure = error; push('complete'); },
        complete: () => push('complete'),
      });
      return {
        async next(ms = 3000) {
          const deadline = Date.now() + ms;
          while (results.length === 0 && Date.now() < deadline) {
            await new Promise<void>((resolve) => {
              wake = resolve;
              setTimeout(resolve, Math.max(deadline - Date.now(), 0));
            });
            wake = null;
          }
          return results.shift() ?? 'none';
        },
        error: () => failure,
        unsubscribe,
      };
    },
    dispose: async () => { await client.dispose(); },
  };
}

/** The server's `crm_graphql_subscriptions` gauge (from /metrics), by state. */
export async function subscriptionUsage(httpUrl: string): Promise<{ sockets: number; subscriptions: number; listening: number }> {
  const text = await (await fetch(new URL('/metrics', httpUrl))).text();
  const value = (state: string) => Number(new RegExp(`^crm_graphql_subscriptions\\{state="${state}"\\} (\\d+)`, 'm').exec(text)?.[1] ?? NaN);
  return { sockets: value('sockets'), subscriptions: value('subscriptions'), listening: value('listening') };
}

/** Waits until the server has `count` subscriptions open: a change committed after that is delivered. */
export async function untilSubscriptions(httpUrl: string, count: number, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const usage = await subscriptionUsage(httpUrl);
    if (usage.subscriptions === count && (count === 0 || usage.listening === 1)) return;
    if (Date.now() > deadline) throw new Error(`The server has ${usage.subscriptions} subscriptions open, not ${count}.`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
