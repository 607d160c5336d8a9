import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeGlobalId, toGlobalId } from '../../lib/global-id.js';
import { errorCodes, startTestApi, type TestApi } from '../../testing/api.js';
import { claimFixtures } from '../claims/claims-fixtures.js';

let api: TestApi;
let f: ReturnType<typeof claimFixtures>;
beforeAll(async () => {
  api = await startTestApi();
  f = claimFixtures(api);
});
afterAll(async () => { await api?.stop(); });

const PERIOD = `start orders purchases { currency amount } averageDaysBetweenOrders payments paid { currency amount }
  paidOnTime paidLate paidWithoutDueDate averageDaysLate claims claimsByStatus { status count }`;
const HISTORY = `query($id: ID!, $from: LocalDate!, $to: LocalDate!, $tz: String, $bucket: WorkHistoryBucket) {
  counterpartyWorkHistory(counterpartyId: $id, from: $from, to: $to, timeZone: $tz, bucket: $bucket) {
    counterparty { id } bucket total { ${PERIOD} } periods { ${PERIOD} }
  }
}`;

const eur = (amount: string) => [{ currency: 'EUR', amount }];
const none = { orders: 0, purchases: [], averageDaysBetweenOrders: null, payments: 0, paid: [], paidOnTime: 0, paidLate: 0, paidWithoutDueDate: 0, averageDaysLate: null, claims: 0, claimsByStatus: [] };

/**
 * A buyer's POSTED orders at 10 EUR a unit: 20 Dec 2023 (1), 10 Jan 2024 (2, due 20 Jan), 31 Jan
 * (3, due 10 Feb), 15 Apr (5, no due date), and a DRAFT. Payments: 30 Dec 2023 (before the period),
 * 18 Jan (20, 2 days early), 15 Feb (10, 5 days late), 2 Apr (20, 52 days late), 20 Apr (50, no
 * due date). Claims: one registered at 00:30 on 1 April in Kyiv (31 March in UTC), one on 10
 * February being investigated, one in July.
 */
async function buyer() {
  const shop = await f.commerce('wh');
  const id = await f.counterparty('wh-buyer', { segment: shop.segment });
  let n = 0;
  const order = async (date: string, quantity: string, expectedPaymentDate?: string, draft = false) => {
    const made = (await api.mutate('createOrder', {
      number: `WH-${process.pid}-${id}-${++n}`, date, counterpartyId: id, agreementId: shop.agreement, expectedPaymentDate,
      lines: [{ productId: shop.product, quantity }],
    }, 'order { id version }')).order;
    if (!draft) await api.mutate('postOrder', { id: made.id, expectedVersion: made.version }, 'order { id }');
    return made.id as string;
  };
  const pay = (orderId: string, date: string, amount: string) => api.mutate('recordPayment', { orderId, date, amount }, 'payment { id }');
  const o0 = await order('2023-12-20', '1', '2023-12-30');
  const o1 = await order('2024-01-10', '2', '2024-01-20');
  const o2 = await order('2024-01-31', '3', '2024-02-10');
  const o3 = await order('2024-04-15', '5');
  await order('2024-02-01', '7', undefined, true);
  await pay(o0, '2023-12-30', '10');
  await pay(o1, '2024-01-18', '20');
  await pay(o2, '2024-02-15', '10');
  await pay(o2, '2024-04-02', '20');
  await pay(o3, '2024-04-20', '50');
  const registeredAt = async (claim: { id: string }, at: string) =>
    api.db.execute(sql`update claims set registered_at = ${at}::timestamptz where id = ${decodeGlobalId(claim.id)!.key}`);
  await registeredAt(await f.registered({ counterpartyId: id }), '2024-03-31T21:30:00Z');
  await registeredAt(await f.moved(await f.registered({ counterpartyId: id }), 'INVESTIGATING'), '2024-02-10T10:00:00Z');
  await registeredAt(await f.registered({ counterpartyId: id }), '2024-07-01T10:00:00Z');
  return id;
}

