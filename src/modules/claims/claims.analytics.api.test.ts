import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, startTestApi, type TestApi } from '../../testing/api.js';
import { claimFixtures } from './claims-fixtures.js';

/**
 * Each test registers its claims in a year of its own (registration and closing times are given),
 * so its figures are the figures of its own rows whatever else the database holds.
 */
let api: TestApi;
let f: ReturnType<typeof claimFixtures>;
beforeAll(async () => {
  api = await startTestApi();
  f = claimFixtures(api);
});
afterAll(async () => { await api?.stop(); });

describe('claim analytics', () => {
  it('counts claims registered, closed and open per month of a time zone, optionally per department at fault', async () => {
    const client = await f.counterparty('dyn');
    const [d1, d2] = [await f.department('dyn-d1'), await f.department('dyn-d2')];
    const a = await f.registered({ counterpartyId: client, departmentAtFaultId: d1, registeredAt: '2021-01-10T10:00:00Z' });
    await f.moved(a, 'SATISFIED', { result: 'ok', closedAt: '2021-02-05T10:00:00Z' });
    // 22:30 UTC on 31 January is 00:30 on 1 February in Kyiv (UTC+2).
    await f.registered({ counterpartyId: client, departmentAtFaultId: d2, registeredAt: '2021-01-31T22:30:00Z' });
    const c = await f.registered({ counterpartyId: client, registeredAt: '2021-02-15T10:00:00Z' });
    await f.moved(c, 'REJECTED', { result: 'no', closedAt: '2021-03-01T10:00:00Z' });
    const d = await f.registered({ counterpartyId: client, registeredAt: '2020-12-20T10:00:00Z' });
    await f.moved(d, 'WITHDRAWN', { closedAt: '2021-01-15T10:00:00Z' });

    const QUERY = `query($tz: String, $by: Boolean) { claimDynamics(from: "2021-01-01", to: "2021-03-31", timeZone: $tz, byDepartment: $by) {
      month departmentAtFault { id } registered closed openAtEnd } }`;
    const kyiv = await api.request(QUERY, { tz: 'Europe/Kyiv' });
    expect(kyiv.data.claimDynamics).toEqual([
      { month: '2021-01-01', departmentAtFault: null, registered: 1, closed: 1, openAtEnd: 1 },
      { month: '2021-02-01', departmentAtFault: null, registered: 2, closed: 1, openAtEnd: 2 },
      { month: '2021-03-01', departmentAtFault: null, registered: 0, closed: 1, openAtEnd: 1 },
    ]);
    const utc = await api.request(QUERY, {});
    expect(utc.data.claimDynamics.map((row: any) => row.registered)).toEqual([2, 1, 0]);
    expect(utc.statements).toBe(2);

    const byDepartment = await api.request(QUERY, { tz: 'Europe/Kyiv', by: true });
    const rows = byDepartment.data.claimDynamics.map((row: any) => [row.month, row.departmentAtFault?.id ?? null, row.registered, row.closed, row.openAtEnd]);
    expect(rows).toEqual(expect.arrayContaining([
      ['2021-01-01', d1, 1, 0, 1], ['2021-02-01', d1, 0, 1, 0],
      ['2021-02-01', d2, 1, 0, 1], ['2021-03-01', d2, 0, 0, 1],
      ['2021-01-01', null, 0, 1, 0], ['2021-02-01', null, 1, 0, 1], ['2021-03-01', null, 0, 1, 0],
    ]));
    expect(rows).toHaveLength(7);

    expect(errorCodes(await api.request('{ claimDynamics(from: "2021-02-01", to: "2021-01-01") { month } }'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await api.request('{ claimDynamics(from: "2015-01-01", to: "2021-01-01") { month } }'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await api.request('{ claimDynamics(from: "2021-01-01", to: "2021-02-01", timeZone: "Mars/Base") { month } }'))).toEqual(['BAD_USER_INPUT']);
  });

  it('gives per cause the outcomes of the claims closed in a period, with their percentages', async () => {
    const client = await f.counterparty('sat');
    const [x, y] = [await f.cause(`sat x ${process.pid}`), await f.cause(`sat y ${process.pid}`)];
    const closed = async (causeId: string | undefined, status: string, closedAt: string, result: string | undefined = 'done') => {
      const claim = await f.registered({ counterpartyId: client, causeId, registeredAt: '2022-02-01T10:00:00Z' });
      return f.moved(claim, status, { result, closedAt });
    };
    await closed(x, 'SATISFIED', '2022-03-01T10:00:00Z');
    await closed(x, 'SATISFIED', '2022-04-01T10:00:00Z');
    await closed(x, 'PARTLY_SATISFIED', '2022-05-01T10:00:00Z');
    await closed(x, 'REJECTED', '2022-06-01T10:00:00Z');
    await closed(y, 'WITHDRAWN', '2022-06-01T10:00:00Z', undefined);
    await closed(undefined, 'REJECTED', '2022-07-01T10:00:00Z');
    await closed(x, 'SATISFIED', '2023-01-05T10:00:00Z'); // closed after the period
    await f.registered({ counterpartyId: client, causeId: x, registeredAt: '2022-02-01T10:00:00Z' }); // still open

    const result = await api.request(`{ claimSatisfaction(from: "2022-01-01", to: "2022-12-31") {
      cause { id } closed satisfied partlySatisfied rejected withdrawn satisfiedPercent partlySatisfiedPercent rejectedPercent withdrawnPercent } }`);
    expect(result.statements).toBe(2 + 1); // authentication, the analysis, the causes
    expect(result.data.claimSatisfaction).toEqual([
      {
        cause: { id: x }, closed: 4, satisfied: 2, partlySatisfied: 1, rejected: 1, withdrawn: 0,
        satisfiedPercent: '50.00', partlySatisfiedPercent: '25.00', rejectedPercent: '25.00', withdrawnPercent: '0.00',
      },
      {
        cause: { id: y }, closed: 1, satisfied: 0, partlySatisfied: 0, rejected: 0, withdrawn: 1,
        satisfiedPercent: '0.00', partlySatisfiedPercent: '0.00', rejectedPercent: '0.00', withdrawnPercent: '100.00',
      },
      {
        cause: null, closed: 1, satisfied: 0, partlySatisfied: 0, rejected: 1, withdrawn: 0,
        satisfiedPercent: '0.00', partlySatisfiedPercent: '0.00', rejectedPercent: '100.00', withdrawnPercent: '0.00',
      },
    ]);
  });

  it('ranks the departments at fault and the causes of a period\'s claims, with their shares and amounts', async () => {
    const client = await f.counterparty('str');
    const [p, q] = [await f.department('str-p'), await f.department('str-q')];
    const [k, l] = [await f.cause(`str k ${process.pid}`), await f.cause(`str l ${process.pid}`)];
    const at = '2019-05-05T10:00:00Z';
    const granted = await f.registered({ counterpartyId: client, departmentAtFaultId: p, causeId: k, amountClaimed: '100', currency: 'EUR', registeredAt: at });
    await f.moved(granted, 'PARTLY_SATISFIED', { result: 'Part', amountGranted: '40', closedAt: '2019-06-01T10:00:00Z' });
    await f.registered({ counterpartyId: client, departmentAtFaultId: p, causeId: k, amountClaimed: '50', currency: 'EUR', registeredAt: at });
    await f.registered({ counterpartyId: client, departmentAtFaultId: p, causeId: l, amountClaimed: '1000', currency: 'UAH', registeredAt: at });
    await f.registered({ counterpartyId: client, departmentAtFaultId: q, causeId: l, registeredAt: at });
    await f.registered({ counterpartyId: client, registeredAt: at });
    await f.registered({ counterpartyId: client, departmentAtFaultId: q, registeredAt: '2020-01-01T10:00:00Z' }); // after the period

    const result = await api.request(`{ claimStructure(from: "2019-01-01", to: "2019-12-31") {
      total
      byDepartment { rank departmentAtFault { id } cause { id } claims percent amounts { currency claimed granted } }
      byCause { rank departmentAtFault { id } cause { id } claims percent amounts { currency claimed granted } } } }`);
    expect(result.data.claimStructure).toEqual({
      total: 5,
      byDepartment: [
        {
          rank: 1, departmentAtFault: { id: p }, cause: null, claims: 3, percent: '60.00',
          amounts: [{ currency: 'EUR', claimed: '150.00', granted: '40.00' }, { currency: 'UAH', claimed: '1000.00', granted: '0.00' }],
        },
        { rank: 2, departmentAtFault: { id: q }, cause: null, claims: 1, percent: '20.00', amounts: [] },
        { rank: 2, departmentAtFault: null, cause: null, claims: 1, percent: '20.00', amounts: [] },
      ],
      // Equal counts in the order the causes were made (by id).
      byCause: [
        { rank: 1, departmentAtFault: null, cause: { id: k }, claims: 2, percent: '40.00', amounts: [{ currency: 'EUR', claimed: '150.00', granted: '40.00' }] },
        { rank: 1, departmentAtFault: null, cause: { id: l }, claims: 2, percent: '40.00', amounts: [{ currency: 'UAH', claimed: '1000.00', granted: '0.00' }] },
        { rank: 3, departmentAtFault: null, cause: null, claims: 1, percent: '20.00', amounts: [] },
      ],
    });
    const empty = await api.request('{ claimStructure(from: "2011-01-01", to: "2011-12-31") { total byDepartment { rank } byCause { rank } } }');
    expect(empty.data.claimStructure).toEqual({ total: 0, byDepartment: [], byCause: [] });
  });

  it('follows each partner\'s posted orders and claims per month', async () => {
    const shop = await f.commerce('act');
    const partner = await f.counterparty('act-partner', { roles: ['PARTNER'], segment: shop.segment });
    const client = await f.counterparty('act-client', { roles: ['CLIENT'], segment: shop.segment });
    const quiet = await f.counterparty('act-quiet', { roles: ['PARTNER'] });
    await shop.order(partner, '2023-03-05', '2');
    await shop.order(partner, '2023-03-20', '1.5');
    await shop.order(partner, '2023-05-31', '1');
    await shop.order(partner, '2023-04-10', '7', true); // a draft: no sale
    await shop.order(client, '2023-03-05', '3');
    await f.registered({ counterpartyId: partner, registeredAt: '2023-03-10T10:00:00Z' });
    await f.registered({ counterpartyId: partner, registeredAt: '2023-06-01T10:00:00Z' });
    await f.registered({ counterpartyId: client, registeredAt: '2023-03-10T10:00:00Z' });

    const result = await api.request(`{ partnerSalesActivity(from: "2023-01-01", to: "2023-12-31") {
      counterparty { id } month orders orderTotals { currency amount } claims } }`);
    const mine = result.data.partnerSalesActivity.filter((row: any) => [partner, client, quiet].includes(row.counterparty.id));
    expect(mine).toEqual([
      { counterparty: { id: partner }, month: '2023-03-01', orders: 2, orderTotals: [{ currency: 'EUR', amount: '35.00' }], claims: 1 },
      { counterparty: { id: partner }, month: '2023-05-01', orders: 1, orderTotals: [{ currency: 'EUR', amount: '10.00' }], claims: 0 },
      { counterparty: { id: partner }, month: '2023-06-01', orders: 0, orderTotals: [], claims: 1 },
    ]);
  });
});
