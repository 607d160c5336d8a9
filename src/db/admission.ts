import type { Sql } from 'postgres';
import { showToTaps, type RequestScope } from './request-scope.js';

/**
 * Admission of statements to the PostgreSQL pool, per API key.
 *
 * postgres.js queues every statement it cannot send yet in one first-come queue, so one key's
 * heavy requests (a few dozen aliased searches each) would make every other client's small read
 * wait behind all of them. Here each request's statements take a connection slot first: a key
 * holds at most `perKey` of the `slots` at once, a freed slot goes to the keys waiting in turn,
 * and a statement that waits longer than `waitMs` fails with BUSY instead of queueing forever.
 * A request whose client has gone has its waiting statements dropped and its running ones
 * cancelled (statements inside a transaction run on the transaction's own connection and finish;
 * a transaction still waiting for its slot is dropped). Statements run outside a request
 * (authentication, health, the revocation check, migrations) are not gated.
 */

/** Who a request's statements run for, and a signal that fires when its client has gone. */
export type Admission = NonNullable<RequestScope['admission']>;

/** A statement waited for a connection longer than the server allows: retryable. */
export class DatabaseBusyError extends Error {
  readonly code = 'BUSY';
}

/** A statement of a request whose client has gone: never sent. */
export class ClientGoneError extends Error {
  readonly code = 'CLIENT_GONE';
}

interface Waiter {
  grant(release: () => void): void;
}

export interface PoolUsage {
  size: number;
  inUse: number;
  waiting: number;
}

export class AdmissionGate {
  private running = 0;
  private readonly runningByKey = new Map<string, number>();
  /** Keys with waiting statements, in the order they are served; each key's own queue is first-come. */
  private readonly waiting = new Map<string, Waiter[]>();

  constructor(private readonly slots: number, private readonly perKey: number, private readonly waitMs: number) {}

  /** The connections requests' statements hold, and the statements waiting for one (for /metrics). */
  usage(): PoolUsage {
    let waiting = 0;
    for (const queue of this.waiting.values()) waiting += queue.length;
    return { size: this.slots, inUse: this.running, waiting };
  }

  acquire(scope: Admission): Promise<() => void> {
    if (scope.signal.aborted) return Promise.reject(new ClientGoneError('The client closed the request.'));
    if (!this.waiting.has(scope.key) && this.canRun(scope.key)) return Promise.resolve(this.start(scope.key));
    return new Promise((resolve, reject) => {
      const queue = this.waiting.get(scope.key) ?? [];
      this.waiting.set(scope.key, queue);
      const leave = () => {
        clearTimeout(timer);
        scope.signal.removeEventListener('abort', onAbort);
        const index = queue.indexOf(waiter);
        if (index >= 0) queue.splice(index, 1);
        if (queue.length === 0 && this.waiting.get(scope.key) === queue) this.waiting.delete(scope.key);
      };
      const waiter: Waiter = { grant: (release) => { leave(); resolve(release); } };
      const timer = setTimeout(() => {
        leave();
        reject(new DatabaseBusyError(`No database connection was free within ${this.waitMs} ms.`));
      }, this.waitMs);
      const onAbort = () => {
        leave();
        reject(new ClientGoneError('The client closed the request.'));
      };
      scope.signal.addEventListener('abort', onAbort, { once: true });
      queue.push(waiter);
    });
  }

  private canRun(key: string): boolean {
    return this.running < this.slots && (this.runningByKey.get(key) ?? 0) < this.perKey;
  }

  private start(key: string): () => void {
    this.running += 1;
    this.runningByKey.set(key, (this.runningByKey.get(key) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running -= 1;
      const left = this.runningByKey.get(key)! - 1;
      if (left === 0) this.runningByKey.delete(key);
      else this.runningByKey.set(key, left);
      this.admitNext();
    };
  }

  /** Gives free slots to waiting keys in turn: a served key goes to the back of the line. */
  private admitNext(): void {
    for (const [key, queue] of this.waiting) {
      if (this.running >= this.slots) return;
      if (!this.canRun(key)) continue;
      this.waiting.delete(key);
      if (queue.length > 1) this.waiting.set(key, queue);
      queue[0].grant(this.start(key));
    }
  }
}

/**
 * The pool as Drizzle uses it (`unsafe(...)`, awaited or `.values()`, and `begin(...)`) for one
 * request (`scope`; null outside any), with each statement admitted by `gate` first once the
 * request's caller is known. Everything else passes through.
 */
export function gatedClient(client: Sql, gate: AdmissionGate, scope: RequestScope | null): Sql {
  const unsafe = (query: string, parameters?: unknown[], options?: { prepare?: boolean }) => {
    showToTaps({ sql: query, params: parameters ?? [], prepared: options?.prepare ?? false });
    return new GatedQuery(client, gate, scope, query, parameters, options);
  };
  const begin = async (...args: unknown[]) => {
    const admission = scope?.admission;
    if (!admission) return (client.begin as (...a: unknown[]) => Promise<unknown>)(...args);
    const release = await gate.acquire(admission);
    try {
      return await (client.begin as (...a: unknown[]) => Promise<unknown>)(...args);
    } finally {
      release();
    }
  };
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === 'unsafe') return unsafe;
      if (property === 'begin') return begin;
      return Reflect.get(target, property, receiver);
    },
  });
}

/** A statement that is sent once it is awaited, as postgres.js's own are, after its admission. */
class GatedQuery implements PromiseLike<unknown> {
  private asValues = false;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly client: Sql, private readonly gate: AdmissionGate, private readonly scope: RequestScope | null,
    private readonly query: string, private readonly parameters: unknown[] | undefined, private readonly options: object | undefined,
  ) {}

  values(): this {
    this.asValues = true;
    return this;
  }

  then<A = unknown, B = never>(onFulfilled?: ((value: unknown) => A | PromiseLike<A>) | null, onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<A | B> {
    this.running ??= this.run();
    return this.running.then(onFulfilled, onRejected);
  }

  private send() {
    const pending = this.client.unsafe(this.query, this.parameters as never[], this.options as never);
    return { pending, result: this.asValues ? pending.values() : pending };
  }

  private async run(): Promise<unknown> {
    const admission = this.scope?.admission;
    if (!admission) return this.send().result;
    const release = await this.gate.acquire(admission);
    const { pending, result } = this.send();
    // The client is gone: PostgreSQL stops the statement (57014) instead of finishing it for no one.
    // A cancel that cannot reach the server changes nothing: the statement then ends on its own.
    const cancel = () => { (pending.cancel() as unknown as Promise<void> | null)?.catch(() => {}); };
    admission.signal.addEventListener('abort', cancel, { once: true });
    try {
      return await result;
    } finally {
      admission.signal.removeEventListener('abort', cancel);
      release();
    }
  }
}
