import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, fieldsAndCodes, startTestApi, type TestApi } from '../../testing/api.js';
import { expectPagingRefusals, expectSameItemsBothWays, PAGE_INFO } from '../../testing/paging.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api?.stop(); });

const ENTRY_FIELDS = 'id subject kind status plannedAt happenedAt occurredAt durationMinutes result version importance';
const CREATE = `mutation($input: CreateChronicleEntryInput!) {
  createChronicleEntry(input: $input) { chronicleEntry { ${ENTRY_FIELDS} responsibleEmployee { fullName } counterparty { id } } userErrors { field code message } }
}`;
const UPDATE = `mutation($input: UpdateChronicleEntryInput!) {
  updateChronicleEntry(input: $input) { chronicleEntry { ${ENTRY_FIELDS} } userErrors { field code message } }
}`;
const COMPLETE = `mutation($input: CompleteChronicleEntryInput!) {
  completeChronicleEntry(input: $input) { chronicleEntry { ${ENTRY_FIELDS} } userErrors { field code message } }
}`;
const CANCEL = `mutation($input: CancelChronicleEntryInput!) {
  cancelChronicleEntry(input: $input) { chronicleEntry { ${ENTRY_FIELDS} } userErrors { field code message } }
}`;
const READ = `query($id: ID!) { chronicleEntry(id: $id) { ${ENTRY_FIELDS} } }`;
const CHRONICLE = `query($id: ID!, $first: Int, $after: String, $where: ChronicleFilter) {
  counterparty(id: $id) {
    chronicle(first: $first, after: $after, where: $where) {
      edges { cursor node { subject kind status direction } }
      pageInfo { hasNextPage hasPreviousPage endCursor }
      totalCount
    }
  }
}`;
const TOTAL = '{ chronicleEntries { totalCount } }';

let counter = 0;
async function counterparty(name = `Counterparty ${++counter}`): Promise<string> {
  return (await api.mutate('createCounterparty', { kind: 'ORGANIZATION', name }, 'counterparty { id }')).counterparty.id;
}

async function employee(fullName: string, active = true): Promise<string> {
  const email = `${fullName.toLowerCase().replace(/\W+/g, '.')}.${++counter}@example.com`;
  const created = await api.request(`mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } userErrors { code } } }`, {
    input: { fullName, email },
  });
  const { id } = created.data.createEmployee.employee;
  if (!active) {
    await api.request('mutation($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { userErrors { code } } }', {
      input: { id, expectedVersion: 1, active: false },
    });
  }
  return id;
}

async function entry(input: Record<string, unknown>) {
  const result = await api.request(CREATE, { input: { kind: 'CALL', subject: 'A call', ...input } });
  expect(result.errors).toBeUndefined();
  expect(result.data.createChronicleEntry.userErrors).toEqual([]);
  return result.data.createChronicleEntry.chronicleEntry;
}

const total = async () => (await api.request(TOTAL)).data.chronicleEntries.totalCount as number;
const errorsOf = (payload: { userErrors: { field: string[]; code: string }[] }) => fieldsAndCodes(payload.userErrors);

