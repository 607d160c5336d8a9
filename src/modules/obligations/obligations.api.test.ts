import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, fieldsAndCodes, startTestApi, type TestApi } from '../../testing/api.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api?.stop(); });

const FIELDS = 'id kind debtor description amount currency fulfilledAmount outstandingAmount dueDate overdue status version';
const CREATE = `mutation($input: CreateObligationInput!) {
  createObligation(input: $input) { obligation { ${FIELDS} counterparty { id } } userErrors { field code message } }
}`;
const UPDATE = `mutation($input: UpdateObligationInput!) {
  updateObligation(input: $input) { obligation { ${FIELDS} } userErrors { field code message } }
}`;
const FULFIL = `mutation($input: RecordObligationFulfilmentInput!) {
  recordObligationFulfilment(input: $input) { obligation { ${FIELDS} } userErrors { field code message } }
}`;
const CANCEL = `mutation($input: CancelObligationInput!) {
  cancelObligation(input: $input) { obligation { ${FIELDS} } userErrors { field code message } }
}`;
const READ = `query($id: ID!) { obligation(id: $id) { ${FIELDS} } }`;
const OF_COUNTERPARTY = `query($id: ID!, $where: ObligationFilter) {
  counterparty(id: $id) { obligations(where: $where) { description dueDate overdue status } }
}`;
const TOTAL = '{ obligations { totalCount } }';

const today = DateTime.utc();
const daysFromToday = (days: number) => today.plus({ days }).toISODate()!;

let counter = 0;
async function counterparty(name = `Counterparty ${++counter}`): Promise<string> {
  return (await api.mutate('createCounterparty', { kind: 'ORGANIZATION', name }, 'counterparty { id }')).counterparty.id;
}

async function obligation(input: Record<string, unknown>) {
  const result = await api.request(CREATE, { input: { kind: 'PAYMENT', debtor: 'THEIRS', description: 'Payment', ...input } });
  expect(result.errors).toBeUndefined();
  expect(result.data.createObligation.userErrors).toEqual([]);
  return result.data.createObligation.obligation;
}

const total = async () => (await api.request(TOTAL)).data.obligations.totalCount as number;
const errorsOf = (payload: { userErrors: { field: string[]; code: string }[] }) => fieldsAndCodes(payload.userErrors);