describe('counterparty work history', () => {
  it('tells what a counterparty bought, how often, how it paid and what it claimed, per quarter or month in the time zone', async () => {
    const id = await buyer();
    const ask = async (variables: Record<string, unknown>) => {
      const result = await api.request(HISTORY, { id, from: '2024-01-01', to: '2024-06-30', tz: 'Europe/Kyiv', ...variables });
      expect(result.errors).toBeUndefined();
      return { statements: result.statements, history: result.data.counterpartyWorkHistory };
    };

    const { history, statements } = await ask({ bucket: 'QUARTER' });
    expect(statements).toBe(3); // authentication, the history, the counterparty
    expect(history.counterparty.id).toBe(id);
    expect(history.bucket).toBe('QUARTER');
    // Days between orders: 21 (from December's), 21, 75; late payments 5 and 52 days.
    expect(history.total).toEqual({
      start: null, orders: 3, purchases: eur('100.00'), averageDaysBetweenOrders: '39.0',
      payments: 4, paid: eur('100.00'), paidOnTime: 1, paidLate: 2, paidWithoutDueDate: 1, averageDaysLate: '28.5',
      claims: 2, claimsByStatus: [{ status: 'REGISTERED', count: 1 }, { status: 'INVESTIGATING', count: 1 }],
    });
    expect(history.periods).toEqual([
      {
        start: '2024-01-01', orders: 2, purchases: eur('50.00'), averageDaysBetweenOrders: '21.0',
        payments: 2, paid: eur('30.00'), paidOnTime: 1, paidLate: 1, paidWithoutDueDate: 0, averageDaysLate: '5.0',
        claims: 1, claimsByStatus: [{ status: 'INVESTIGATING', count: 1 }],
      },
      {
        start: '2024-04-01', orders: 1, purchases: eur('50.00'), averageDaysBetweenOrders: '75.0',
        payments: 2, paid: eur('70.00'), paidOnTime: 0, paidLate: 1, paidWithoutDueDate: 1, averageDaysLate: '52.0',
        claims: 1, claimsByStatus: [{ status: 'REGISTERED', count: 1 }],
      },
    ]);

    // In UTC the claim of 1 April (Kyiv) is March's.
    const utc = (await ask({ bucket: 'QUARTER', tz: undefined })).history;
    expect(utc.periods.map((period: any) => period.claims)).toEqual([2, 0]);

    // By month over part of the period: rows for every month touching it, empty ones included, each
    // counting only what falls inside the period (10 January's order is before it; the claim of
    // 00:30 on 1 April in Kyiv is after it).
    const months = (await ask({ from: '2024-01-15', to: '2024-03-31' })).history;
    expect(months.bucket).toBe('MONTH');
    expect(months.periods.map((period: any) => [period.start, period.orders, period.payments, period.paidOnTime, period.paidLate, period.claims])).toEqual([
      ['2024-01-01', 1, 1, 1, 0, 0], ['2024-02-01', 0, 1, 0, 1, 1], ['2024-03-01', 0, 0, 0, 0, 0],
    ]);
    expect(months.periods[1]).toEqual({ ...none, payments: 1, paid: eur('10.00'), paidLate: 1, averageDaysLate: '5.0', claims: 1, claimsByStatus: [{ status: 'INVESTIGATING', count: 1 }], start: '2024-02-01' });
    expect(months.total).toMatchObject({ orders: 1, purchases: eur('30.00'), averageDaysBetweenOrders: '21.0', payments: 2, claims: 1 });

    const year = (await ask({ from: '2022-06-01', to: '2023-06-30', bucket: 'YEAR' })).history;
    expect(year.periods).toEqual([{ ...none, start: '2022-01-01' }, { ...none, start: '2023-01-01' }]);
    expect(year.total).toEqual({ ...none, start: null });
  });

  it('reads the history of a page of counterparties in one statement', async () => {
    const ids = [await f.counterparty('wh-page'), await f.counterparty('wh-page'), await f.counterparty('wh-page'), await buyer()];
    const PAGE = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Counterparty { id
      workHistory(from: "2024-01-01", to: "2024-06-30", bucket: QUARTER) { total { orders } periods { start orders } } } } }`;
    const one = await api.request(PAGE, { ids: ids.slice(3) });
    const four = await api.request(PAGE, { ids });
    expect(four.errors).toBeUndefined();
    expect(four.data.nodes.map((node: any) => node.workHistory.total.orders)).toEqual([0, 0, 0, 3]);
    expect(four.data.nodes[3].workHistory.periods).toEqual([{ start: '2024-01-01', orders: 2 }, { start: '2024-04-01', orders: 1 }]);
    expect(four.statements).toBe(one.statements);
    expect(four.statements).toBe(3); // authentication, the counterparties, their histories
  });

  it('shows a partner its own history in the portal, and only its own', async () => {
    const buying = await buyer();
    const shop = await f.commerce('wh-other');
    const other = await f.counterparty('wh-other', { segment: shop.segment });
    await shop.order(other, '2024-02-02', '4');
    const PORTAL = `query($from: LocalDate!, $to: LocalDate!, $tz: String, $bucket: WorkHistoryBucket) {
      workHistory(from: $from, to: $to, timeZone: $tz, bucket: $bucket) { bucket total { ${PERIOD} } periods { ${PERIOD} } } }`;
    const variables = { from: '2024-01-01', to: '2024-06-30', tz: 'Europe/Kyiv', bucket: 'QUARTER' };
    const staff = (await api.request(HISTORY, { id: buying, ...variables })).data.counterpartyWorkHistory;
    const own = await api.portal(await api.partnerKeyFor(decodeGlobalId(buying)!.key), PORTAL, variables);
    expect(own.errors).toBeUndefined();
    expect(own.data.workHistory).toEqual({ bucket: 'QUARTER', total: staff.total, periods: staff.periods });
    expect(own.data.workHistory.total.orders).toBe(3);
    const others = await api.portal(await api.partnerKeyFor(decodeGlobalId(other)!.key), PORTAL, variables);
    expect(others.data.workHistory.total).toEqual({ ...none, start: null, orders: 1, purchases: eur('40.00') });
  });

  it('refuses a counterparty that does not exist, an id of another type and a bad period', async () => {
    const id = await f.counterparty('wh-refused');
    const ask = async (variables: Record<string, unknown>) => {
      const result = await api.request(HISTORY, { id, from: '2024-01-01', to: '2024-01-31', ...variables });
      return [errorCodes(result), result.errors?.[0]?.extensions?.field ?? null];
    };
    expect(await ask({ id: toGlobalId('Counterparty', 987654321) })).toEqual([['NOT_FOUND'], ['counterpartyId']]);
    expect(await ask({ id: toGlobalId('Person', 1) })).toEqual([['BAD_USER_INPUT'], ['counterpartyId']]);
    expect(await ask({ tz: 'Mars/Olympus' })).toEqual([['BAD_USER_INPUT'], ['timeZone']]);
    expect(await ask({ to: '2023-12-31' })).toEqual([['BAD_USER_INPUT'], ['to']]);
    expect(await ask({ to: '2027-12-31' })).toEqual([['BAD_USER_INPUT'], ['to']]);
    expect(await ask({})).toEqual([[], null]);
  });
});
