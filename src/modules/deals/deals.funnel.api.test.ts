import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeGlobalId } from '../../lib/global-id.js';
import { errorCodes, startTestApi, type TestApi } from '../../testing/api.js';
import { percent } from './deals.repository.js';
import { dealFixtures } from './deals-fixtures.js';

let api: TestApi;
let f: ReturnType<typeof dealFixtures>;
beforeAll(async () => {
  api = await startTestApi();
  f = dealFixtures(api);
});
afterAll(async () => { await api?.stop(); });

const FUNNEL = `query($from: LocalDate!, $to: LocalDate!, $employeeId: ID, $byEmployee: Boolean, $timeZone: String) {
  salesFunnel(from: $from, to: $to, employeeId: $employeeId, byEmployee: $byEmployee, timeZone: $timeZone) {
    employee { id } deals
    columns { column deals amounts { currency amount } reached conversion }
    stages { stage deals amounts { currency amount } }
    results { result deals amounts { currency amount } }
  }
}`;

/** Puts every history row of `deal` at `at`, in order a millisecond apart (the test's rows, made now, are moved into the past). */
async function movedAt(deal: { id: string }, at: string) {
  await api.db.execute(sql`
    update deal_moves m set at = ${at}::timestamptz + (n.rank - 1) * interval '1 millisecond'
    from (select id, row_number() over (order by at, id) as rank from deal_moves where deal_id = ${decodeGlobalId(deal.id)!.key}) n
    where m.id = n.id`);
}

const byKey = <T extends Record<string, unknown>>(rows: T[], key: keyof T) => Object.fromEntries(rows.map((row) => [row[key], row]));