describe('obligations', () => {
  it('creates an obligation and fulfils it in parts, exactly', async () => {
    const counterpartyId = await counterparty();
    const created = await obligation({ counterpartyId, amount: '100.10', currency: 'EUR', dueDate: daysFromToday(10), description: ' Pay invoice 7 ' });
    expect(created).toMatchObject({
      description: 'Pay invoice 7', amount: '100.10', currency: 'EUR', fulfilledAmount: '0.00', outstandingAmount: '100.10',
      status: 'OPEN', overdue: false, version: 1, counterparty: { id: counterpartyId },
    });

    const part = await api.request(FULFIL, { input: { id: created.id, expectedVersion: 1, amount: '0.1' } });
    expect(part.data.recordObligationFulfilment.obligation).toMatchObject({
      fulfilledAmount: '0.10', outstandingAmount: '100.00', status: 'PARTIALLY_FULFILLED', version: 2,
    });
    const over = await api.request(FULFIL, { input: { id: created.id, expectedVersion: 2, amount: '100.01' } });
    expect(errorsOf(over.data.recordObligationFulfilment)).toEqual([['input.amount', 'OUT_OF_RANGE']]);
    const zero = await api.request(FULFIL, { input: { id: created.id, expectedVersion: 2, amount: '0' } });
    expect(errorsOf(zero.data.recordObligationFulfilment)).toEqual([['input.amount', 'OUT_OF_RANGE']]);
    const tooPrecise = await api.request(FULFIL, { input: { id: created.id, expectedVersion: 2, amount: '1.001' } });
    expect(errorsOf(tooPrecise.data.recordObligationFulfilment)).toEqual([['input.amount', 'INVALID']]);
    expect((await api.request(READ, { id: created.id })).data.obligation).toMatchObject({ fulfilledAmount: '0.10', version: 2 });

    const rest = await api.request(FULFIL, { input: { id: created.id, expectedVersion: 2, amount: '100.00' } });
    expect(rest.data.recordObligationFulfilment.obligation).toMatchObject({
      fulfilledAmount: '100.10', outstandingAmount: '0.00', status: 'FULFILLED', version: 3,
    });
    const more = await api.request(FULFIL, { input: { id: created.id, expectedVersion: 3, amount: '1' } });
    expect(errorsOf(more.data.recordObligationFulfilment)).toEqual([['input.id', 'INVALID_STATE']]);
    const cancel = await api.request(CANCEL, { input: { id: created.id, expectedVersion: 3 } });
    expect(errorsOf(cancel.data.cancelObligation)).toEqual([['input.id', 'INVALID_STATE']]);

    const node = await api.request('query($id: ID!) { node(id: $id) { __typename ... on Obligation { status } } }', { id: created.id });
    expect(node.data.node).toEqual({ __typename: 'Obligation', status: 'FULFILLED' });
  });

  it('refuses bad input, naming each field, and writes nothing', async () => {
    const counterpartyId = await counterparty();
    const before = await total();
    const unknown = await api.request(CREATE, {
      input: { counterpartyId: 'Q291bnRlcnBhcnR5Ojk5OTk5', kind: 'PAYMENT', debtor: 'OURS', description: 'x' },
    });
    expect(errorsOf(unknown.data.createObligation)).toEqual([['input.counterpartyId', 'NOT_FOUND']]);
    const wrongType = await api.request(CREATE, { input: { counterpartyId: 'RW1wbG95ZWU6MQ', kind: 'PAYMENT', debtor: 'OURS', description: 'x' } });
    expect(errorsOf(wrongType.data.createObligation)).toEqual([['input.counterpartyId', 'WRONG_TYPE']]);
    const negative = await api.request(CREATE, { input: { counterpartyId, kind: 'PAYMENT', debtor: 'OURS', description: ' ', amount: '-5' } });
    expect(errorsOf(negative.data.createObligation)).toEqual([
      ['input.description', 'REQUIRED'],
      ['input.amount', 'OUT_OF_RANGE'],
      ['input.currency', 'REQUIRED'],
    ]);
    const noCurrency = await api.request(CREATE, { input: { counterpartyId, kind: 'PAYMENT', debtor: 'OURS', description: 'x', amount: '5' } });
    expect(errorsOf(noCurrency.data.createObligation)).toEqual([['input.currency', 'REQUIRED']]);
    const badDecimal = await api.request(CREATE, { input: { counterpartyId, kind: 'PAYMENT', debtor: 'OURS', description: 'x', amount: 5 } });
    expect(errorCodes(badDecimal)).toEqual(['BAD_USER_INPUT']);
    expect(badDecimal.errors?.[0].extensions?.field).toEqual(['input', 'amount']);
    const viewer = await api.request(CREATE, { input: { counterpartyId, kind: 'PAYMENT', debtor: 'OURS', description: 'x' } }, { key: await api.keyFor('VIEWER') });
    expect(errorCodes(viewer)).toEqual(['FORBIDDEN']);
    expect(await total()).toBe(before);
  });

  it('keeps the amount at or above what is fulfilled, and re-derives the status', async () => {
    const counterpartyId = await counterparty();
    const created = await obligation({ counterpartyId, amount: '50', currency: 'UAH' });
    await api.request(FULFIL, { input: { id: created.id, expectedVersion: 1, amount: '30' } });
    const below = await api.request(UPDATE, { input: { id: created.id, expectedVersion: 2, amount: '29.99' } });
    expect(errorsOf(below.data.updateObligation)).toEqual([['input.amount', 'OUT_OF_RANGE']]);
    const cleared = await api.request(UPDATE, { input: { id: created.id, expectedVersion: 2, amount: null } });
    expect(errorsOf(cleared.data.updateObligation)).toEqual([['input.amount', 'OUT_OF_RANGE']]);
    expect((await api.request(READ, { id: created.id })).data.obligation).toMatchObject({ amount: '50.00', version: 2 });

    const settled = await api.request(UPDATE, { input: { id: created.id, expectedVersion: 2, amount: '30' } });
    expect(settled.data.updateObligation.obligation).toMatchObject({ amount: '30.00', outstandingAmount: '0.00', status: 'FULFILLED', version: 3 });
    const reopened = await api.request(UPDATE, { input: { id: created.id, expectedVersion: 3, amount: '45.50', description: 'More' } });
    expect(reopened.data.updateObligation.obligation).toMatchObject({
      amount: '45.50', outstandingAmount: '15.50', status: 'PARTIALLY_FULFILLED', description: 'More', version: 4,
    });
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const counterpartyId = await counterparty();
    const created = await obligation({ counterpartyId, amount: '10', currency: 'EUR' });
    const updated = await api.request(UPDATE, { input: { id: created.id, expectedVersion: 1, description: 'Renamed' } });
    expect(updated.data.updateObligation.obligation).toMatchObject({ description: 'Renamed', version: 2 });
    for (const [query, input] of [
      [UPDATE, { id: created.id, expectedVersion: 1, description: 'Lost' }],
      [FULFIL, { id: created.id, expectedVersion: 1, amount: '5' }],
      [CANCEL, { id: created.id, expectedVersion: 1 }],
    ] as const) {
      const stale = await api.request(query, { input });
      expect(errorCodes(stale)).toEqual(['CONFLICT']);
      expect(stale.errors?.[0].extensions?.field).toEqual(['input', 'expectedVersion']);
    }
    expect((await api.request(READ, { id: created.id })).data.obligation).toMatchObject({
      description: 'Renamed', fulfilledAmount: '0.00', status: 'OPEN', version: 2,
    });
  });

  it('cancels an open obligation, which is then no longer overdue', async () => {
    const counterpartyId = await counterparty();
    const created = await obligation({ counterpartyId, kind: 'DOCUMENT', debtor: 'OURS', dueDate: daysFromToday(-3) });
    expect(created).toMatchObject({ amount: null, outstandingAmount: null, overdue: true });
    const noAmount = await api.request(FULFIL, { input: { id: created.id, expectedVersion: 1, amount: '1' } });
    expect(errorsOf(noAmount.data.recordObligationFulfilment)).toEqual([['input.id', 'INVALID_STATE']]);
    const cancelled = await api.request(CANCEL, { input: { id: created.id, expectedVersion: 1 } });
    expect(cancelled.data.cancelObligation.obligation).toMatchObject({ status: 'CANCELLED', overdue: false, version: 2 });
    const again = await api.request(CANCEL, { input: { id: created.id, expectedVersion: 2 } });
    expect(errorsOf(again.data.cancelObligation)).toEqual([['input.id', 'INVALID_STATE']]);
  });
});

