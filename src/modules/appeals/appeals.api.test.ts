import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, fieldsAndCodes, startTestApi, type TestApi } from '../../testing/api.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api?.stop(); });

const APPEAL = `id number status subject channel importance overdue dueAt resolution resolvedAt version
  counterparty { id } responsibleEmployee { id } department { id } type { path }
  actions { kind employee { id } fromStatus toStatus minutes description assignedEmployee { id } assignedDepartment { id } }`;
const run = async (name: string, input: Record<string, unknown>, selection = `appeal { ${APPEAL} }`) => {
  const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
  const result = await api.request(`mutation($input: ${type}!) { ${name}(input: $input) { ${selection} userErrors { field code message } } }`, { input });
  const payload = result.data?.[name];
  return { result, payload, errors: payload ? fieldsAndCodes(payload.userErrors) : null };
};

let serial = 0;
const employee = async (timeZone = 'UTC') =>
  (await api.mutate('createEmployee', { fullName: `Agent ${++serial}`, email: `agent${serial}@example.com`, timeZone }, 'employee { id }')).employee.id as string;
const counterparty = async () =>
  (await api.mutate('createCounterparty', { kind: 'ORGANIZATION', name: `Caller ${++serial}` }, 'counterparty { id }')).counterparty.id as string;
const department = async () => (await api.mutate('createDepartment', { name: `Support ${++serial}` }, 'department { id }')).department.id as string;

async function registered(input: Record<string, unknown> = {}) {
  const { payload, errors } = await run('registerAppeal', { subject: 'Boiler does not start', channel: 'PHONE', ...input });
  expect(errors).toEqual([]);
  return payload.appeal;
}

