import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeGlobalId, toGlobalId } from '../../lib/global-id.js';
import { createApiKey } from '../auth/api-keys.service.js';
import { errorCodes, importStatuses, importRowFieldErrors, startTestApi, type TestApi } from '../../testing/api.js';
import { claimFixtures } from '../claims/claims-fixtures.js';
import { instantSeenDifferently } from '../../testing/zones.js';
import { expectPagingRefusals, expectSameItemsBothWays, PAGE_INFO } from '../../testing/paging.js';

let api: TestApi;
let f: ReturnType<typeof claimFixtures>;
beforeAll(async () => {
  api = await startTestApi();
  f = claimFixtures(api);
});
afterAll(async () => { await api?.stop(); });

const TASK = `id externalId title description importance dueAt remindAt status closedAt result overdue version
  assignees { id } counterparty { id } claim { id } appeal { id } deal { id } contactCard { id }`;
const keyOf = (id: string) => decodeGlobalId(id)!.key;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

async function created(input: Record<string, unknown>) {
  const { payload, errors } = await f.run('createTask', { title: 'Send the price list', dueAt: inDays(3), ...input }, `task { ${TASK} }`);
  expect(errors).toEqual([]);
  return payload.task;
}

const tasksWhere = async (where: Record<string, unknown>, extra = '') =>
  (await api.request(`query($w: TaskFilter) { tasks(where: $w, first: 100${extra}) { totalCount edges { node { id } } } }`, { w: where })).data.tasks;

