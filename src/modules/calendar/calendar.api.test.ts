import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeGlobalId, toGlobalId } from '../../lib/global-id.js';
import { createApiKey } from '../auth/api-keys.service.js';
import { errorCodes, startTestApi, type TestApi } from '../../testing/api.js';
import { instantSeenDifferently } from '../../testing/zones.js';
import { expectPagingRefusals, expectSameItemsBothWays, PAGE_INFO } from '../../testing/paging.js';
import { claimFixtures } from '../claims/claims-fixtures.js';

let api: TestApi;
let f: ReturnType<typeof claimFixtures>;
beforeAll(async () => {
  api = await startTestApi();
  f = claimFixtures(api);
});
afterAll(async () => { await api?.stop(); });

const KIRITIMATI = 'Pacific/Kiritimati';
const LOS_ANGELES = 'America/Los_Angeles';
let serial = 0;

const employee = async (timeZone: string) =>
  (await api.mutate('createEmployee', { fullName: `Manager ${++serial}`, email: `cal-${process.pid}-${serial}@example.com`, timeZone }, 'employee { id }')).employee.id as string;
const keyFor = async (employeeId: string) =>
  (await createApiKey(api.db, { name: `cal ${employeeId}`, role: 'MANAGER', employeeId: decodeGlobalId(employeeId)!.key })).key;
/** The ISO day `days` from today in `zone`, and that day's noon there as an instant. */
const day = (zone: string, days: number) => DateTime.now().setZone(zone).plus({ days }).toISODate()!;
const noon = (zone: string, days: number) => DateTime.now().setZone(zone).plus({ days }).set({ hour: 12, minute: 0, second: 0, millisecond: 0 }).toUTC().toISO()!;

const EVENT = 'kind recordId at date allDay title importance state counterparty { id }';
const CALENDAR = `query($e: ID, $from: LocalDate, $to: LocalDate, $w: CalendarFilter, $first: Int, $after: String) {
  calendar(employeeId: $e, from: $from, to: $to, where: $w, first: $first, after: $after) {
    employee { id } timeZone today
    edges { cursor node { ${EVENT} } }
    pageInfo { hasNextPage endCursor }
  } }`;
const calendar = async (variables: Record<string, unknown>, key?: string) => {
  const result = await api.request(CALENDAR, { first: 100, ...variables }, key ? { key } : undefined);
  expect(result.errors).toBeUndefined();
  return result.data.calendar;
};
const nodes = (page: { edges: { node: any }[] }) => page.edges.map((edge) => edge.node);

/** One event of every kind for `manager`, at days around today in `zone`, and events of others beside them. */
async function world(manager: string, zone: string) {
  const commerce = await f.commerce('cal');
  const client = await f.counterparty('cal-client', { segment: commerce.segment, responsibleEmployeeId: manager, importance: 'KEY' });
  const contact = (await api.mutate('createChronicleEntry', {
    counterpartyId: client, responsibleEmployeeId: manager, kind: 'CALL', status: 'PLANNED', plannedAt: noon(zone, 2), subject: 'Call back', importance: 'LOW',
  }, 'chronicleEntry { id }')).chronicleEntry.id as string;
  const task = (await api.mutate('createTask', { title: 'Send the price list', dueAt: noon(zone, -2), assigneeIds: [manager], counterpartyId: client }, 'task { id }')).task.id as string;
  const card = (await api.mutate('createServiceCard', { number: `SC-${process.pid}-${++serial}`, counterpartyId: client, engineerId: manager }, 'serviceCard { id }')).serviceCard.id;
  const visit = (await api.mutate('addServiceVisit', { cardId: card, plannedDate: day(zone, 0) }, 'serviceVisit { id }')).serviceVisit.id as string;
  const appeal = (await api.mutate('registerAppeal', {
    counterpartyId: client, channel: 'PHONE', subject: 'No invoice', responsibleEmployeeId: manager, dueAt: noon(zone, 1),
  }, 'appeal { id number }')).appeal;
  const claim = await f.registered({ counterpartyId: client, responsibleEmployeeId: manager, dueAt: noon(zone, 3) });
  // An order partly shipped (its shipment overdue, its payment to come), one shipped and paid in full, one a draft.
  const order = async (quantity: string, ship: string | null, pay: string | null, draft = false) => {
    const made = (await api.mutate('createOrder', {
      number: `CAL-${process.pid}-${++serial}`, date: day(zone, -10), counterpartyId: client, agreementId: commerce.agreement,
      expectedShipmentDate: day(zone, -5), expectedPaymentDate: day(zone, 5), lines: [{ productId: commerce.product, quantity }],
    }, 'order { id version number lines { id } }')).order;
    if (draft) return made;
    await api.mutate('postOrder', { id: made.id, expectedVersion: made.version }, 'order { id }');
    if (ship) await api.mutate('recordShipment', { orderId: made.id, date: day(zone, -1), lines: [{ orderLineId: made.lines[0].id, quantity: ship }] }, 'shipment { id }');
    if (pay) await api.mutate('recordPayment', { orderId: made.id, date: day(zone, -1), amount: pay }, 'payment { id }');
    return made;
  };
  const partial = await order('10', '4', null);
  await order('2', '2', '20');
  await order('3', null, null, true);
  return { client, contact, task, visit, appeal, claim, partial };
}

