import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeRows } from '../../db/raw.js';
import { decodeGlobalId } from '../../lib/global-id.js';
import { startTestApi, type TestApi } from '../../testing/api.js';
import { jobsSettled } from '../../testing/jobs.js';
import { createApiKey } from '../auth/api-keys.service.js';
import { claimFixtures } from '../claims/claims-fixtures.js';
import { subscriber, untilSubscriptions } from '../../testing/subscriptions.js';

/**
 * Reminders end to end: a reminder time set through the API becomes a notification for the
 * responsible employee when it comes, made by the server's own job worker, once; moved, cleared
 * or on a record closed meanwhile, it tells no one.
 */
let api: TestApi;
let f: ReturnType<typeof claimFixtures>;
beforeAll(async () => {
  api = await startTestApi({ jobPollMs: 20 });
  f = claimFixtures(api);
});
afterAll(() => api?.stop());

const keyOf = (id: string) => decodeGlobalId(id)!.key;
const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();
const ENTRY = 'chronicleEntry { id version }';

async function employeeWithKey(prefix: string) {
  const employee = await f.employee(prefix);
  const { key } = await createApiKey(api.db, { name: prefix, role: 'MANAGER', employeeId: keyOf(employee) });
  return { employee, key };
}

const NOTIFICATIONS = `{ viewer { unreadNotificationCount notifications(first: 50) { totalCount edges { node {
  id kind title subjectId dueAt reminderAt readAt subject { id ... on ChronicleEntry { subject } } } } } } }`;

const notificationsOf = async (key: string) => (await api.request(NOTIFICATIONS, {}, { key })).data.viewer;

const remindersSettled = () => jobsSettled(api.db, 'reminder');

/**
 * Sets reminders up with the worker stopped, so that changes made to them before their time are
 * made before any could fire however slow the machine; then lets the worker run every one due.
 */
async function whileWorkerStopped(setUp: () => Promise<void>): Promise<void> {
  await api.jobs!.stop();
  try {
    await setUp();
    // The reminders set up fall due within a minute (those moved an hour on stay pending).
    const [{ last }] = await executeRows<{ last: number | null }>(api.db, sql`select (extract(epoch from max(run_at)) * 1000)::float8 as last from jobs
      where state = 'PENDING' and kind = 'reminder' and run_at < now() + interval '1 minute'`);
    const wait = last === null ? 0 : Number(last) - Date.now();
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, wait) + 50));
  } finally {
    api.jobs!.start();
  }
  await remindersSettled();
}

async function planned(counterpartyId: string, employeeId: string, subject: string, remindAt: string | null) {
  return (await api.mutate('createChronicleEntry', {
    counterpartyId, responsibleEmployeeId: employeeId, kind: 'CONTACT', status: 'PLANNED', plannedAt: inMs(3_600_000), remindAt, subject,
  }, ENTRY)).chronicleEntry as { id: string; version: number };
}