describe('salesFunnel', () => {
  it('counts deals and amounts per column, stage and result, and the conversion between columns, from the moves of the period in its time zone', async () => {
    const agent = await f.employee('funnel-agent');
    const client = await f.counterparty('funnel-client');
    const reason = await f.lostReason(`funnel-price ${process.pid}`);
    const deal = (input: Record<string, unknown>) => f.created({ counterpartyId: client, assignedEmployeeId: agent, ...input });

    // a: PROSPECT → INTERESTED → CONTACT_1, at OFFER; 100 EUR.
    let a = await deal({ amount: '100', currency: 'EUR' });
    a = await f.moved('moveDeal', a, { column: 'INTERESTED' });
    a = await f.moved('moveDeal', a, { column: 'CONTACT_1' });
    a = await f.moved('changeDealStage', a, { stage: 'OFFER' });
    // b: PROSPECT → CONTACT_2 (skipping two) → RESULT won; 250.5 EUR and 40 USD deals.
    let b = await deal({ amount: '250.5', currency: 'EUR' });
    b = await f.moved('moveDeal', b, { column: 'CONTACT_2' });
    b = await f.moved('moveDeal', b, { column: 'RESULT', result: 'WON_PURCHASE' });
    // c: created, stays in PROSPECT; 40 USD.
    const c = await deal({ amount: '40', currency: 'USD' });
    // d: INTERESTED → RESULT lost, no amount.
    let d = await deal({ column: 'INTERESTED' });
    d = await f.moved('moveDeal', d, { column: 'RESULT', result: 'LOST', lostReasonId: reason });
    // e: all its history before the period, lost: out of the period's funnel.
    let e = await deal({ amount: '999', currency: 'EUR' });
    e = await f.moved('moveDeal', e, { column: 'RESULT', result: 'LOST', lostReasonId: reason });
    // g: created before the period, open at its start: in it, where it stood.
    const g = await deal({ column: 'CONTACT_3', amount: '5', currency: 'EUR' });

    // April 2025 in Kyiv (UTC+3): a and b moved just after it began there (still March in UTC),
    // c and d on its last evening, e in March, g in February; everything of the test's agent.
    await movedAt(a, '2025-03-31T21:30:00Z');
    await movedAt(b, '2025-03-31T21:45:00Z');
    await movedAt(c, '2025-04-30T20:00:00Z');
    await movedAt(d, '2025-04-30T20:30:00Z');
    await movedAt(e, '2025-03-10T10:00:00Z');
    await movedAt(g, '2025-02-10T10:00:00Z');

    const kyiv = await api.request(FUNNEL, { from: '2025-04-01', to: '2025-04-30', employeeId: agent, timeZone: 'Europe/Kyiv' });
    expect(kyiv.errors).toBeUndefined();
    expect(kyiv.statements).toBe(2); // authentication, the funnel
    expect(kyiv.data.salesFunnel).toHaveLength(1);
    const [funnel] = kyiv.data.salesFunnel;
    expect(funnel.employee).toBeNull();
    expect(funnel.deals).toBe(5);
    const columns = byKey(funnel.columns, 'column');
    expect(funnel.columns.map((row: any) => row.column)).toEqual(['PROSPECT', 'INTERESTED', 'CONTACT_1', 'CONTACT_2', 'CONTACT_3', 'RESULT']);
    expect(columns.PROSPECT).toEqual({ column: 'PROSPECT', deals: 1, amounts: [{ currency: 'USD', amount: '40.00' }], reached: 4, conversion: null });
    expect(columns.INTERESTED).toEqual({ column: 'INTERESTED', deals: 0, amounts: [], reached: 3, conversion: '75.00' });
    expect(columns.CONTACT_1).toEqual({ column: 'CONTACT_1', deals: 1, amounts: [{ currency: 'EUR', amount: '100.00' }], reached: 3, conversion: '100.00' });
    expect(columns.CONTACT_2).toEqual({ column: 'CONTACT_2', deals: 0, amounts: [], reached: 2, conversion: '66.67' });
    expect(columns.CONTACT_3).toEqual({ column: 'CONTACT_3', deals: 1, amounts: [{ currency: 'EUR', amount: '5.00' }], reached: 2, conversion: '100.00' });
    expect(columns.RESULT).toEqual({ column: 'RESULT', deals: 2, amounts: [{ currency: 'EUR', amount: '250.50' }], reached: 2, conversion: '100.00' });
    const stages = byKey(funnel.stages, 'stage');
    expect(stages.NEEDS).toEqual({ stage: 'NEEDS', deals: 4, amounts: [{ currency: 'EUR', amount: '255.50' }, { currency: 'USD', amount: '40.00' }] });
    expect(stages.OFFER).toEqual({ stage: 'OFFER', deals: 1, amounts: [{ currency: 'EUR', amount: '100.00' }] });
    const results = byKey(funnel.results, 'result');
    expect(results.WON_PURCHASE).toEqual({ result: 'WON_PURCHASE', deals: 1, amounts: [{ currency: 'EUR', amount: '250.50' }] });
    expect(results.LOST).toEqual({ result: 'LOST', deals: 1, amounts: [] });
    expect(results.WON_CONTRACT.deals).toBe(0);

    // In UTC, a's and b's moves fall in March: a was open when April began (in, reaching nothing in
    // it), b already closed (out); what April's moves reached is c's PROSPECT and d's RESULT.
    const utc = (await api.request(FUNNEL, { from: '2025-04-01', to: '2025-04-30', employeeId: agent })).data.salesFunnel[0];
    expect(utc.deals).toBe(4);
    expect(utc.columns.map((row: any) => [row.deals, row.reached])).toEqual([[1, 2], [0, 1], [1, 1], [0, 1], [1, 1], [1, 1]]);
    expect(utc.columns.map((row: any) => row.conversion)).toEqual([null, '50.00', '100.00', '100.00', '100.00', '100.00']);

    // Grouped by employee: the agent's group, under the agent.
    const grouped = await api.request(FUNNEL, { from: '2025-04-01', to: '2025-04-30', employeeId: agent, byEmployee: true, timeZone: 'Europe/Kyiv' });
    expect(grouped.data.salesFunnel.map((group: any) => [group.employee?.id, group.deals])).toEqual([[agent, 5]]);
    // A period with nothing of the agent's: one group of zeros, or none by employee.
    const empty = await api.request(FUNNEL, { from: '2020-01-01', to: '2020-01-31', employeeId: agent });
    expect(empty.data.salesFunnel).toEqual([expect.objectContaining({ deals: 0 })]);
    expect(empty.data.salesFunnel[0].columns.every((row: any) => row.deals === 0 && row.reached === 0 && row.conversion === null)).toBe(true);
    expect((await api.request(FUNNEL, { from: '2020-01-01', to: '2020-01-31', employeeId: agent, byEmployee: true })).data.salesFunnel).toEqual([]);
  });

  it('refuses a zone that is not one, a period backwards or too long, and an id of another type', async () => {
    const agent = await f.employee('funnel-refused');
    const ask = (variables: Record<string, unknown>) => api.request(FUNNEL, { from: '2025-01-01', to: '2025-01-31', ...variables });
    expect(errorCodes(await ask({ timeZone: 'Mars/Olympus' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await ask({ to: '2024-12-31' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await ask({ to: '2028-12-31' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await ask({ employeeId: (await f.counterparty('funnel-refused')) }))).toEqual(['BAD_USER_INPUT']);
    expect((await ask({ employeeId: agent })).errors).toBeUndefined();
  });

  it('rounds conversions half up to two decimals', () => {
    expect(percent(1, 3)).toBe('33.33');
    expect(percent(2, 3)).toBe('66.67');
    expect(percent(1, 8)).toBe('12.50');
    expect(percent(1, 800)).toBe('0.13');
    expect(percent(0, 5)).toBe('0.00');
    expect(percent(7, 7)).toBe('100.00');
    expect(percent(3, 0)).toBeNull();
  });
});