describe('calendar', () => {
  it('gathers the employee\'s contacts, tasks, visits, appeals, claims and unfinished orders, by time, with their state in the employee\'s zone', async () => {
    const manager = await employee(KIRITIMATI);
    const other = await employee(KIRITIMATI);
    const w = await world(manager, KIRITIMATI);
    // Another employee's events stay out.
    await api.mutate('createTask', { title: 'Not mine', dueAt: noon(KIRITIMATI, 0), assigneeIds: [other], counterpartyId: w.client }, 'task { id }');

    const page = await calendar({ e: manager });
    expect(page).toMatchObject({ employee: { id: manager }, timeZone: KIRITIMATI, today: day(KIRITIMATI, 0) });
    expect(nodes(page).map((e) => [e.kind, e.recordId, e.date, e.state, e.importance, e.allDay])).toEqual([
      ['SHIPMENT', w.partial.id, day(KIRITIMATI, -5), 'OVERDUE', 'KEY', true],
      ['TASK', w.task, day(KIRITIMATI, -2), 'OVERDUE', 'NORMAL', false],
      ['SERVICE_VISIT', w.visit, day(KIRITIMATI, 0), 'TODAY', 'KEY', true],
      ['APPEAL', w.appeal.id, day(KIRITIMATI, 1), 'UPCOMING', 'NORMAL', false],
      ['CONTACT', w.contact, day(KIRITIMATI, 2), 'UPCOMING', 'LOW', false],
      ['CLAIM', w.claim.id, day(KIRITIMATI, 3), 'UPCOMING', 'KEY', false],
      ['PAYMENT', w.partial.id, day(KIRITIMATI, 5), 'UPCOMING', 'KEY', true],
    ]);
    expect(nodes(page).map((e) => e.title)).toEqual([
      `Shipment of order ${w.partial.number}`, 'Send the price list', expect.stringMatching(/^Service visit, card SC-/),
      `Appeal ${w.appeal.number}: No invoice`, 'Call back', `Claim ${w.claim.number}: The delivery came broken`, `Payment of order ${w.partial.number}`,
    ]);
    expect(nodes(page).every((e) => e.counterparty.id === w.client)).toBe(true);
    // A whole-day event starts at the day's midnight in the employee's zone.
    expect(nodes(page)[0].at).toBe(DateTime.fromISO(day(KIRITIMATI, -5), { zone: KIRITIMATI }).toUTC().toISO());

    // From an order's event: the order with its shipments and payments, and the counterparty's settlements.
    const deep = await api.request(`query($e: ID) { calendar(employeeId: $e, where: { kinds: [SHIPMENT] }) { edges { node {
      order { id shippedAmount paidAmount shipmentState shipments { amount } payments { amount } lines { quantity } }
      settlements { receivable history { kind amount } }
      task { id } contact { id }
    } } } }`, { e: manager });
    expect(deep.errors).toBeUndefined();
    expect(nodes(deep.data.calendar)).toEqual([{
      order: expect.objectContaining({ id: w.partial.id, shippedAmount: '40.00', paidAmount: '0.00', shipments: [{ amount: '40.00' }], payments: [] }),
      settlements: expect.objectContaining({ receivable: expect.any(String), history: expect.arrayContaining([expect.objectContaining({ kind: 'SHIPMENT', amount: '40.00' })]) }),
      task: null, contact: null,
    }]);
    const records = await api.request(`query($e: ID) { calendar(employeeId: $e) { edges { node { kind
      task { id } contact { id } serviceVisit { id } appeal { id } claim { id } order { id } } } } }`, { e: manager });
    const byKind = Object.fromEntries(nodes(records.data.calendar).map((e) => [e.kind, e]));
    expect(byKind.TASK.task).toEqual({ id: w.task });
    expect(byKind.CONTACT.contact).toEqual({ id: w.contact });
    expect(byKind.SERVICE_VISIT.serviceVisit).toEqual({ id: w.visit });
    expect(byKind.APPEAL.appeal).toEqual({ id: w.appeal.id });
    expect(byKind.CLAIM.claim).toEqual({ id: w.claim.id });
    expect(byKind.PAYMENT.order).toEqual({ id: w.partial.id });
    expect(byKind.TASK.order).toBeNull();

    // A done task, a fully shipped order, a paid one leave the calendar.
    await api.mutate('completeTask', { id: w.task, expectedVersion: 1 }, 'task { id }');
    await api.mutate('recordShipment', { orderId: w.partial.id, date: day(KIRITIMATI, 0), lines: [{ orderLineId: w.partial.lines[0].id, quantity: '6' }] }, 'shipment { id }');
    expect(nodes(await calendar({ e: manager, w: { kinds: ['TASK', 'SHIPMENT', 'PAYMENT'] } })).map((e) => e.kind)).toEqual(['PAYMENT']);
  });

  it('shows the same task OVERDUE to one employee and TODAY to another in a zone far apart, and defaults to the key\'s employee', async () => {
    const kiritimati = await employee(KIRITIMATI);
    const losAngeles = await employee(LOS_ANGELES);
    const { at, overdueIn } = instantSeenDifferently(KIRITIMATI, LOS_ANGELES);
    const task = (await api.mutate('createTask', { title: 'Shared', dueAt: at.toISOString(), assigneeIds: [kiritimati, losAngeles] }, 'task { id }')).task.id;
    const stateFor = async (manager: string, zone: string) => {
      const page = await calendar({ e: manager, w: { kinds: ['TASK'] } });
      expect(page.timeZone).toBe(zone);
      expect(nodes(page).map((e) => e.recordId)).toEqual([task]);
      return nodes(page)[0].state;
    };
    expect(await stateFor(kiritimati, KIRITIMATI)).toBe(overdueIn === KIRITIMATI ? 'OVERDUE' : 'TODAY');
    expect(await stateFor(losAngeles, LOS_ANGELES)).toBe(overdueIn === LOS_ANGELES ? 'OVERDUE' : 'TODAY');
    // Without employeeId: the key's employee's calendar in its zone.
    const own = await calendar({ w: { kinds: ['TASK'] } }, await keyFor(losAngeles));
    expect(own).toMatchObject({ employee: { id: losAngeles }, timeZone: LOS_ANGELES, today: day(LOS_ANGELES, 0) });
    expect(nodes(own).map((e) => e.recordId)).toEqual([task]);
    // A key of no employee sees everyone's events in DEFAULT_TIME_ZONE (UTC here).
    const everyone = await calendar({ w: { kinds: ['TASK'] } });
    expect(everyone).toMatchObject({ employee: null, timeZone: 'UTC' });
    expect(nodes(everyone).map((e) => e.recordId)).toContain(task);
  });

  it('filters by counterparty, kind, importance and period, pages by cursor, and refuses bad arguments', async () => {
    const manager = await employee(LOS_ANGELES);
    const w = await world(manager, LOS_ANGELES);
    const kinds = async (variables: Record<string, unknown>) => nodes(await calendar({ e: manager, ...variables })).map((e) => e.kind);
    expect(await kinds({ w: { kinds: ['CONTACT', 'TASK'] } })).toEqual(['TASK', 'CONTACT']);
    expect(await kinds({ w: { kinds: [] } })).toEqual([]);
    expect(await kinds({ w: { importances: ['LOW'] } })).toEqual(['CONTACT']);
    expect(await kinds({ w: { importances: ['NORMAL'] } })).toEqual(['TASK', 'APPEAL']);
    expect(await kinds({ w: { counterpartyId: await f.counterparty('cal-none') } })).toEqual([]);
    expect((await kinds({ w: { counterpartyId: w.client } })).length).toBe(7);
    expect(await kinds({ from: day(LOS_ANGELES, 0), to: day(LOS_ANGELES, 2) })).toEqual(['SERVICE_VISIT', 'APPEAL', 'CONTACT']);
    expect(await kinds({ to: day(LOS_ANGELES, -3) })).toEqual(['SHIPMENT']);

    // Pages of two follow each other without gaps or repeats.
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i += 1) {
      const page: any = await calendar({ e: manager, first: 2, after });
      seen.push(...nodes(page).map((e) => `${e.kind}:${e.recordId}`));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(nodes(await calendar({ e: manager })).map((e) => `${e.kind}:${e.recordId}`));

    const refused = async (variables: Record<string, unknown>) => errorCodes(await api.request(CALENDAR, variables));
    expect(await refused({ e: w.client })).toEqual(['BAD_USER_INPUT']);
    expect(await refused({ e: 'nonsense' })).toEqual(['BAD_USER_INPUT']);
    expect(await refused({ e: toGlobalId('Employee', 999_999) })).toEqual(['NOT_FOUND']);
    expect(await refused({ e: manager, first: 101 })).toEqual(['BAD_USER_INPUT']);
    expect(await refused({ e: manager, first: -1 })).toEqual(['BAD_USER_INPUT']);
    expect(await refused({ e: manager, after: 'not a cursor' })).toEqual(['BAD_USER_INPUT']);
    expect(await refused({ e: manager, after: Buffer.from(JSON.stringify(['calendar.at,calendar.kind,calendar.id', '2030-01-01T00:00:00.000Z', 'NOPE', 1])).toString('base64url') })).toEqual(['BAD_USER_INPUT']);
    const tasksCursor = (await api.request('{ tasks(first: 1) { pageInfo { endCursor } } }')).data.tasks.pageInfo.endCursor;
    expect(await refused({ e: manager, after: tasksCursor })).toEqual(['BAD_USER_INPUT']);
    expect(await refused({ e: manager, w: { counterpartyId: manager } })).toEqual(['BAD_USER_INPUT']);
    expect(await refused({ e: manager, from: '2030-01-02', to: '2030-01-01' })).toEqual(['BAD_USER_INPUT']);
  });

  it('pages backward through the same events as forward, counts them in SQL only when asked, and refuses bad backward arguments', async () => {
    const manager = await employee(LOS_ANGELES);
    const w = await world(manager, LOS_ANGELES);
    const send = (variables: Record<string, unknown>, selection = `edges { node { kind recordId } } ${PAGE_INFO}`) => api.request(`query(
      $e: ID, $w: CalendarFilter, $first: Int, $after: String, $last: Int, $before: String) {
      calendar(employeeId: $e, where: $w, first: $first, after: $after, last: $last, before: $before) { ${selection} } }`, { e: manager, ...variables });
    const paged = { send, path: ['calendar'] };
    const events = await expectSameItemsBothWays(paged);
    expect(events).toEqual(nodes(await calendar({ e: manager })).map(({ kind, recordId }) => ({ kind, recordId })));
    await expectPagingRefusals(paged);
    const cursorOfAnotherKind = Buffer.from(JSON.stringify(['calendar.at,calendar.kind,calendar.id', '2030-01-01T00:00:00.000Z', 'NOPE', 1])).toString('base64url');
    const refused = await send({ last: 1, before: cursorOfAnotherKind });
    expect(refused.errors?.map((error) => [error.extensions?.code, error.extensions?.field])).toEqual([['BAD_USER_INPUT', ['before']]]);

    const counted = await send({ first: 1 }, 'totalCount edges { node { kind } }');
    const uncounted = await send({ first: 1 }, 'edges { node { kind } }');
    expect(counted.data.calendar.totalCount).toBe(events.length);
    expect(counted.statements).toBe(uncounted.statements + 1);
    const filtered = await send({ last: 1, w: { kinds: ['TASK', 'CONTACT'], counterpartyId: w.client } }, 'totalCount edges { node { kind } }');
    expect(filtered.data.calendar).toEqual({ totalCount: 2, edges: [{ node: { kind: 'CONTACT' } }] });
    expect((await send({ w: { kinds: [] } }, 'totalCount')).data.calendar.totalCount).toBe(0);
  });

  it('reads a page of events and everything nested in it in as many statements for many events as for few', async () => {
    const QUERY = `query($e: ID) { calendar(employeeId: $e, first: 100) { employee { fullName } edges { node {
      kind title state counterparty { name }
      order { number shipments { amount } payments { amount } } settlements { receivable history { amount } }
      task { title assignees { fullName } } contact { subject } serviceVisit { plannedDate } appeal { number } claim { number }
    } } } }`;
    const few = await employee(KIRITIMATI);
    await world(few, KIRITIMATI);
    const many = await employee(KIRITIMATI);
    for (let i = 0; i < 4; i += 1) await world(many, KIRITIMATI);
    const extra = await f.counterparty('cal-many', { responsibleEmployeeId: many });
    await Promise.all(Array.from({ length: 20 }, (_, i) =>
      api.mutate('createTask', { title: `Task ${i}`, dueAt: noon(KIRITIMATI, i - 10), assigneeIds: [many, few], counterpartyId: extra }, 'task { id }')));
    const small = await api.request(QUERY, { e: few });
    const large = await api.request(QUERY, { e: many });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(nodes(small.data.calendar).length).toBe(27);
    expect(nodes(large.data.calendar).length).toBe(48);
    expect(nodes(large.data.calendar).filter((e) => e.order).every((e) => e.order.shipments.length > 0 || e.order.payments.length === 0)).toBe(true);
    expect(large.statements).toBe(small.statements);
  });
});
