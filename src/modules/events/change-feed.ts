import { sql } from 'drizzle-orm';
import type { Database, DatabaseHandle } from '../../db/client.js';
import { tellWebhooks } from '../webhooks/webhook-outbox.js';

/**
 * Changes to records, told to whoever watches them, in every process of the API: a write
 * publishes its changes with `publishChanges` in its own transaction, PostgreSQL delivers them
 * (NOTIFY on the channel `crm_changes`) when the transaction commits, and never when it rolls
 * back; each process LISTENs once, in its `ChangeFeed`, while anyone there watches, and hands each
 * change to the subscriptions whose filter it matches.
 *
 * A change names a record, not its contents: subscribers read the record when they deliver it,
 * with their own key's rights, so nothing is told to someone who may not read it and the
 * notification stays far below PostgreSQL's 8000-byte limit.
 */

/** The NOTIFY channel every process of the API shares. */
export const CHANGES_CHANNEL = 'crm_changes';

/** What a payload may weigh: PostgreSQL refuses a NOTIFY payload of 8000 bytes or more. */
const MAX_PAYLOAD_BYTES = 7900;

/**
 * One change. `topic` says what kind of record changed (`chronicle`, `appeal`, `claim`; add
 * one for a new subscription, e.g. `notification`), `kind` what happened to it, `id` its key; the
 * keys after it say whom it concerns, for subscriptions to filter on.
 */
export interface Change {
  topic: string;
  /** What happened, as the subscription's enum names it: CREATED, UPDATED, STATUS_CHANGED, ... */
  kind: string;
  /** The record's database key. */
  id: number;
  /** The counterparty the record is about, when it is about one. */
  counterpartyId?: number | null;
  /** The employee the record is for (e.g. a notification's addressee), when it is for one. */
  employeeId?: number | null;
}

/** Which changes a subscription receives: those of `topic` with every key given here equal. */
export interface ChangeFilter {
  topic: string;
  counterpartyId?: number;
  employeeId?: number;
}

/** The payload as sent: short keys, absent ones left out. */
interface Wire { t: string; k: string; i: number; c?: number; e?: number }

function encode(change: Change): string {
  const wire: Wire = { t: change.topic, k: change.kind, i: change.id };
  if (change.counterpartyId != null) wire.c = change.counterpartyId;
  if (change.employeeId != null) wire.e = change.employeeId;
  const payload = JSON.stringify(wire);
  if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) throw new Error(`A change of ${change.topic} is too large to publish (${payload.length} bytes).`);
  return payload;
}

function decode(payload: string): Change | null {
  try {
    const wire = JSON.parse(payload) as Partial<Wire>;
    if (typeof wire.t !== 'string' || typeof wire.k !== 'string' || typeof wire.i !== 'number') return null;
    return { topic: wire.t, kind: wire.k, id: wire.i, counterpartyId: wire.c ?? null, employeeId: wire.e ?? null };
  } catch {
    return null;
  }
}

const matches = (filter: ChangeFilter, change: Change) =>
  filter.topic === change.topic
  && (filter.counterpartyId === undefined || filter.counterpartyId === change.counterpartyId)
  && (filter.employeeId === undefined || filter.employeeId === change.employeeId);

/**
 * Publishes `changes` on `tx`, which must be the writing transaction: they are
 * delivered when it commits, and not at all when it rolls back. Identical changes in one
 * transaction are delivered once (PostgreSQL folds duplicate notifications).
 */
export async function publishChanges(tx: Database, ...changes: Change[]): Promise<void> {
  if (changes.length === 0) return;
  const payloads = changes.map(encode);
  await tx.execute(sql`select pg_notify(${CHANGES_CHANNEL}, payload) from json_array_elements_text(${JSON.stringify(payloads)}::json) as payload`);
  // The same changes, for the webhooks that want them: their outbox, in the same transaction.
  await tellWebhooks(tx, changes);
}

/** Thrown by a subscription's iterator when its subscriber fell more than its buffer behind. */
export class ChangeFeedOverflow extends Error {
  /** What a GraphQL error made of it says (graphql-ws keeps an original error's extensions). */
  readonly extensions = { code: 'SUBSCRIPTION_OVERFLOW' };

  constructor(bufferSize: number) {
    super(`More than ${bufferSize} changes waited for this subscription: it fell behind and was ended. Subscribe again and re-read what you show.`);
  }
}