describe('chronicle entries', () => {
  it('plans a contact, completes it, and refuses to complete or cancel it again', async () => {
    const counterpartyId = await counterparty();
    const responsible = await employee('Olena Kovalenko');
    const planned = await entry({
      counterpartyId, responsibleEmployeeId: responsible, kind: 'MEETING', status: 'PLANNED', plannedAt: '2030-03-01T10:00:00Z',
      subject: '  Contract renewal  ', importance: 'KEY',
    });
    expect(planned).toMatchObject({
      subject: 'Contract renewal', status: 'PLANNED', plannedAt: '2030-03-01T10:00:00.000Z', happenedAt: null,
      occurredAt: '2030-03-01T10:00:00.000Z', importance: 'KEY', version: 1,
      responsibleEmployee: { fullName: 'Olena Kovalenko' }, counterparty: { id: counterpartyId },
    });

    const done = await api.request(COMPLETE, {
      input: { id: planned.id, expectedVersion: 1, happenedAt: '2030-03-01T11:30:00Z', result: 'Signed', durationMinutes: 45 },
    });
    expect(done.data.completeChronicleEntry.userErrors).toEqual([]);
    expect(done.data.completeChronicleEntry.chronicleEntry).toMatchObject({
      status: 'DONE', happenedAt: '2030-03-01T11:30:00.000Z', occurredAt: '2030-03-01T11:30:00.000Z', result: 'Signed', durationMinutes: 45, version: 2,
    });

    const again = await api.request(COMPLETE, { input: { id: planned.id, expectedVersion: 2 } });
    expect(again.data.completeChronicleEntry.chronicleEntry).toBeNull();
    expect(errorsOf(again.data.completeChronicleEntry)).toEqual([['input.id', 'INVALID_STATE']]);
    const cancel = await api.request(CANCEL, { input: { id: planned.id, expectedVersion: 2 } });
    expect(errorsOf(cancel.data.cancelChronicleEntry)).toEqual([['input.id', 'INVALID_STATE']]);
    expect((await api.request(READ, { id: planned.id })).data.chronicleEntry).toMatchObject({ status: 'DONE', version: 2 });
  });

  it('cancels a planned entry and then refuses to complete it', async () => {
    const counterpartyId = await counterparty();
    const planned = await entry({ counterpartyId, status: 'PLANNED', plannedAt: '2030-04-01T09:00:00Z' });
    const cancelled = await api.request(CANCEL, { input: { id: planned.id, expectedVersion: 1 } });
    expect(cancelled.data.cancelChronicleEntry.chronicleEntry).toMatchObject({ status: 'CANCELLED', version: 2, happenedAt: null });
    const complete = await api.request(COMPLETE, { input: { id: planned.id, expectedVersion: 2 } });
    expect(errorsOf(complete.data.completeChronicleEntry)).toEqual([['input.id', 'INVALID_STATE']]);
    expect((await api.request(READ, { id: planned.id })).data.chronicleEntry).toMatchObject({ status: 'CANCELLED', version: 2 });
  });

  it('registers a done contact at now by default, responsible: the employee of the key', async () => {
    const counterpartyId = await counterparty();
    const before = Date.now();
    const done = await entry({ counterpartyId, subject: 'Inbound call' });
    expect(done.status).toBe('DONE');
    const happened = Date.parse(done.happenedAt);
    expect(happened).toBeGreaterThanOrEqual(before - 1000);
    expect(happened).toBeLessThanOrEqual(Date.now() + 1000);
    expect(done.occurredAt).toBe(done.happenedAt);
    // The test admin key belongs to no employee.
    expect(done.responsibleEmployee).toBeNull();
    const node = await api.request('query($id: ID!) { node(id: $id) { __typename ... on ChronicleEntry { subject } } }', { id: done.id });
    expect(node.data.node).toEqual({ __typename: 'ChronicleEntry', subject: 'Inbound call' });
  });

  it('names the contact person on the counterparty side', async () => {
    const counterpartyId = await counterparty();
    const CREATE_PERSON = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } userErrors { code } } }`;
    const person = await api.request(CREATE_PERSON, { input: { lastName: 'Melnyk', firstName: 'Iryna', positions: [{ counterpartyId, title: 'Buyer' }] } });
    const personId = person.data.createPerson.person.id;
    const stranger = await api.request(CREATE_PERSON, { input: { lastName: 'Outsider' } });
    const notTheirs = await api.request(CREATE, { input: { counterpartyId, personId: stranger.data.createPerson.person.id, kind: 'CALL', subject: 'x' } });
    expect(errorsOf(notTheirs.data.createChronicleEntry)).toEqual([['input.personId', 'INVALID']]);
    const created = await entry({ counterpartyId, personId, subject: 'Talked to Iryna' });
    const read = await api.request(`query($id: ID!) { chronicleEntry(id: $id) { person { id lastName } } }`, { id: created.id });
    expect(read.data.chronicleEntry.person).toEqual({ id: personId, lastName: 'Melnyk' });
    const cleared = await api.request(UPDATE, { input: { id: created.id, expectedVersion: 1, personId: null } });
    expect(cleared.data.updateChronicleEntry.userErrors).toEqual([]);
    const readAgain = await api.request(`query($id: ID!) { chronicleEntry(id: $id) { person { id } version } }`, { id: created.id });
    expect(readAgain.data.chronicleEntry).toEqual({ person: null, version: 2 });
    const wrong = await api.request(UPDATE, { input: { id: created.id, expectedVersion: 2, personId: counterpartyId } });
    expect(errorsOf(wrong.data.updateChronicleEntry)).toEqual([['input.personId', 'WRONG_TYPE']]);
    const missing = await api.request(UPDATE, { input: { id: created.id, expectedVersion: 2, personId: 'UGVyc29uOjk5OTk5' } });
    expect(errorsOf(missing.data.updateChronicleEntry)).toEqual([['input.personId', 'NOT_FOUND']]);
  });

  it('refuses bad input, naming each field, and writes nothing', async () => {
    const counterpartyId = await counterparty();
    const inactive = await employee('Gone Away', false);
    const before = await total();
    const unknown = await api.request(CREATE, { input: { counterpartyId: 'Q291bnRlcnBhcnR5Ojk5OTk5', kind: 'CALL', subject: 'x' } });
    expect(errorsOf(unknown.data.createChronicleEntry)).toEqual([['input.counterpartyId', 'NOT_FOUND']]);

    const wrongType = await api.request(CREATE, {
      input: { counterpartyId, responsibleEmployeeId: counterpartyId, informationSourceId: 'garbage', kind: 'CALL', subject: 'x' },
    });
    expect(errorsOf(wrongType.data.createChronicleEntry)).toEqual([
      ['input.responsibleEmployeeId', 'WRONG_TYPE'],
      ['input.informationSourceId', 'INVALID'],
    ]);

    const counterpartyAsPerson = await api.request(CREATE, { input: { counterpartyId: 'RW1wbG95ZWU6MQ', kind: 'CALL', subject: 'x' } });
    expect(errorsOf(counterpartyAsPerson.data.createChronicleEntry)).toEqual([['input.counterpartyId', 'WRONG_TYPE']]);

    const plannedWithoutTime = await api.request(CREATE, {
      input: { counterpartyId, kind: 'VISIT', status: 'PLANNED', subject: 'Visit', happenedAt: '2030-01-01T00:00:00Z' },
    });
    expect(errorsOf(plannedWithoutTime.data.createChronicleEntry)).toEqual([
      ['input.plannedAt', 'REQUIRED'],
      ['input.happenedAt', 'INVALID'],
    ]);

    const ranges = await api.request(CREATE, {
      input: { counterpartyId, kind: 'CALL', subject: 'x'.repeat(501), durationMinutes: 100_001, responsibleEmployeeId: inactive },
    });
    expect(errorsOf(ranges.data.createChronicleEntry)).toEqual([
      ['input.subject', 'TOO_LONG'],
      ['input.durationMinutes', 'OUT_OF_RANGE'],
      ['input.responsibleEmployeeId', 'INVALID_STATE'],
    ]);

    const blank = await api.request(CREATE, { input: { counterpartyId, kind: 'CALL', subject: '   ', durationMinutes: -1 } });
    expect(errorsOf(blank.data.createChronicleEntry)).toEqual([['input.subject', 'REQUIRED'], ['input.durationMinutes', 'OUT_OF_RANGE']]);

    const viewer = await api.request(CREATE, { input: { counterpartyId, kind: 'CALL', subject: 'x' } }, { key: await api.keyFor('VIEWER') });
    expect(errorCodes(viewer)).toEqual(['FORBIDDEN']);

    expect(await total()).toBe(before);
  });

  it('reports a duplicate external id as a user error', async () => {
    const counterpartyId = await counterparty();
    await entry({ counterpartyId, externalId: 'crm-1' });
    const again = await api.request(CREATE, { input: { counterpartyId, kind: 'CALL', subject: 'x', externalId: 'crm-1' } });
    expect(errorsOf(again.data.createChronicleEntry)).toEqual([['input.externalId', 'DUPLICATE']]);
  });

  it('updates with the current version; a stale one is a CONFLICT that changes nothing', async () => {
    const counterpartyId = await counterparty();
    const planned = await entry({ counterpartyId, status: 'PLANNED', plannedAt: '2030-05-01T09:00:00Z', subject: 'Original' });
    const updated = await api.request(UPDATE, { input: { id: planned.id, expectedVersion: 1, subject: 'Renamed', plannedAt: '2030-05-02T09:00:00Z' } });
    expect(updated.data.updateChronicleEntry.chronicleEntry).toMatchObject({
      subject: 'Renamed', plannedAt: '2030-05-02T09:00:00.000Z', occurredAt: '2030-05-02T09:00:00.000Z', version: 2,
    });

    const stale = await api.request(UPDATE, { input: { id: planned.id, expectedVersion: 1, subject: 'Lost update' } });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors?.[0].extensions?.field).toEqual(['input', 'expectedVersion']);
    const staleComplete = await api.request(COMPLETE, { input: { id: planned.id, expectedVersion: 1 } });
    expect(errorCodes(staleComplete)).toEqual(['CONFLICT']);
    expect((await api.request(READ, { id: planned.id })).data.chronicleEntry).toMatchObject({ subject: 'Renamed', status: 'PLANNED', version: 2 });

    const unplanned = await api.request(UPDATE, { input: { id: planned.id, expectedVersion: 2, plannedAt: null, happenedAt: '2030-01-01T00:00:00Z' } });
    expect(errorsOf(unplanned.data.updateChronicleEntry)).toEqual([['input.plannedAt', 'REQUIRED'], ['input.happenedAt', 'INVALID']]);
    expect((await api.request(READ, { id: planned.id })).data.chronicleEntry).toMatchObject({ plannedAt: '2030-05-02T09:00:00.000Z', version: 2 });

    const missing = await api.request(UPDATE, { input: { id: 'Q2hyb25pY2xlRW50cnk6OTk5OTk', expectedVersion: 1 } });
    expect(errorCodes(missing)).toEqual(['NOT_FOUND']);
  });
});

describe('Counterparty.chronicle', () => {
  let counterpartyId: string;
  let manager: string;

  beforeAll(async () => {
    counterpartyId = await counterparty('Chronicle Holder');
    manager = await employee('Petro Manager');
    await entry({ counterpartyId, subject: 'Jan call', kind: 'CALL', direction: 'INCOMING', happenedAt: '2026-01-10T10:00:00Z' });
    await entry({ counterpartyId, subject: 'Feb letter', kind: 'LETTER', direction: 'OUTGOING', happenedAt: '2026-02-10T10:00:00Z', responsibleEmployeeId: manager });
    await entry({ counterpartyId, subject: 'Mar meeting', kind: 'MEETING', status: 'PLANNED', plannedAt: '2026-03-10T10:00:00Z', responsibleEmployeeId: manager });
    await entry({ counterpartyId, subject: 'Apr anniversary', kind: 'SPECIAL_EVENT', happenedAt: '2026-04-10T00:00:00Z' });
    // Same instant as the April entry: the id breaks the tie, newest id first.
    await entry({ counterpartyId, subject: 'Apr call', kind: 'CALL', direction: 'INCOMING', happenedAt: '2026-04-10T00:00:00Z' });
    const other = await counterparty('Someone else');
    await entry({ counterpartyId: other, subject: 'Not ours', happenedAt: '2026-05-01T00:00:00Z' });
  });

  const subjects = (result: any) => result.data.counterparty.chronicle.edges.map((e: any) => e.node.subject);

  it('lists newest first and pages with cursors', async () => {
    const first = await api.request(CHRONICLE, { id: counterpartyId, first: 2 });
    expect(subjects(first)).toEqual(['Apr call', 'Apr anniversary']);
    expect(first.data.counterparty.chronicle.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.data.counterparty.chronicle.totalCount).toBe(5);

    const second = await api.request(CHRONICLE, { id: counterpartyId, first: 2, after: first.data.counterparty.chronicle.pageInfo.endCursor });
    expect(subjects(second)).toEqual(['Mar meeting', 'Feb letter']);
    const third = await api.request(CHRONICLE, { id: counterpartyId, first: 2, after: second.data.counterparty.chronicle.pageInfo.endCursor });
    expect(subjects(third)).toEqual(['Jan call']);
    expect(third.data.counterparty.chronicle.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    const all = await api.request(CHRONICLE, { id: counterpartyId });
    expect(subjects(all)).toEqual(['Apr call', 'Apr anniversary', 'Mar meeting', 'Feb letter', 'Jan call']);
  });

  it('pages backward through the same entries as forward, and refuses bad backward arguments', async () => {
    const paged = {
      send: (variables: Record<string, unknown>) => api.request(`query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
        counterparty(id: $id) { chronicle(first: $first, after: $after, last: $last, before: $before) { edges { node { subject } } ${PAGE_INFO} } } }`,
      { id: counterpartyId, ...variables }),
      path: ['counterparty', 'chronicle'],
    };
    expect(await expectSameItemsBothWays(paged)).toEqual(['Apr call', 'Apr anniversary', 'Mar meeting', 'Feb letter', 'Jan call'].map((subject) => ({ subject })));
    await expectPagingRefusals(paged);
  });

  it('answers the references read with its entries as their own queries answer them, and none where there is none', async () => {
    const withReferences = `query($id: ID!) {
      counterparty(id: $id) {
        chronicle { edges { node {
          subject
          responsibleEmployee { id fullName email active department { name } }
          counterparty { id name }
          person { id }
        } } }
      }
    }`;
    const result = await api.request(withReferences, { id: counterpartyId });
    expect(result.errors).toBeUndefined();
    const nodes = result.data.counterparty.chronicle.edges.map((edge: any) => edge.node);
    const byId = await api.request(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Employee { id fullName email active department { name } } ... on Counterparty { id name } } }`,
      { ids: [manager, counterpartyId] });
    const [employeeById, counterpartyById] = byId.data.nodes;
    expect(nodes.map((node: any) => [node.subject, node.responsibleEmployee])).toEqual([
      ['Apr call', null], ['Apr anniversary', null], ['Mar meeting', employeeById], ['Feb letter', employeeById], ['Jan call', null],
    ]);
    expect(nodes.every((node: any) => node.person === null && node.counterparty.id === counterpartyById.id && node.counterparty.name === counterpartyById.name)).toBe(true);
  });

  it('filters by kind, status, direction, employee and period', async () => {
    const calls = await api.request(CHRONICLE, { id: counterpartyId, where: { kinds: ['CALL', 'LETTER'] } });
    expect(subjects(calls)).toEqual(['Apr call', 'Feb letter', 'Jan call']);
    expect(calls.data.counterparty.chronicle.totalCount).toBe(3);
    const planned = await api.request(CHRONICLE, { id: counterpartyId, where: { statuses: ['PLANNED'] } });
    expect(subjects(planned)).toEqual(['Mar meeting']);
    const incoming = await api.request(CHRONICLE, { id: counterpartyId, where: { direction: 'INCOMING' } });
    expect(subjects(incoming)).toEqual(['Apr call', 'Jan call']);
    const mine = await api.request(CHRONICLE, { id: counterpartyId, where: { responsibleEmployeeId: manager } });
    expect(subjects(mine)).toEqual(['Mar meeting', 'Feb letter']);
    const period = await api.request(CHRONICLE, { id: counterpartyId, where: { from: '2026-02-10T10:00:00Z', to: '2026-04-10T00:00:00Z' } });
    expect(subjects(period)).toEqual(['Mar meeting', 'Feb letter']);
    const pagedFilter = await api.request(CHRONICLE, { id: counterpartyId, first: 1, where: { kinds: ['CALL'] } });
    const next = await api.request(CHRONICLE, {
      id: counterpartyId, first: 1, where: { kinds: ['CALL'] }, after: pagedFilter.data.counterparty.chronicle.pageInfo.endCursor,
    });
    expect(subjects(next)).toEqual(['Jan call']);
  });

  it('lists all entries at the top level, filtered by counterparty', async () => {
    const result = await api.request(`query($where: ChronicleEntriesFilter) {
      chronicleEntries(first: 3, where: $where) { edges { node { subject counterparty { id } } } totalCount }
    }`, { where: { counterpartyId } });
    expect(result.data.chronicleEntries.edges.map((e: any) => e.node.subject)).toEqual(['Apr call', 'Apr anniversary', 'Mar meeting']);
    expect(result.data.chronicleEntries.totalCount).toBe(5);
    const backward = await api.request(`query($where: ChronicleEntriesFilter) {
      chronicleEntries(last: 2, where: $where) { edges { node { subject } } }
    }`, { where: { counterpartyId } });
    expect(backward.data.chronicleEntries.edges.map((e: any) => e.node.subject)).toEqual(['Feb letter', 'Jan call']);
  });

  it('rejects a garbage cursor, an oversized page and a bad employee id', async () => {
    const garbage = await api.request(CHRONICLE, { id: counterpartyId, after: 'definitely-not-a-cursor!' });
    expect(errorCodes(garbage)).toEqual(['BAD_USER_INPUT']);
    expect(garbage.errors?.[0].extensions?.field).toEqual(['after']);
    const tooMany = await api.request(CHRONICLE, { id: counterpartyId, first: 1000 });
    expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.errors?.[0].extensions?.field).toEqual(['first']);
    const badEmployee = await api.request(CHRONICLE, { id: counterpartyId, where: { responsibleEmployeeId: counterpartyId } });
    expect(errorCodes(badEmployee)).toEqual(['BAD_USER_INPUT']);
    expect(badEmployee.errors?.[0].extensions?.field).toEqual(['where', 'responsibleEmployeeId']);
  });
});