describe('Counterparty.obligations and the obligations list', () => {
  let counterpartyId: string;

  beforeAll(async () => {
    counterpartyId = await counterparty('Debtor');
    await obligation({ counterpartyId, description: 'No date', amount: '1', currency: 'EUR' });
    await obligation({ counterpartyId, description: 'Due yesterday', amount: '2', currency: 'EUR', dueDate: daysFromToday(-1) });
    await obligation({ counterpartyId, description: 'Due today', amount: '3', currency: 'EUR', dueDate: daysFromToday(0), debtor: 'OURS' });
    await obligation({ counterpartyId, description: 'Due next week', amount: '4', currency: 'EUR', dueDate: daysFromToday(7) });
    const paid = await obligation({ counterpartyId, description: 'Paid long ago', amount: '5', currency: 'EUR', dueDate: daysFromToday(-30) });
    await api.request(FULFIL, { input: { id: paid.id, expectedVersion: 1, amount: '5' } });
    const partly = await obligation({ counterpartyId, description: 'Partly paid last month', amount: '6', currency: 'EUR', dueDate: daysFromToday(-20) });
    await api.request(FULFIL, { input: { id: partly.id, expectedVersion: 1, amount: '1' } });
    await obligation({ counterpartyId: await counterparty('Other'), description: 'Not ours', dueDate: daysFromToday(-40) });
  });

  const descriptions = (result: any) => result.data.counterparty.obligations.map((o: any) => o.description);

  it('lists by due date, undated last, and computes overdue', async () => {
    const all = await api.request(OF_COUNTERPARTY, { id: counterpartyId });
    expect(all.data.counterparty.obligations.map((o: any) => [o.description, o.overdue])).toEqual([
      ['Paid long ago', false],
      ['Partly paid last month', true],
      ['Due yesterday', true],
      ['Due today', false],
      ['Due next week', false],
      ['No date', false],
    ]);
  });

  it('filters by overdue, status and debtor', async () => {
    expect(descriptions(await api.request(OF_COUNTERPARTY, { id: counterpartyId, where: { overdue: true } })))
      .toEqual(['Partly paid last month', 'Due yesterday']);
    expect(descriptions(await api.request(OF_COUNTERPARTY, { id: counterpartyId, where: { overdue: false } })))
      .toEqual(['Paid long ago', 'Due today', 'Due next week', 'No date']);
    expect(descriptions(await api.request(OF_COUNTERPARTY, { id: counterpartyId, where: { statuses: ['FULFILLED', 'PARTIALLY_FULFILLED'] } })))
      .toEqual(['Paid long ago', 'Partly paid last month']);
    expect(descriptions(await api.request(OF_COUNTERPARTY, { id: counterpartyId, where: { debtor: 'OURS' } })))
      .toEqual(['Due today']);
  });

  it('pages the top-level list by due date with cursors, undated last', async () => {
    const query = `query($first: Int, $after: String, $where: ObligationsFilter) {
      obligations(first: $first, after: $after, where: $where) {
        edges { node { description } } pageInfo { hasNextPage endCursor } totalCount
      }
    }`;
    const where = { counterpartyId };
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 4; i += 1) {
      const page: any = await api.request(query, { first: 2, after, where });
      expect(page.errors).toBeUndefined();
      seen.push(...page.data.obligations.edges.map((e: any) => e.node.description));
      expect(page.data.obligations.totalCount).toBe(6);
      if (!page.data.obligations.pageInfo.hasNextPage) break;
      after = page.data.obligations.pageInfo.endCursor;
    }
    expect(seen).toEqual(['Paid long ago', 'Partly paid last month', 'Due yesterday', 'Due today', 'Due next week', 'No date']);

    const overdueEverywhere = await api.request(query, { where: { overdue: true } });
    expect(overdueEverywhere.data.obligations.edges.map((e: any) => e.node.description))
      .toEqual(['Not ours', 'Partly paid last month', 'Due yesterday']);

    const garbage = await api.request(query, { after: 'bm90IGEgY3Vyc29y' });
    expect(errorCodes(garbage)).toEqual(['BAD_USER_INPUT']);
    expect(garbage.errors?.[0].extensions?.field).toEqual(['after']);
    const tooMany = await api.request(query, { first: 1000 });
    expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.errors?.[0].extensions?.field).toEqual(['first']);
  });
});