describe('appeals', () => {
  it('registers an appeal from a subject and a channel alone, numbered, with its registration in its chronicle', async () => {
    const first = await registered({ callerName: 'Olena', callerPhone: '+380 67 123 45 67' });
    const second = await registered();
    expect(first).toMatchObject({ status: 'NEW', importance: 'NORMAL', overdue: false, counterparty: null, version: 1 });
    expect(first.number).toMatch(/^A-\d{6}$/);
    expect(Number(second.number.slice(2))).toBeGreaterThan(Number(first.number.slice(2)));
    expect(first.actions).toEqual([{
      kind: 'REGISTERED', employee: null, fromStatus: null, toStatus: 'NEW', minutes: null, description: null, assignedEmployee: null, assignedDepartment: null,
    }]);
    const refused = await run('registerAppeal', { subject: ' ', channel: 'EMAIL', counterpartyId: (await employee()), callerPhone: 'call me' });
    expect(refused.errors).toEqual([['input.subject', 'REQUIRED'], ['input.callerPhone', 'INVALID'], ['input.counterpartyId', 'WRONG_TYPE']]);
  });

  it('moves only along the allowed transitions, naming both states otherwise, and keeps every move in the chronicle', async () => {
    const appeal = await registered();
    const illegal = await run('changeAppealStatus', { id: appeal.id, expectedVersion: 1, status: 'CLOSED' });
    expect(illegal.errors).toEqual([['input.status', 'INVALID_STATE']]);
    expect(illegal.payload.userErrors[0].message).toBe('A NEW appeal cannot become CLOSED; it can become IN_PROGRESS, WAITING_FOR_CLIENT, RESOLVED, REJECTED.');
    const working = await run('changeAppealStatus', { id: appeal.id, expectedVersion: 1, status: 'IN_PROGRESS', comment: 'Taken' });
    expect(working.errors).toEqual([]);
    const unresolved = await run('changeAppealStatus', { id: appeal.id, expectedVersion: 2, status: 'RESOLVED' });
    expect(unresolved.errors).toEqual([['input.resolution', 'REQUIRED']]);
    const resolved = await run('changeAppealStatus', { id: appeal.id, expectedVersion: 2, status: 'RESOLVED', resolution: 'Reset the controller' });
    expect(resolved.payload.appeal).toMatchObject({ status: 'RESOLVED', resolution: 'Reset the controller', version: 3 });
    expect(resolved.payload.appeal.resolvedAt).not.toBeNull();
    const closed = await run('changeAppealStatus', { id: appeal.id, expectedVersion: 3, status: 'CLOSED' });
    expect(closed.payload.appeal.status).toBe('CLOSED');
    const final = await run('changeAppealStatus', { id: appeal.id, expectedVersion: 4, status: 'IN_PROGRESS' });
    expect(final.payload.userErrors[0].message).toBe('A CLOSED appeal cannot change its status.');
    expect(closed.payload.appeal.actions.map((action: any) => [action.kind, action.fromStatus, action.toStatus])).toEqual([
      ['REGISTERED', null, 'NEW'], ['STATUS_CHANGED', 'NEW', 'IN_PROGRESS'], ['STATUS_CHANGED', 'IN_PROGRESS', 'RESOLVED'], ['STATUS_CHANGED', 'RESOLVED', 'CLOSED'],
    ]);
    expect(errorCodes((await run('changeAppealStatus', { id: appeal.id, expectedVersion: 1, status: 'REJECTED' })).result)).toEqual(['CONFLICT']);
  });

  it('hands an appeal over, records work with its time in the journal, and flags and filters the overdue ones', async () => {
    const agent = await employee('Asia/Tokyo');
    const support = await department();
    const client = await counterparty();
    const past = new Date(Date.now() - 3_600_000).toISOString();
    const late = await registered({ counterpartyId: client, dueAt: past });
    const onTime = await registered({ counterpartyId: client, dueAt: new Date(Date.now() + 86_400_000).toISOString() });
    expect([late.overdue, onTime.overdue]).toEqual([true, false]);

    const handed = await run('assignAppeal', { id: late.id, expectedVersion: 1, departmentId: support, responsibleEmployeeId: agent, comment: 'Second line' });
    expect(handed.payload.appeal).toMatchObject({ responsibleEmployee: { id: agent }, department: { id: support }, version: 2 });
    expect(handed.payload.appeal.actions.at(-1)).toMatchObject({ kind: 'ASSIGNED', description: 'Second line', assignedEmployee: { id: agent }, assignedDepartment: { id: support } });

    const work = await run('recordAppealWork', { appealId: late.id, employeeId: agent, description: 'Called back', minutes: 25, happenedAt: '2027-03-01T20:00:00Z' },
      'appeal { id } action { kind minutes description employee { id } }');
    expect(work.payload.action).toEqual({ kind: 'WORK', minutes: 25, description: 'Called back', employee: { id: agent } });
    const journal = await api.request('query($w: TimeEntryFilter) { timeEntries(where: $w) { edges { node { date minutes counterparty { id } appeal { id } } } } }', { w: { employeeId: agent } });
    // 20:00 UTC on March 1 is March 2 in Tokyo.
    expect(journal.data.timeEntries.edges.map((edge: any) => edge.node)).toEqual([{ date: '2027-03-02', minutes: 25, counterparty: { id: client }, appeal: { id: late.id } }]);
    const tooLong = await run('recordAppealWork', { appealId: late.id, employeeId: agent, description: 'All week', minutes: 5000 }, 'action { kind }');
    expect(tooLong.errors).toEqual([['input.minutes', 'OUT_OF_RANGE']]);

    const overdue = await api.request('query($w: AppealFilter) { appeals(where: $w) { edges { node { id } } } }', { w: { counterpartyId: client, overdue: true } });
    expect(overdue.data.appeals.edges.map((edge: any) => edge.node.id)).toEqual([late.id]);
    const resolved = await run('changeAppealStatus', { id: late.id, expectedVersion: 2, status: 'RESOLVED', resolution: 'Done' });
    expect(resolved.payload.appeal.overdue).toBe(false);
    const none = await api.request('query($w: AppealFilter) { appeals(where: $w) { totalCount } }', { w: { counterpartyId: client, overdue: true } });
    expect(none.data.appeals.totalCount).toBe(0);
  });

  it('files appeals by type, and refuses a handover of a closed appeal or to nobody', async () => {
    const complaints = (await api.mutate('createAppealType', { name: 'Complaints' }, 'group { id }')).group.id;
    const delivery = (await api.mutate('createAppealType', { name: 'Delivery', parentId: complaints }, 'group { id path }')).group;
    expect(delivery.path).toBe('Complaints/Delivery');
    const appeal = await registered({ typeId: delivery.id });
    expect(appeal.type).toEqual({ path: 'Complaints/Delivery' });
    const byType = await api.request('query($t: ID!) { appeals(where: { typeId: $t }) { edges { node { id } } } }', { t: complaints });
    expect(byType.data.appeals.edges.map((edge: any) => edge.node.id)).toEqual([appeal.id]);

    expect((await run('assignAppeal', { id: appeal.id, expectedVersion: 1 })).errors).toEqual([['input.responsibleEmployeeId', 'REQUIRED']]);
    await run('changeAppealStatus', { id: appeal.id, expectedVersion: 1, status: 'REJECTED', comment: 'Not ours' });
    expect((await run('assignAppeal', { id: appeal.id, expectedVersion: 2, responsibleEmployeeId: await employee() })).errors).toEqual([['input.id', 'INVALID_STATE']]);
  });

  it('finds knowledge-base articles by words and fragments in any alphabet, and resolves an appeal by one', async () => {
    const type = (await api.mutate('createAppealType', { name: 'Boilers' }, 'group { id }')).group.id;
    const article = (question: string, answer: string, tags: string[], appealTypeId?: string) =>
      api.mutate('createKnowledgeArticle', { question, answer, tags, appealTypeId }, 'article { id tags version }').then((payload) => payload.article);
    const boiler = await article('Котел не запускається після заміни фільтра', 'Скиньте контролер: утримуйте кнопку 10 секунд.', [' Boiler ', 'boiler', 'RESET'], type);
    const password = await article('Как сбросить пароль кабинета', 'Нажмите «Забыли пароль» на странице входа.', ['account']);
    expect(boiler.tags).toEqual(['boiler', 'reset']);
    const find = async (where: Record<string, unknown>) =>
      (await api.request('query($w: KnowledgeArticleFilter) { knowledgeArticles(where: $w) { edges { node { id } } } }', { w: where }))
        .data.knowledgeArticles.edges.map((edge: any) => edge.node.id);
    expect(await find({ search: 'фільтра' })).toEqual([boiler.id]);
    expect(await find({ search: 'пароль' })).toEqual([password.id]);
    expect(await find({ search: 'запуск' })).toEqual([boiler.id]);
    expect(await find({ search: 'кнопку секунд' })).toEqual([boiler.id]);
    expect(await find({ tags: ['Reset', 'boiler'] })).toEqual([boiler.id]);
    expect(await find({ appealTypeId: type })).toEqual([boiler.id]);
    expect(await find({ search: 'пароль', tags: ['boiler'] })).toEqual([]);
    const short = await api.request('{ knowledgeArticles(where: { search: "к" }) { totalCount } }');
    expect(errorCodes(short)).toEqual(['BAD_USER_INPUT']);

    const appeal = await registered({ typeId: type });
    const early = await run('changeAppealStatus', { id: appeal.id, expectedVersion: 1, status: 'IN_PROGRESS', articleId: boiler.id });
    expect(early.errors).toEqual([['input.articleId', 'INVALID']]);
    const resolved = await run('changeAppealStatus', { id: appeal.id, expectedVersion: 1, status: 'RESOLVED', articleId: boiler.id },
      `appeal { status resolution article { id question } }`);
    expect(resolved.payload.appeal).toEqual({
      status: 'RESOLVED', resolution: 'Скиньте контролер: утримуйте кнопку 10 секунд.', article: { id: boiler.id, question: 'Котел не запускається після заміни фільтра' },
    });
  });

  it('reads counterparties with their appeals and actions in the same statements for 3 counterparties as for 12', async () => {
    const owners: string[] = [];
    const agent = await employee();
    for (let i = 0; i < 12; i += 1) {
      const client = await counterparty();
      const appeal = await registered({ counterpartyId: client, responsibleEmployeeId: agent });
      await run('changeAppealStatus', { id: appeal.id, expectedVersion: 1, status: 'IN_PROGRESS' });
      owners.push(client);
    }
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Counterparty { appeals {
      number overdue responsibleEmployee { fullName } actions { kind toStatus assignedEmployee { fullName } } } } } }`;
    const three = await api.request(query, { ids: owners.slice(0, 3) });
    const twelve = await api.request(query, { ids: owners });
    expect(twelve.errors).toBeUndefined();
    const appeals = twelve.data.nodes.flatMap((node: any) => node.appeals);
    expect(appeals).toHaveLength(12);
    expect(appeals.every((a: any) => a.actions.length === 2 && a.responsibleEmployee.fullName && a.actions[0].assignedEmployee.fullName)).toBe(true);
    expect(twelve.statements).toBe(three.statements);
  });
});
