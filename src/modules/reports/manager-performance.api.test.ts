import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeGlobalId } from '../../lib/global-id.js';
import { errorCodes, startTestApi, type TestApi } from '../../testing/api.js';
import { dealFixtures } from '../deals/deals-fixtures.js';

let api: TestApi;
let f: ReturnType<typeof dealFixtures>;
beforeAll(async () => {
  api = await startTestApi();
  f = dealFixtures(api);
});
afterAll(async () => { await api?.stop(); });

const REPORT = `query($from: LocalDate!, $to: LocalDate!, $employeeIds: [ID!], $departmentId: ID, $timeZone: String) {
  managerPerformance(from: $from, to: $to, employeeIds: $employeeIds, departmentId: $departmentId, timeZone: $timeZone) {
    employee { id } contactsMade contactMinutes dealsWon dealsWonAmounts { currency amount } orders revenue { currency amount }
    claimsAgainst overdueTasks
  }
}`;

/** June 2023 in Kyiv (UTC+3): from 2023-05-31T21:00Z to 2023-06-30T21:00Z. */
const JUNE_IN_KYIV = { from: '2023-06-01', to: '2023-06-30', timeZone: 'Europe/Kyiv' };
const KYIV = 'Europe/Kyiv';

const zeros = { contactsMade: 0, contactMinutes: 0, dealsWon: 0, dealsWonAmounts: [], orders: 0, revenue: [], claimsAgainst: 0, overdueTasks: 0 };
const keyOf = (id: string) => decodeGlobalId(id)!.key;