export interface SubscribeOptions {
  /** Changes kept for a subscriber that has not taken them yet; one more ends its subscription with ChangeFeedOverflow. */
  bufferSize?: number;
}

/** One subscription: its changes in order, until `return()` (or the feed's close) ends it. */
export type ChangeSubscription = AsyncIterableIterator<Change> & { return(): Promise<IteratorResult<Change>> };

interface Subscriber {
  filter: ChangeFilter;
  push(change: Change): void;
  end(): void;
}

/**
 * One process's view of the changes: it LISTENs (one connection, however many subscribers) from
 * the first subscription until the last one ends, and fans each notification out to the
 * subscriptions it matches.
 */
export class ChangeFeed {
  private readonly subscribers = new Set<Subscriber>();
  /** The LISTEN in force (or being set up), and how to stop it; null while nobody watches. */
  private listening: Promise<() => Promise<void>> | null = null;
  /** LISTEN and UNLISTEN run one after another, never interleaved. */
  private transitions: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(private readonly listen: DatabaseHandle['listen']) {}

  /** How many subscriptions are open in this process. */
  get size(): number {
    return this.subscribers.size;
  }

  /** Whether this process LISTENs now. */
  get isListening(): boolean {
    return this.listening !== null;
  }

  /**
   * Opens a subscription to the changes matching `filter`; resolves once the LISTEN is in force,
   * so every change committed after that is delivered.
   */
  async subscribe(filter: ChangeFilter, { bufferSize = 256 }: SubscribeOptions = {}): Promise<ChangeSubscription> {
    if (this.closed) throw new Error('The change feed is closed.');
    const buffer: Change[] = [];
    let waiting: ((result: IteratorResult<Change>) => void) | null = null;
    let overflowed = false;
    let ended = false;
    const unsubscribe = () => {
      this.subscribers.delete(subscriber);
      this.stopListeningIfIdle();
    };
    const end = () => {
      if (ended) return;
      ended = true;
      waiting?.({ value: undefined, done: true });
      waiting = null;
      buffer.length = 0;
      unsubscribe();
    };
    const subscriber: Subscriber = {
      filter,
      push(change) {
        if (waiting) {
          const resolve = waiting;
          waiting = null;
          resolve({ value: change, done: false });
        } else if (buffer.length < bufferSize) {
          buffer.push(change);
        } else {
          // Nothing more is kept for it: it reads what it has, then learns that it fell behind.
          overflowed = true;
          unsubscribe();
        }
      },
      end,
    };
    this.subscribers.add(subscriber);
    try {
      await this.startListening();
    } catch (error) {
      end();
      throw error;
    }
    const iterator: ChangeSubscription = {
      next: () => {
        if (buffer.length > 0) return Promise.resolve({ value: buffer.shift()!, done: false });
        if (overflowed && !ended) {
          end();
          return Promise.reject(new ChangeFeedOverflow(bufferSize));
        }
        if (ended) return Promise.resolve({ value: undefined, done: true });
        return new Promise<IteratorResult<Change>>((resolve) => { waiting = resolve; });
      },
      return: () => {
        end();
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() { return this; },
    };
    return iterator;
  }

  /** Ends every subscription and stops listening; later subscriptions are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const subscriber of [...this.subscribers]) subscriber.end();
    await this.transitions;
  }

  private deliver(payload: string): void {
    const change = decode(payload);
    if (!change) return;
    for (const subscriber of this.subscribers) if (matches(subscriber.filter, change)) subscriber.push(change);
  }

  private startListening(): Promise<void> {
    if (this.listening) return this.listening.then(() => {});
    const listening = this.transitions.then(() => this.listen(CHANGES_CHANNEL, (payload) => this.deliver(payload)));
    this.listening = listening;
    this.transitions = listening.then(() => {}, () => {
      if (this.listening === listening) this.listening = null;
    });
    return listening.then(() => {});
  }

  private stopListeningIfIdle(): void {
    if (this.subscribers.size > 0 || !this.listening) return;
    const listening = this.listening;
    this.listening = null;
    // A failed LISTEN has nothing to stop; a failed UNLISTEN leaves a connection the pool's end closes.
    this.transitions = this.transitions.then(() => listening).then((unlisten) => unlisten(), () => {}).catch(() => {});
  }
}