describe('tasks', () => {
  it('creates a task for several employees, linked to a claim whose counterparty it takes, and reads it by node', async () => {
    const client = await f.counterparty('task-client');
    const [ann, bob] = [await f.employee('ann'), await f.employee('bob')];
    const claim = await f.registered({ counterpartyId: client });
    const task = await created({
      title: '  Call about the broken batch ', description: 'Ask for photos', importance: 'KEY', assigneeIds: [ann, bob], claimId: claim.id,
      dueAt: '2031-05-01T09:00:00.000Z', remindAt: '2031-05-01T08:00:00.000Z', externalId: 'ext-1',
    });
    expect(task).toMatchObject({
      title: 'Call about the broken batch', description: 'Ask for photos', importance: 'KEY', status: 'OPEN', closedAt: null, overdue: false,
      dueAt: '2031-05-01T09:00:00.000Z', remindAt: '2031-05-01T08:00:00.000Z', version: 1, externalId: 'ext-1',
      counterparty: { id: client }, claim: { id: claim.id }, appeal: null, deal: null, contactCard: null,
    });
    expect(task.assignees.map((a: { id: string }) => a.id).sort()).toEqual([ann, bob].sort());
    const node = await api.request('query($id: ID!) { node(id: $id) { ... on Task { id title } } }', { id: task.id });
    expect(node.data.node).toEqual({ id: task.id, title: 'Call about the broken batch' });
    // Nested: the counterparty's tasks, the claim's linked tasks, each assignee's open tasks.
    const nested = await api.request(`query($c: ID!, $cl: ID!, $e: ID!) {
      counterparty(id: $c) { tasks { id } } claim(id: $cl) { linkedTasks { id } } node(id: $e) { ... on Employee { tasks { id } } } }`,
    { c: client, cl: claim.id, e: ann });
    expect(nested.data).toEqual({ counterparty: { tasks: [{ id: task.id }] }, claim: { linkedTasks: [{ id: task.id }] }, node: { tasks: [{ id: task.id }] } });
    // A task need not concern anyone.
    expect(await created({ assigneeIds: [ann] })).toMatchObject({ counterparty: null, claim: null });
  });

  it('names the field at fault: unknown and wrong-type ids, missing, too long, reminder after due, duplicate assignees, another counterparty\'s claim', async () => {
    const client = await f.counterparty('bad-client');
    const other = await f.counterparty('bad-other');
    const ann = await f.employee('bad-ann');
    const claim = await f.registered({ counterpartyId: other });
    const missingEmployee = toGlobalId('Employee', 999_999);
    const { errors } = await f.run('createTask', {
      title: 'x'.repeat(2001), dueAt: inDays(1), remindAt: inDays(2), assigneeIds: [ann, ann, missingEmployee, client],
      counterpartyId: toGlobalId('Counterparty', 999_999), dealId: client, contactCardId: 'not-an-id',
    }, 'task { id }');
    expect(errors).toEqual(expect.arrayContaining([
      ['input.title', 'TOO_LONG'], ['input.assigneeIds.1', 'DUPLICATE'], ['input.assigneeIds.2', 'NOT_FOUND'], ['input.assigneeIds.3', 'WRONG_TYPE'],
      ['input.counterpartyId', 'NOT_FOUND'], ['input.dealId', 'WRONG_TYPE'], ['input.contactCardId', 'INVALID'],
    ]));
    expect((await f.run('createTask', { title: 'T', dueAt: inDays(1), remindAt: inDays(2), assigneeIds: [ann] }, 'task { id }')).errors)
      .toEqual([['input.remindAt', 'OUT_OF_RANGE']]);
    expect((await f.run('createTask', { title: ' ', dueAt: inDays(1), assigneeIds: [] }, 'task { id }')).errors)
      .toEqual([['input.title', 'REQUIRED'], ['input.assigneeIds', 'REQUIRED']]);
    expect((await f.run('createTask', { title: 'T', dueAt: inDays(1), assigneeIds: [ann], counterpartyId: client, claimId: claim.id }, 'task { id }')).errors)
      .toEqual([['input.claimId', 'INVALID']]);
    // Nothing of the refused inputs was written.
    expect((await tasksWhere({ assigneeId: ann })).totalCount).toBe(0);
  });

  it('updates at the expected version, replacing assignees; a stale version is a CONFLICT and an unknown task NOT_FOUND', async () => {
    const [ann, bob] = [await f.employee('upd-ann'), await f.employee('upd-bob')];
    const task = await created({ assigneeIds: [ann] });
    const { payload, errors } = await f.run('updateTask', { id: task.id, expectedVersion: 1, assigneeIds: [bob], title: 'Renamed', description: null }, `task { ${TASK} }`);
    expect(errors).toEqual([]);
    expect(payload.task).toMatchObject({ title: 'Renamed', version: 2, assignees: [{ id: bob }] });
    const stale = await f.run('updateTask', { id: task.id, expectedVersion: 1, title: 'Again' }, 'task { id }');
    expect(errorCodes(stale.result)).toEqual(['CONFLICT']);
    const missing = await f.run('updateTask', { id: toGlobalId('Task', 999_999), expectedVersion: 1, title: 'Again' }, 'task { id }');
    expect(errorCodes(missing.result)).toEqual(['NOT_FOUND']);
    const wrongType = await f.run('updateTask', { id: ann, expectedVersion: 1, title: 'Again' }, 'task { id }');
    expect(errorCodes(wrongType.result)).toEqual(['BAD_USER_INPUT']);
    // A stored link to a claim must agree with a counterparty given later.
    const client = await f.counterparty('upd-client');
    const claim = await f.registered({ counterpartyId: client });
    const linked = await created({ assigneeIds: [ann], claimId: claim.id });
    expect(linked.counterparty).toEqual({ id: client });
    expect((await f.run('updateTask', { id: linked.id, expectedVersion: 1, counterpartyId: await f.counterparty('upd-other') }, 'task { id }')).errors)
      .toEqual([['input.claimId', 'INVALID']]);
    expect((await f.run('updateTask', { id: task.id, expectedVersion: 2, assigneeIds: null, dueAt: null }, 'task { id }')).errors)
      .toEqual([['input.dueAt', 'REQUIRED'], ['input.assigneeIds', 'REQUIRED']]);
  });

  it('completes, cancels and reopens; a closed task keeps no reminder and takes none', async () => {
    const ann = await f.employee('life-ann');
    const task = await created({ assigneeIds: [ann], remindAt: inDays(1) });
    const done = await f.run('completeTask', { id: task.id, expectedVersion: 1, result: 'Sent' }, `task { ${TASK} }`);
    expect(done.payload.task).toMatchObject({ status: 'DONE', result: 'Sent', remindAt: null, version: 2 });
    expect(done.payload.task.closedAt).toEqual(expect.any(String));
    expect((await f.run('cancelTask', { id: task.id, expectedVersion: 2 }, 'task { id }')).errors).toEqual([['input.id', 'INVALID_STATE']]);
    expect((await f.run('updateTask', { id: task.id, expectedVersion: 2, remindAt: inDays(1) }, 'task { id }')).errors)
      .toEqual([['input.id', 'INVALID_STATE'], ['input.remindAt', 'INVALID_STATE']]);
    const reopened = await f.run('reopenTask', { id: task.id, expectedVersion: 2 }, `task { ${TASK} }`);
    expect(reopened.payload.task).toMatchObject({ status: 'OPEN', closedAt: null, result: null, remindAt: null, version: 3 });
    const cancelled = await f.run('cancelTask', { id: task.id, expectedVersion: 3 }, `task { ${TASK} }`);
    expect(cancelled.payload.task).toMatchObject({ status: 'CANCELLED', version: 4 });
    // The database holds the rule too.
    await expect(api.db.execute(sql`update tasks set remind_at = now() where id = ${keyOf(task.id)}`)).rejects.toThrow();
  });

  it('filters by assignee, status, counterparty, claim, due period and overdue, in due order, with keyset pages', async () => {
    const client = await f.counterparty('filter-client');
    const ann = await f.employee('filter-ann');
    const claim = await f.registered({ counterpartyId: client });
    const late = await created({ assigneeIds: [ann], dueAt: inDays(-3), counterpartyId: client });
    const soon = await created({ assigneeIds: [ann], dueAt: inDays(2), claimId: claim.id });
    const later = await created({ assigneeIds: [ann], dueAt: inDays(20) });
    await f.run('completeTask', { id: later.id, expectedVersion: 1 }, 'task { id }');
    const ids = (c: { edges: { node: { id: string } }[] }) => c.edges.map((e) => e.node.id);
    expect(ids(await tasksWhere({ assigneeId: ann }))).toEqual([late.id, soon.id, later.id]);
    expect(ids(await tasksWhere({ assigneeId: ann, statuses: ['OPEN'] }))).toEqual([late.id, soon.id]);
    expect(ids(await tasksWhere({ assigneeId: ann, statuses: [] }))).toEqual([]);
    expect(ids(await tasksWhere({ counterpartyId: client }))).toEqual([late.id, soon.id]);
    expect(ids(await tasksWhere({ claimId: claim.id }))).toEqual([soon.id]);
    expect(ids(await tasksWhere({ assigneeId: ann, overdue: true }))).toEqual([late.id]);
    expect(ids(await tasksWhere({ assigneeId: ann, overdue: false }))).toEqual([soon.id, later.id]);
    const today = DateTime.utc().toISODate()!;
    expect(ids(await tasksWhere({ assigneeId: ann, dueFrom: today, dueTo: DateTime.utc().plus({ days: 5 }).toISODate() }))).toEqual([soon.id]);
    const first = await api.request('query($w: TaskFilter) { tasks(where: $w, first: 1) { edges { node { id } } pageInfo { hasNextPage endCursor } } }', { w: { assigneeId: ann } });
    expect(first.data.tasks.pageInfo.hasNextPage).toBe(true);
    const second = await api.request('query($w: TaskFilter, $a: String) { tasks(where: $w, first: 2, after: $a) { edges { node { id } } } }', { w: { assigneeId: ann }, a: first.data.tasks.pageInfo.endCursor });
    expect(ids(second.data.tasks)).toEqual([soon.id, later.id]);
    // Bad arguments are BAD_USER_INPUT, naming the argument.
    for (const [query, variables] of [
      ['{ tasks(first: 101) { totalCount } }', {}],
      ['{ tasks(after: "garbage!") { totalCount } }', {}],
      ['query($a: String) { tasks(after: $a) { totalCount } }', { a: Buffer.from('["x",1]').toString('base64url') }],
      ['query($w: TaskFilter) { tasks(where: $w) { totalCount } }', { w: { assigneeId: client } }],
      ['query($w: TaskFilter) { tasks(where: $w) { totalCount } }', { w: { dueFrom: '2030-01-02', dueTo: '2030-01-01' } }],
    ] as const) {
      expect(errorCodes(await api.request(query, variables))).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('pages backward through the same tasks as forward, and refuses bad backward arguments', async () => {
    const bob = await f.employee('paging-bob');
    const made = [];
    for (const days of [5, 1, 3, 9, 7]) made.push(await created({ assigneeIds: [bob], dueAt: inDays(days) }));
    const paged = {
      send: (variables: Record<string, unknown>) => api.request(`query($w: TaskFilter, $first: Int, $after: String, $last: Int, $before: String) {
        tasks(where: $w, first: $first, after: $after, last: $last, before: $before) { edges { node { id } } ${PAGE_INFO} } }`, { w: { assigneeId: bob }, ...variables }),
      path: ['tasks'],
    };
    const byDue = [made[1], made[2], made[0], made[4], made[3]].map((task) => ({ id: task.id }));
    expect(await expectSameItemsBothWays(paged)).toEqual(byDue);
    await expectPagingRefusals(paged);
  });

  it('takes "overdue" in the viewer\'s time zone: the same task is overdue for one employee and due today for another', async () => {
    const zones = ['Pacific/Kiritimati', 'America/Los_Angeles'];
    const [kiritimati, losAngeles] = await Promise.all(zones.map(async (timeZone, i) =>
      (await api.mutate('createEmployee', { fullName: timeZone, email: `zone${i}-${process.pid}@example.com`, timeZone }, 'employee { id }')).employee.id as string));
    const { at, overdueIn } = instantSeenDifferently(zones[0], zones[1]);
    const task = await created({ assigneeIds: [kiritimati, losAngeles], dueAt: at.toISOString() });
    const keyFor = async (employee: string) => (await createApiKey(api.db, { name: employee, role: 'MANAGER', employeeId: keyOf(employee) })).key;
    const read = async (employee: string) =>
      (await api.request('query($id: ID!) { task(id: $id) { overdue } }', { id: task.id }, { key: await keyFor(employee) })).data.task.overdue;
    expect(await read(kiritimati)).toBe(overdueIn === zones[0]);
    expect(await read(losAngeles)).toBe(overdueIn === zones[1]);
    // A key of no employee takes DEFAULT_TIME_ZONE (UTC here).
    const utcDay = DateTime.fromJSDate(at, { zone: 'UTC' }).toISODate()!;
    expect((await api.request('query($id: ID!) { task(id: $id) { overdue } }', { id: task.id })).data.task.overdue).toBe(utcDay < DateTime.utc().toISODate()!);
  });

  it('answers nested tasks of many counterparties and employees in as many statements as of few', async () => {
    const clients: string[] = [];
    const ann = await f.employee('bound-ann');
    for (let i = 0; i < 12; i += 1) {
      const client = await f.counterparty(`bound-${i}`);
      clients.push(client);
      const employee = await f.employee(`bound-e${i}`);
      await created({ counterpartyId: client, assigneeIds: [employee, ann] });
      await created({ counterpartyId: client, assigneeIds: [employee] });
    }
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Counterparty { tasks { id title overdue assignees { fullName tasks { id } } counterparty { id } } } } }`;
    const few = await api.request(query, { ids: clients.slice(0, 2) });
    const many = await api.request(query, { ids: clients });
    expect(many.errors).toBeUndefined();
    expect(many.data.nodes.every((n: any) => n.tasks.length === 2 && n.tasks[0].assignees.length >= 1)).toBe(true);
    expect(many.data.nodes[0].tasks[0].assignees.find((a: any) => a.fullName.startsWith('bound-ann')).tasks).toHaveLength(12);
    expect(few.statements).toBe(many.statements);
  });
});

describe('importTasks', () => {
  it('creates and updates by externalId with per-row results, names assignees by e-mail, and drops the reminder of a task closed', async () => {
    const n = process.pid;
    await api.mutate('createCounterparty', { externalId: `imp-client-${n}`, kind: 'ORGANIZATION', name: `imp client ${n}` }, 'counterparty { id }');
    const [a, b] = [`imp-a-${n}@example.com`, `imp-b-${n}@example.com`];
    await api.mutate('createEmployee', { fullName: 'Imp A', email: a }, 'employee { id }');
    await api.mutate('createEmployee', { fullName: 'Imp B', email: b }, 'employee { id }');
    const rows = [
      { externalId: 't-1', title: 'Survey', dueAt: '2031-01-01T10:00:00Z', remindAt: '2031-01-01T09:00:00Z', assigneeEmails: [a.toUpperCase(), b], counterpartyExternalId: `imp-client-${n}` },
      { externalId: 't-2', title: 'Invite', dueAt: '2031-01-02T10:00:00Z', assigneeEmails: [a] },
      { externalId: 't-3', title: 'No one', dueAt: '2031-01-02T10:00:00Z' },
      { externalId: 't-4', title: 'Nobody known', dueAt: '2031-01-02T10:00:00Z', assigneeEmails: ['nobody@example.com'], counterpartyExternalId: 'nope' },
    ];
    const first = await api.importRows('importTasks', rows);
    expect(importStatuses(first)).toEqual(['CREATED', 'CREATED', 'FAILED', 'FAILED']);
    expect(importRowFieldErrors(first, 2)).toEqual([['assigneeEmails', 'REQUIRED']]);
    expect(importRowFieldErrors(first, 3)).toEqual([['counterpartyExternalId', 'NOT_FOUND'], ['assigneeEmails.0', 'NOT_FOUND']]);
    const again = await api.importRows('importTasks', rows.slice(0, 2));
    expect(importStatuses(again)).toEqual(['UNCHANGED', 'UNCHANGED']);
    const changed = await api.importRows('importTasks', [
      { externalId: 't-1', status: 'DONE', result: 'Answered' },
      { externalId: 't-2', assigneeEmails: [b] },
    ]);
    expect(importStatuses(changed)).toEqual(['UPDATED', 'UPDATED']);
    const read = async (id: string) => (await api.request(`query($id: ID!) { task(id: $id) { ${TASK} assignees { email } counterparty { externalId } } }`, { id })).data.task;
    expect(await read(changed.rows[0].id)).toMatchObject({ status: 'DONE', result: 'Answered', remindAt: null, counterparty: { externalId: `imp-client-${n}` }, version: 2 });
    expect(await read(changed.rows[1].id)).toMatchObject({ assignees: [{ email: b }], version: 2 });
  });
});
