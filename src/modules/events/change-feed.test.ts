import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openTestDatabase } from '../../testing/api.js';
import { ChangeFeed, ChangeFeedOverflow, publishChanges, type Change, type ChangeSubscription } from './change-feed.js';

/** The feed on a real database (PGlite, or PostgreSQL with DATABASE_URL): NOTIFY on commit, LISTEN while watched. */
let database: Awaited<ReturnType<typeof openTestDatabase>>;
let feed: ChangeFeed;
beforeAll(async () => {
  database = await openTestDatabase();
  feed = new ChangeFeed(database.listen);
});
afterAll(async () => {
  await feed.close();
  await database.drop();
});

const change = (id: number, more: Partial<Change> = {}): Change => ({ topic: 'claim', kind: 'UPDATED', id, counterpartyId: 7, ...more });

/** The next change, or 'none' when nothing comes within `ms`. */
async function nextWithin(subscription: ChangeSubscription, ms = 300): Promise<Change | 'none' | 'done'> {
  const timeout = new Promise<'none'>((resolve) => setTimeout(() => resolve('none'), ms));
  const next = subscription.next().then((result) => (result.done ? 'done' as const : result.value));
  return Promise.race([next, timeout]);
}

it('delivers a change published in a transaction when it commits, to the subscriptions it matches', async () => {
  const ofSeven = await feed.subscribe({ topic: 'claim', counterpartyId: 7 });
  const ofEight = await feed.subscribe({ topic: 'claim', counterpartyId: 8 });
  const appeals = await feed.subscribe({ topic: 'appeal' });
  expect(feed.size).toBe(3);
  await database.db.transaction(async (tx) => {
    await publishChanges(tx, change(1), change(2, { kind: 'STATUS_CHANGED' }));
  });
  expect(await nextWithin(ofSeven)).toEqual({ topic: 'claim', kind: 'UPDATED', id: 1, counterpartyId: 7, employeeId: null });
  expect(await nextWithin(ofSeven)).toMatchObject({ id: 2, kind: 'STATUS_CHANGED' });
  expect(await nextWithin(ofEight)).toBe('none');
  expect(await nextWithin(appeals)).toBe('none');
  await Promise.all([ofSeven.return(), ofEight.return(), appeals.return()]);
  expect(feed.size).toBe(0);
});

it('delivers nothing of a transaction that rolls back', async () => {
  const subscription = await feed.subscribe({ topic: 'claim' });
  await expect(database.db.transaction(async (tx) => {
    await publishChanges(tx, change(3));
    throw new Error('rolled back');
  })).rejects.toThrow('rolled back');
  await database.db.transaction(async (tx) => publishChanges(tx, change(4)));
  // The committed change is the first one delivered: the rolled-back one never was.
  expect(await nextWithin(subscription)).toMatchObject({ id: 4 });
  await subscription.return();
});

it('listens while anyone watches: the last subscription ended, the listener is freed and delivery stops', async () => {
  expect(feed.isListening).toBe(false);
  const subscription = await feed.subscribe({ topic: 'claim', employeeId: 5 });
  expect(feed.isListening).toBe(true);
  const pending = subscription.next();
  await subscription.return();
  // A pending read ends when the subscription does, without waiting for another change.
  expect(await pending).toEqual({ value: undefined, done: true });
  expect(feed.isListening).toBe(false);
  await database.db.transaction(async (tx) => publishChanges(tx, change(5, { employeeId: 5 })));
  expect(await nextWithin(subscription)).toBe('done');
  if (database.driver === 'postgres') {
    // No session of the database listens any more.
    await new Promise((resolve) => setTimeout(resolve, 100));
    // postgres.js answers the rows as an array.
    const listeners = await database.db.execute(
      sql`select count(*)::int as count from pg_stat_activity where datname = current_database() and query ilike 'listen%'`);
    expect((listeners as unknown as Array<{ count: number }>)[0].count).toBe(0);
  }
});

it('ends a subscription that falls more than its buffer behind with ChangeFeedOverflow, after what it kept', async () => {
  const slow = await feed.subscribe({ topic: 'claim' }, { bufferSize: 2 });
  await database.db.transaction(async (tx) => publishChanges(tx, change(10), change(11), change(12)));
  // Not read while they arrive: the third finds the buffer full.
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(await nextWithin(slow)).toMatchObject({ id: 10 });
  expect(await nextWithin(slow)).toMatchObject({ id: 11 });
  await expect(slow.next()).rejects.toBeInstanceOf(ChangeFeedOverflow);
  expect(feed.size).toBe(0);
});

it('refuses a payload over the NOTIFY limit before it reaches the database', async () => {
  await expect(database.db.transaction(async (tx) => publishChanges(tx, change(1, { topic: 'x'.repeat(8000) }))))
    .rejects.toThrow(/too large/);
});