describe('reminders', () => {
  it('tells the responsible employee when the reminder time comes, once, and marks it read on request', async () => {
    const { employee, key } = await employeeWithKey('reminded');
    const client = await f.counterparty('reminder-client');
    let entry: { id: string } | undefined;
    await whileWorkerStopped(async () => {
      entry = await planned(client, employee, 'Call about the forklift offer', inMs(300));
      expect((await notificationsOf(key)).unreadNotificationCount).toBe(0);
    });

    const viewer = await notificationsOf(key);
    expect(viewer.unreadNotificationCount).toBe(1);
    const [{ node }] = viewer.notifications.edges;
    expect(node).toMatchObject({ kind: 'REMINDER', title: 'Call about the forklift offer', subjectId: entry!.id, readAt: null,
      subject: { id: entry!.id, subject: 'Call about the forklift offer' } });
    // Another employee sees nothing of it, not even by its id.
    const other = await employeeWithKey('not-reminded');
    expect((await notificationsOf(other.key)).notifications.totalCount).toBe(0);
    const byId = await api.request('query($id: ID!) { node(id: $id) { id } }', { id: node.id }, { key: other.key });
    expect(byId.data.node).toBeNull();
    const foreign = await api.request(`mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) {
      notifications { id } userErrors { field code } } }`, { input: { ids: [node.id] } }, { key: other.key });
    expect(foreign.data.markNotificationsRead.userErrors).toEqual([{ field: ['input', 'ids', '0'], code: 'NOT_FOUND' }]);

    const marked = await api.request(`mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) {
      notifications { id readAt } userErrors { field code } } }`, { input: { ids: [node.id] } }, { key });
    expect(marked.data.markNotificationsRead.userErrors).toEqual([]);
    expect(marked.data.markNotificationsRead.notifications[0].readAt).not.toBeNull();
    expect((await notificationsOf(key)).unreadNotificationCount).toBe(0);
  });

  it('does not fire a reminder moved later, cleared, or on an entry done or cancelled before its time', async () => {
    const { employee, key } = await employeeWithKey('quiet');
    const client = await f.counterparty('quiet-client');
    await whileWorkerStopped(async () => {
      const moved = await planned(client, employee, 'moved', inMs(300));
      const cleared = await planned(client, employee, 'cleared', inMs(300));
      const cancelled = await planned(client, employee, 'cancelled', inMs(300));
      const done = await planned(client, employee, 'done', inMs(300));
      await planned(client, employee, 'fired', inMs(300));
      await api.mutate('updateChronicleEntry', { id: moved.id, expectedVersion: moved.version, remindAt: inMs(3_600_000) }, ENTRY);
      await api.mutate('updateChronicleEntry', { id: cleared.id, expectedVersion: cleared.version, remindAt: null }, ENTRY);
      await api.mutate('cancelChronicleEntry', { id: cancelled.id, expectedVersion: cancelled.version }, ENTRY);
      await api.mutate('completeChronicleEntry', { id: done.id, expectedVersion: done.version }, ENTRY);
    });
    const titles = (await notificationsOf(key)).notifications.edges.map(({ node }: { node: { title: string } }) => node.title);
    expect(titles).toEqual(['fired']);
  });

  it('fires a reminder that fell due while no worker ran, and fires a reminder set again after it fired', async () => {
    const { employee, key } = await employeeWithKey('late');
    const client = await f.counterparty('late-client');
    await api.jobs!.stop();
    const entry = await planned(client, employee, 'while down', inMs(50));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await notificationsOf(key)).notifications.totalCount).toBe(0);
    api.jobs!.start();
    await remindersSettled();
    expect((await notificationsOf(key)).notifications.totalCount).toBe(1);

    const current = (await api.request('query($id: ID!) { node(id: $id) { ... on ChronicleEntry { version } } }', { id: entry.id })).data.node;
    await api.mutate('updateChronicleEntry', { id: entry.id, expectedVersion: current.version, remindAt: inMs(100) }, ENTRY);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await remindersSettled();
    expect((await notificationsOf(key)).notifications.totalCount).toBe(2);
  });

  it('reminds of appeals, deals and service visits while they are open, not of a resolved appeal', async () => {
    const { employee, key } = await employeeWithKey('many-sources');
    const client = await f.counterparty('many-sources-client');
    let appeal: { id: string; number: string } | undefined;
    let deal: { id: string; remindAt: string | null } | undefined;
    let visit: { id: string } | undefined;
    await whileWorkerStopped(async () => {
      appeal = (await api.mutate('registerAppeal', { counterpartyId: client, channel: 'PHONE', subject: 'Pump broken',
        responsibleEmployeeId: employee, remindAt: inMs(300) }, 'appeal { id number }')).appeal;
      const resolved = (await api.mutate('registerAppeal', { counterpartyId: client, channel: 'PHONE', subject: 'Solved at once',
        responsibleEmployeeId: employee, remindAt: inMs(300) }, 'appeal { id version }')).appeal;
      await api.mutate('changeAppealStatus', { id: resolved.id, expectedVersion: resolved.version, status: 'RESOLVED', resolution: 'Done' }, 'appeal { id }');
      deal = (await api.mutate('createDeal', { counterpartyId: client, name: 'Ten forklifts', assignedEmployeeId: employee, remindAt: inMs(300) },
        'deal { id remindAt }')).deal;
      expect(deal!.remindAt).not.toBeNull();
      const card = (await api.mutate('createServiceCard', { counterpartyId: client, number: `SC-${Date.now()}`, engineerId: employee },
        'serviceCard { id }')).serviceCard;
      const added = (await api.mutate('addServiceVisit', { cardId: card.id, plannedDate: '2030-01-15' }, 'serviceVisit { id version }')).serviceVisit;
      const reminded = (await api.mutate('setServiceVisitReminder', { id: added.id, expectedVersion: added.version, remindAt: inMs(300) },
        'serviceVisit { id remindAt }')).serviceVisit;
      expect(reminded.remindAt).not.toBeNull();
      visit = added;
    });
    const nodes = (await notificationsOf(key)).notifications.edges.map(({ node }: { node: { subjectId: string; title: string } }) => node);
    expect(nodes.map((node: { subjectId: string }) => node.subjectId).sort()).toEqual([appeal!.id, deal!.id, visit!.id].sort());
    expect(nodes.find((node: { subjectId: string }) => node.subjectId === appeal!.id)!.title).toBe(`${appeal!.number}: Pump broken`);
  });

  it('reminds every assignee of an open task, and no one of a task done before its time', async () => {
    const first = await employeeWithKey('assignee-one');
    const second = await employeeWithKey('assignee-two');
    let task: { id: string } | undefined;
    await whileWorkerStopped(async () => {
      task = (await api.mutate('createTask', { title: 'Send the price list', dueAt: inMs(86_400_000), remindAt: inMs(300),
        assigneeIds: [first.employee, second.employee] }, 'task { id }')).task;
      const finished = (await api.mutate('createTask', { title: 'Done early', dueAt: inMs(86_400_000), remindAt: inMs(300),
        assigneeIds: [first.employee] }, 'task { id version }')).task;
      await api.mutate('completeTask', { id: finished.id, expectedVersion: finished.version }, 'task { id }');
    });
    for (const { key } of [first, second]) {
      const edges = (await notificationsOf(key)).notifications.edges;
      expect(edges.map(({ node }: { node: { subjectId: string; title: string } }) => [node.subjectId, node.title])).toEqual([[task!.id, 'Send the price list']]);
    }
  });

  it('pushes a notification to its employee\'s subscription as it is made, and to no one else\'s', async () => {
    const { employee, key } = await employeeWithKey('subscribed');
    const other = await employeeWithKey('other-subscriber');
    const client = await f.counterparty('subscribed-client');
    const mine = subscriber(api.url, { authorization: `Bearer ${key}` });
    const theirs = subscriber(api.url, { authorization: `Bearer ${other.key}` });
    const nobody = subscriber(api.url, { authorization: `Bearer ${api.adminKey}` });
    try {
      const query = 'subscription { notificationAdded { id kind title subjectId readAt } }';
      const added = mine.subscribe(query);
      const notTheirs = theirs.subscribe(query);
      await untilSubscriptions(api.url, 2);
      const refused = nobody.subscribe(query);
      expect(await refused.next()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });

      const entry = await planned(client, employee, 'Pushed reminder', inMs(100));
      expect(await added.next(5000)).toMatchObject({ data: { notificationAdded: { kind: 'REMINDER', title: 'Pushed reminder', subjectId: entry.id, readAt: null } } });
      expect(await notTheirs.next(300)).toBe('none');
    } finally {
      await Promise.all([mine.dispose(), theirs.dispose(), nobody.dispose()]);
    }
  });

  it('refuses a malformed mark request, naming the field', async () => {
    const { key } = await employeeWithKey('marker');
    const run = (input: object, withKey: string | undefined = key) => api.request(`mutation($input: MarkNotificationsReadInput!) {
      markNotificationsRead(input: $input) { notifications { id } userErrors { field code } } }`, { input }, { key: withKey });
    expect((await run({})).data.markNotificationsRead.userErrors).toEqual([{ field: ['input', 'ids'], code: 'REQUIRED' }]);
    expect((await run({ ids: ['nope'] })).data.markNotificationsRead.userErrors).toEqual([{ field: ['input', 'ids', '0'], code: 'INVALID' }]);
    expect((await run({ ids: [await f.counterparty('typed')] })).data.markNotificationsRead.userErrors[0].code).toBe('WRONG_TYPE');
    expect((await run({ all: true }, api.adminKey)).data.markNotificationsRead.userErrors).toEqual([{ field: ['input'], code: 'INVALID_STATE' }]);
    expect((await run({ all: true })).data.markNotificationsRead).toEqual({ notifications: [], userErrors: [] });
  });
});