describe('statement count', () => {
  it('reads the chronicle and obligations of 3 or 8 counterparties in the same number of statements', async () => {
    const responsible = await employee('Counted Employee');
    const ids: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      const id = await counterparty(`Counted ${i}`);
      ids.push(id);
      for (let j = 0; j < 3; j += 1) {
        await entry({ counterpartyId: id, subject: `Entry ${i}.${j}`, responsibleEmployeeId: responsible, happenedAt: `2026-0${j + 1}-01T00:00:00Z` });
      }
      const obligation = await api.request(`mutation($input: CreateObligationInput!) { createObligation(input: $input) { userErrors { code } } }`, {
        input: { counterpartyId: id, kind: 'PAYMENT', debtor: 'THEIRS', description: 'Pay', amount: '10.00', currency: 'EUR' },
      });
      expect(obligation.data.createObligation.userErrors).toEqual([]);
    }
    const query = `query($ids: [ID!]!) {
      nodes(ids: $ids) {
        ... on Counterparty {
          chronicle(first: 10) { edges { node { subject responsibleEmployee { fullName } } } }
          obligations { amount }
        }
      }
    }`;
    // Totals and a filtered second page of the chronicle batch the same way.
    const wider = `query($ids: [ID!]!) {
      nodes(ids: $ids) {
        ... on Counterparty {
          chronicle(first: 10) { totalCount edges { node { subject person { fullName } } } }
          called: chronicle(first: 1, where: { kinds: [CALL] }) { totalCount edges { node { subject } } }
          obligations(where: { overdue: false }) { amount outstandingAmount counterparty { id } }
        }
      }
    }`;
    const three = await api.request(query, { ids: ids.slice(0, 3) });
    const eight = await api.request(query, { ids });
    expect(three.errors).toBeUndefined();
    expect(eight.errors).toBeUndefined();
    expect(eight.data.nodes).toHaveLength(8);
    for (const node of eight.data.nodes) {
      expect(node.chronicle.edges).toHaveLength(3);
      expect(node.chronicle.edges[0].node.responsibleEmployee).toEqual({ fullName: 'Counted Employee' });
      expect(node.obligations).toEqual([{ amount: '10.00' }]);
    }
    expect(eight.data.nodes[7].chronicle.edges.map((e: any) => e.node.subject)).toEqual(['Entry 7.2', 'Entry 7.1', 'Entry 7.0']);
    expect(Number.isFinite(three.statements)).toBe(true);
    expect(eight.statements).toBe(three.statements);
    const widerThree = await api.request(wider, { ids: ids.slice(0, 3) });
    const widerEight = await api.request(wider, { ids });
    expect(widerEight.errors).toBeUndefined();
    expect(widerEight.data.nodes[5].chronicle.totalCount).toBe(3);
    expect(widerEight.data.nodes[5].called.edges).toHaveLength(1);
    expect(widerEight.statements).toBe(widerThree.statements);
    // The last page of every counterparty's chronicle batches the same way, oldest entries last.
    const backward = query.replace('chronicle(first: 10)', 'chronicle(last: 2)');
    const [backThree, backEight] = [await api.request(backward, { ids: ids.slice(0, 3) }), await api.request(backward, { ids })];
    expect(backEight.errors).toBeUndefined();
    expect(backEight.data.nodes[7].chronicle.edges.map((e: any) => e.node.subject)).toEqual(['Entry 7.1', 'Entry 7.0']);
    expect(backEight.statements).toBe(backThree.statements);
    expect(backEight.statements).toBe(eight.statements);
  });
});