describe('managerPerformance', () => {
  let department: string, otherDepartment: string;
  let mia: string, nick: string, olga: string, pavel: string, zed: string;

  const employee = async (name: string, departmentId: string) => (await api.mutate('createEmployee', {
    fullName: `${name} ${process.pid}`, email: `${name.toLowerCase()}-${process.pid}@example.com`, departmentId,
  }, 'employee { id }')).employee.id as string;
  const deactivate = (id: string) => api.mutate('updateEmployee', { id, expectedVersion: 1, active: false }, 'employee { id }');
  const contact = (input: Record<string, unknown>) =>
    api.mutate('createChronicleEntry', { kind: 'CALL', subject: 'A call', ...input }, 'chronicleEntry { id }');
  /** A deal of `counterpartyId` won (or lost) by `assignedEmployeeId`, closed at `closedAt`. */
  async function closedDeal(input: Record<string, unknown>, result: string, closedAt: string) {
    const deal = await f.created(input);
    const lostReasonId = result === 'LOST' ? await f.lostReason(`perf lost ${process.pid} ${closedAt}`) : undefined;
    await f.moved('moveDeal', deal, { column: 'RESULT', result, lostReasonId });
    await api.db.execute(sql`update deals set closed_at = ${closedAt}::timestamptz where id = ${keyOf(deal.id)}`);
  }
  const task = async (assigneeIds: string[], dueAt: Date) =>
    (await api.mutate('createTask', { title: 'Send the price list', dueAt: dueAt.toISOString(), assigneeIds }, 'task { id version }')).task;

  beforeAll(async () => {
    department = await f.department('perf');
    otherDepartment = await f.department('perf-other');
    // Names order the rows.
    [mia, nick, olga, pavel] = [await employee('Mia', department), await employee('Nick', department), await employee('Olga', department), await employee('Pavel', department)];
    zed = await employee('Zed', otherDepartment);
    const shop = await f.commerce('perf');
    const client = await f.counterparty('perf-client', { segment: shop.segment, responsibleEmployeeId: mia });
    const unassigned = await f.counterparty('perf-unassigned', { segment: shop.segment });

    // Contacts: Mia's at 00:30 on 1 June and 23:30 on 30 June in Kyiv are in; 00:30 on 1 July and 23:30 on 31 May are out.
    await contact({ counterpartyId: client, responsibleEmployeeId: mia, happenedAt: '2023-05-31T21:30:00Z', durationMinutes: 10 });
    await contact({ counterpartyId: client, responsibleEmployeeId: mia, happenedAt: '2023-06-30T20:30:00Z', durationMinutes: 20 });
    await contact({ counterpartyId: client, responsibleEmployeeId: mia, happenedAt: '2023-06-30T21:30:00Z', durationMinutes: 40 });
    await contact({ counterpartyId: client, responsibleEmployeeId: mia, happenedAt: '2023-05-31T20:30:00Z', durationMinutes: 80 });
    // Not made: planned, cancelled.
    await contact({ counterpartyId: client, responsibleEmployeeId: mia, status: 'PLANNED', plannedAt: '2023-06-10T10:00:00Z', durationMinutes: 5 });
    await contact({ counterpartyId: client, responsibleEmployeeId: mia, status: 'CANCELLED', plannedAt: '2023-06-11T10:00:00Z' });
    await contact({ counterpartyId: client, responsibleEmployeeId: nick, happenedAt: '2023-06-10T10:00:00Z' });

    // Deals: two of Mia's won in the period (the second at 23:59 on 30 June in Kyiv), one won just after it, one lost.
    await closedDeal({ counterpartyId: client, assignedEmployeeId: mia, amount: '100', currency: 'EUR' }, 'WON_PURCHASE', '2023-06-15T10:00:00Z');
    await closedDeal({ counterpartyId: client, assignedEmployeeId: mia, amount: '50.5', currency: 'USD' }, 'WON_CONTRACT', '2023-06-30T20:59:00Z');
    await closedDeal({ counterpartyId: client, assignedEmployeeId: mia, amount: '70', currency: 'EUR' }, 'WON_PURCHASE', '2023-06-30T21:00:00Z');
    await closedDeal({ counterpartyId: client, assignedEmployeeId: mia, amount: '900', currency: 'EUR' }, 'LOST', '2023-06-15T10:00:00Z');
    await closedDeal({ counterpartyId: client, assignedEmployeeId: nick }, 'WON_PURCHASE', '2023-06-20T10:00:00Z');
    const nicksOpenDeal = await f.created({ counterpartyId: client, assignedEmployeeId: nick });

    // Orders at 10 EUR a piece: Mia's client's orders are hers, but the one in Nick's deal is his.
    await shop.order(client, '2023-06-01', '2');
    await shop.order(client, '2023-06-30', '1');
    await shop.order(client, '2023-07-01', '5'); // after the period
    await shop.order(client, '2023-05-31', '4'); // before it
    await shop.order(client, '2023-06-10', '7', true); // a draft
    const nicksOrder = await shop.order(client, '2023-06-15', '3');
    await api.mutate('linkDealOrder', { dealId: nicksOpenDeal.id, orderId: nicksOrder }, 'deal { id }');
    await shop.order(unassigned, '2023-06-12', '1'); // nobody's

    // Claims: against Mia in the period and just before it (23:30 on 31 May in Kyiv); against Pavel; one Nick only works off.
    await f.registered({ counterpartyId: client, employeeAtFaultId: mia, registeredAt: '2023-06-05T10:00:00Z' });
    await f.registered({ counterpartyId: client, employeeAtFaultId: mia, registeredAt: '2023-05-31T20:30:00Z' });
    await f.registered({ counterpartyId: client, employeeAtFaultId: pavel, registeredAt: '2023-06-07T10:00:00Z' });
    await f.registered({ counterpartyId: client, responsibleEmployeeId: nick, registeredAt: '2023-06-08T10:00:00Z' });
    // Pavel has left; Olga has left too, with nothing in the period.
    await deactivate(pavel);
    await deactivate(olga);

    // Tasks, as of today in Kyiv: a minute before today began there is overdue, a minute after it is not.
    const todayStarted = DateTime.now().setZone(KYIV).startOf('day');
    await task([mia], todayStarted.minus({ days: 2 }).toJSDate());
    await task([mia, nick], todayStarted.minus({ minutes: 1 }).toJSDate());
    await task([mia], todayStarted.plus({ minutes: 1 }).toJSDate());
    const done = await task([mia, nick], todayStarted.minus({ days: 3 }).toJSDate());
    await api.mutate('completeTask', { id: done.id, expectedVersion: done.version }, 'task { id }');
  });

  it('compares a department\'s managers side by side, in one statement besides the employees\' batch', async () => {
    const result = await api.request(REPORT, { ...JUNE_IN_KYIV, departmentId: department });
    expect(result.errors).toBeUndefined();
    expect(result.data.managerPerformance).toEqual([
      {
        employee: { id: mia }, contactsMade: 2, contactMinutes: 30,
        dealsWon: 2, dealsWonAmounts: [{ currency: 'EUR', amount: '100.00' }, { currency: 'USD', amount: '50.50' }],
        orders: 2, revenue: [{ currency: 'EUR', amount: '30.00' }], claimsAgainst: 1, overdueTasks: 2,
      },
      {
        employee: { id: nick }, contactsMade: 1, contactMinutes: 0, dealsWon: 1, dealsWonAmounts: [],
        orders: 1, revenue: [{ currency: 'EUR', amount: '30.00' }], claimsAgainst: 0, overdueTasks: 1,
      },
      // Olga has left and has no figures: no row; Pavel has left but a claim names him.
      { ...zeros, employee: { id: pavel }, claimsAgainst: 1 },
    ]);
    expect(result.statements).toBe(3); // authentication, the report, the employees
  });

  it('takes the period\'s days in its time zone, and answers the employees asked for, zeros included', async () => {
    const utc = await api.request(REPORT, { ...JUNE_IN_KYIV, timeZone: 'UTC', employeeIds: [mia] });
    // In UTC the contact of 00:30 on 1 July in Kyiv (40 minutes) is in June, the one of 00:30 on 1 June (10 minutes) in May,
    // and the deal won at 00:00 on 1 July in Kyiv counts.
    expect(utc.data.managerPerformance).toMatchObject([{
      employee: { id: mia }, contactsMade: 2, contactMinutes: 60, claimsAgainst: 1,
      dealsWon: 3, dealsWonAmounts: [{ currency: 'EUR', amount: '170.00' }, { currency: 'USD', amount: '50.50' }],
    }]);

    const asked = await api.request(REPORT, { ...JUNE_IN_KYIV, employeeIds: [olga, nick, zed, olga] });
    expect(asked.data.managerPerformance.map((row: any) => row.employee.id)).toEqual([nick, olga, zed]);
    expect(asked.data.managerPerformance[1]).toEqual({ ...zeros, employee: { id: olga } });

    const other = await api.request(REPORT, { ...JUNE_IN_KYIV, departmentId: otherDepartment });
    expect(other.data.managerPerformance).toEqual([{ ...zeros, employee: { id: zed } }]);

    const everyone = await api.request(REPORT, JUNE_IN_KYIV);
    const ids = everyone.data.managerPerformance.map((row: any) => row.employee.id);
    expect(ids).toEqual(expect.arrayContaining([mia, nick, pavel, zed]));
    expect(ids).not.toContain(olga);
  });

  it('refuses a bad period, zone or employee id', async () => {
    const refused = async (variables: Record<string, unknown>) => {
      const result = await api.request(REPORT, { ...JUNE_IN_KYIV, ...variables });
      return [errorCodes(result), result.errors?.[0].extensions?.field];
    };
    expect(await refused({ from: '2023-07-01', to: '2023-06-01' })).toEqual([['BAD_USER_INPUT'], ['to']]);
    expect(await refused({ timeZone: 'Europe/Atlantis' })).toEqual([['BAD_USER_INPUT'], ['timeZone']]);
    expect(await refused({ employeeIds: [mia, department] })).toEqual([['BAD_USER_INPUT'], ['employeeIds', '1']]);
    expect(await refused({ departmentId: mia })).toEqual([['BAD_USER_INPUT'], ['departmentId']]);
    const viewer = await api.keyFor('VIEWER');
    expect((await api.request(REPORT, { ...JUNE_IN_KYIV, employeeIds: [mia] }, { key: viewer })).data.managerPerformance).toHaveLength(1);
  });
});
