import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, startTestApi, type TestApi } from '../../testing/api.js';
import { claimFixtures } from '../claims/claims-fixtures.js';

let api: TestApi;
let f: ReturnType<typeof claimFixtures>;
beforeAll(async () => {
  api = await startTestApi();
  f = claimFixtures(api);
});
afterAll(async () => { await api?.stop(); });

const REPORT = `query($from: LocalDate!, $to: LocalDate!, $groupBy: [ContactsReportGrouping!], $where: ChronicleEntriesFilter, $timeZone: String) {
  contactsReport(from: $from, to: $to, groupBy: $groupBy, where: $where, timeZone: $timeZone) {
    timeZone groupBy
    rows { employee { id } channel counterparty { id } contactCard { id } direction kind periodStart contacts done planned cancelled minutesSpent }
    total { employee { id } channel counterparty { id } contactCard { id } direction kind periodStart contacts done planned cancelled minutesSpent }
  }
}`;

/** A row's keys, null where the report does not group. */
const NO_KEYS = { employee: null, channel: null, counterparty: null, contactCard: null, direction: null, kind: null, periodStart: null };
const figures = (contacts: number, done: number, planned: number, cancelled: number, minutesSpent: number) =>
  ({ contacts, done, planned, cancelled, minutesSpent });

async function entry(input: Record<string, unknown>) {
  return (await api.mutate('createChronicleEntry', { kind: 'CALL', subject: 'A contact', ...input }, 'chronicleEntry { id }')).chronicleEntry.id as string;
}

/**
 * March 2024 in Kyiv: UTC+2 until 03:00 on Sunday 31 March, UTC+3 after. Its first instant is
 * 2024-02-29T22:00Z, its last day ends at 2024-03-31T21:00Z.
 */
const MARCH_IN_KYIV = { from: '2024-03-01', to: '2024-03-31', timeZone: 'Europe/Kyiv' };

describe('contactsReport', () => {
  let anna: string, boris: string, alpha: string, beta: string, gamma: string;
  beforeAll(async () => {
    // Names order the groups: Anna before Boris, Alpha before Beta before the card of Gamma.
    [anna, boris] = [await f.employee('Anna'), await f.employee('Boris')];
    [alpha, beta] = [await f.counterparty('Alpha'), await f.counterparty('Beta')];
    gamma = (await api.mutate('createContactCard', { companyName: `Gamma ${process.pid}`, name: 'Caller' }, 'contactCard { id }')).contactCard.id;
    // In the period (Kyiv): 00:30 on 1 March there, still 29 February in UTC.
    await entry({ counterpartyId: alpha, responsibleEmployeeId: anna, kind: 'CALL', channel: 'PHONE', direction: 'OUTGOING', happenedAt: '2024-02-29T22:30:00Z', durationMinutes: 10 });
    await entry({ counterpartyId: alpha, responsibleEmployeeId: anna, kind: 'EMAIL', channel: 'EMAIL', direction: 'INCOMING', happenedAt: '2024-03-12T09:00:00Z', durationMinutes: 5 });
    // 23:30 on 31 March in Kyiv: the last half hour of the period, planned.
    await entry({ counterpartyId: beta, responsibleEmployeeId: boris, kind: 'MEETING', channel: 'MEETING', direction: 'OUTGOING', status: 'PLANNED', plannedAt: '2024-03-31T20:30:00Z' });
    await entry({ contactCardId: gamma, responsibleEmployeeId: anna, kind: 'CALL', channel: 'PHONE', direction: 'INCOMING', happenedAt: '2024-03-15T10:00:00Z', durationMinutes: 20 });
    await entry({ counterpartyId: alpha, responsibleEmployeeId: boris, kind: 'CALL', channel: 'PHONE', direction: 'OUTGOING', status: 'CANCELLED', plannedAt: '2024-03-20T10:00:00Z', durationMinutes: 99 });
    // No employee (the admin key acts for none), no channel, no direction.
    await entry({ counterpartyId: beta, kind: 'NOTE', happenedAt: '2024-03-05T10:00:00Z' });
    // Out of the period in Kyiv: 00:30 on 1 April there (still 31 March in UTC), and 23:30 on 29 February.
    await entry({ counterpartyId: beta, responsibleEmployeeId: boris, kind: 'CALL', channel: 'PHONE', direction: 'INCOMING', happenedAt: '2024-03-31T21:30:00Z', durationMinutes: 7 });
    await entry({ counterpartyId: alpha, responsibleEmployeeId: anna, kind: 'CALL', happenedAt: '2024-02-29T21:30:00Z', durationMinutes: 3 });
  });

  it('counts the period\'s entries per employee, in one statement besides the employees\' batch', async () => {
    const result = await api.request(REPORT, { ...MARCH_IN_KYIV, groupBy: ['EMPLOYEE'] });
    expect(result.errors).toBeUndefined();
    expect(result.data.contactsReport).toEqual({
      timeZone: 'Europe/Kyiv',
      groupBy: ['EMPLOYEE'],
      rows: [
        { ...NO_KEYS, employee: { id: anna }, ...figures(3, 3, 0, 0, 35) },
        { ...NO_KEYS, employee: { id: boris }, ...figures(2, 0, 1, 1, 0) },
        { ...NO_KEYS, ...figures(1, 1, 0, 0, 0) },
      ],
      total: { ...NO_KEYS, ...figures(6, 4, 1, 1, 35) },
    });
    // Authentication, the report, the employees (the counterparties and cards are not grouped: no batch).
    expect(result.statements).toBe(3);
    const bare = await api.request('query($groupBy: [ContactsReportGrouping!]) { contactsReport(from: "2024-03-01", to: "2024-03-31", timeZone: "Europe/Kyiv", groupBy: $groupBy) { rows { contacts } total { contacts } } }',
      { groupBy: ['EMPLOYEE', 'COUNTERPARTY', 'CHANNEL', 'DIRECTION', 'KIND', 'DAY'] });
    expect(bare.data.contactsReport.total.contacts).toBe(6);
    expect(bare.data.contactsReport.rows).toHaveLength(6);
    expect(bare.statements).toBe(2); // authentication, the report
  });

  it('groups by several dimensions at once, in the order asked, with one batch per kind of key', async () => {
    const byEmployeeAndChannel = await api.request(REPORT, { ...MARCH_IN_KYIV, groupBy: ['EMPLOYEE', 'CHANNEL'] });
    expect(byEmployeeAndChannel.data.contactsReport.rows).toEqual([
      { ...NO_KEYS, employee: { id: anna }, channel: 'PHONE', ...figures(2, 2, 0, 0, 30) },
      { ...NO_KEYS, employee: { id: anna }, channel: 'EMAIL', ...figures(1, 1, 0, 0, 5) },
      { ...NO_KEYS, employee: { id: boris }, channel: 'PHONE', ...figures(1, 0, 0, 1, 0) },
      { ...NO_KEYS, employee: { id: boris }, channel: 'MEETING', ...figures(1, 0, 1, 0, 0) },
      { ...NO_KEYS, ...figures(1, 1, 0, 0, 0) },
    ]);

    const byCounterpartyAndDirection = await api.request(REPORT, { ...MARCH_IN_KYIV, groupBy: ['COUNTERPARTY', 'DIRECTION'] });
    expect(byCounterpartyAndDirection.data.contactsReport.rows).toEqual([
      { ...NO_KEYS, counterparty: { id: alpha }, direction: 'INCOMING', ...figures(1, 1, 0, 0, 5) },
      { ...NO_KEYS, counterparty: { id: alpha }, direction: 'OUTGOING', ...figures(2, 1, 0, 1, 10) },
      { ...NO_KEYS, counterparty: { id: beta }, direction: 'OUTGOING', ...figures(1, 0, 1, 0, 0) },
      { ...NO_KEYS, counterparty: { id: beta }, ...figures(1, 1, 0, 0, 0) },
      { ...NO_KEYS, contactCard: { id: gamma }, direction: 'INCOMING', ...figures(1, 1, 0, 0, 20) },
    ]);
    expect(byCounterpartyAndDirection.data.contactsReport.total).toEqual({ ...NO_KEYS, ...figures(6, 4, 1, 1, 35) });

    // The order of groupBy is the order of the rows: direction first, then kind.
    const byDirectionAndKind = await api.request(REPORT, { ...MARCH_IN_KYIV, groupBy: ['DIRECTION', 'KIND'] });
    expect(byDirectionAndKind.data.contactsReport.rows.map((row: any) => [row.direction, row.kind, row.contacts])).toEqual([
      ['INCOMING', 'EMAIL', 1], ['INCOMING', 'CALL', 1],
      ['OUTGOING', 'MEETING', 1], ['OUTGOING', 'CALL', 2],
      [null, 'NOTE', 1],
    ]);

    // Every key selected: the report, then one batch each of employees, counterparties and contact cards.
    const all = await api.request(REPORT, { ...MARCH_IN_KYIV, groupBy: ['EMPLOYEE', 'COUNTERPARTY'] });
    expect(all.data.contactsReport.rows).toHaveLength(5);
    expect(all.statements).toBe(5);
  });

  it('buckets by day, week and month of the report\'s time zone; the period\'s edges are days of that zone', async () => {
    const days = async (timeZone: string) => (await api.request(REPORT, { ...MARCH_IN_KYIV, timeZone, groupBy: ['DAY'] }))
      .data.contactsReport.rows.map((row: any) => [row.periodStart, row.contacts]);
    // In Kyiv: 00:30 on 1 March is in, 23:30 on 31 March is in, 00:30 on 1 April and 23:30 on 29 February are out.
    expect(await days('Europe/Kyiv')).toEqual([
      ['2024-03-01', 1], ['2024-03-05', 1], ['2024-03-12', 1], ['2024-03-15', 1], ['2024-03-20', 1], ['2024-03-31', 1],
    ]);
    // The same days in UTC: the two February entries are out, both entries of the evening of 31 March in.
    expect(await days('UTC')).toEqual([
      ['2024-03-05', 1], ['2024-03-12', 1], ['2024-03-15', 1], ['2024-03-20', 1], ['2024-03-31', 2],
    ]);

    const weeks = await api.request(REPORT, { ...MARCH_IN_KYIV, groupBy: ['WEEK', 'EMPLOYEE'] });
    expect(weeks.data.contactsReport.rows.map((row: any) => [row.periodStart, row.employee?.id ?? null, row.contacts])).toEqual([
      ['2024-02-26', anna, 1], // Friday 1 March: the week began on Monday 26 February
      ['2024-03-04', null, 1],
      ['2024-03-11', anna, 2],
      ['2024-03-18', boris, 1],
      ['2024-03-25', boris, 1], // Sunday 31 March
    ]);

    const months = await api.request(REPORT, { from: '2024-02-01', to: '2024-04-30', timeZone: 'Europe/Kyiv', groupBy: ['MONTH'] });
    expect(months.data.contactsReport.rows.map((row: any) => [row.periodStart, row.contacts, row.minutesSpent])).toEqual([
      ['2024-02-01', 1, 3], ['2024-03-01', 6, 35], ['2024-04-01', 1, 7],
    ]);
  });

  it('counts only the entries `where` matches, as chronicleEntries filters them', async () => {
    const outgoing = await api.request(REPORT, { ...MARCH_IN_KYIV, groupBy: ['KIND'], where: { direction: 'OUTGOING' } });
    expect(outgoing.data.contactsReport.rows.map((row: any) => [row.kind, row.contacts])).toEqual([['MEETING', 1], ['CALL', 2]]);

    const annaAtAlpha = await api.request(REPORT, { ...MARCH_IN_KYIV, where: { counterpartyId: alpha, responsibleEmployeeId: anna } });
    expect(annaAtAlpha.data.contactsReport.rows).toEqual([{ ...NO_KEYS, ...figures(2, 2, 0, 0, 15) }]);
    expect(annaAtAlpha.data.contactsReport.total).toEqual({ ...NO_KEYS, ...figures(2, 2, 0, 0, 15) });

    const calls = await api.request(REPORT, { ...MARCH_IN_KYIV, groupBy: ['CHANNEL'], where: { kinds: ['CALL'], statuses: ['DONE'] } });
    expect(calls.data.contactsReport.rows.map((row: any) => [row.channel, row.contacts])).toEqual([['PHONE', 2]]);

    const nothing = await api.request(REPORT, { from: '2011-01-01', to: '2011-12-31', groupBy: ['EMPLOYEE'] });
    expect(nothing.data.contactsReport).toEqual({ timeZone: 'UTC', groupBy: ['EMPLOYEE'], rows: [], total: { ...NO_KEYS, ...figures(0, 0, 0, 0, 0) } });
    const nothingAtAll = await api.request(REPORT, { from: '2011-01-01', to: '2011-12-31' });
    expect(nothingAtAll.data.contactsReport).toMatchObject({ groupBy: [], rows: [] });
  });

  it('refuses a grouping given twice, two time buckets, a reversed or too long period, an unknown zone and a bad id', async () => {
    const refused = async (variables: Record<string, unknown>) => {
      const result = await api.request(REPORT, { ...MARCH_IN_KYIV, ...variables });
      return [errorCodes(result), result.errors?.[0].extensions?.field];
    };
    expect(await refused({ groupBy: ['EMPLOYEE', 'KIND', 'EMPLOYEE'] })).toEqual([['BAD_USER_INPUT'], ['groupBy']]);
    expect(await refused({ groupBy: ['DAY', 'MONTH'] })).toEqual([['BAD_USER_INPUT'], ['groupBy']]);
    expect(await refused({ from: '2024-04-01', to: '2024-03-01' })).toEqual([['BAD_USER_INPUT'], ['to']]);
    expect(await refused({ from: '2015-01-01', to: '2024-03-01' })).toEqual([['BAD_USER_INPUT'], ['to']]);
    expect(await refused({ timeZone: 'Mars/Base' })).toEqual([['BAD_USER_INPUT'], ['timeZone']]);
    expect(await refused({ where: { counterpartyId: anna } })).toEqual([['BAD_USER_INPUT'], ['where', 'counterpartyId']]);
    expect(errorCodes(await api.request(REPORT, { ...MARCH_IN_KYIV, groupBy: ['YEAR'] }))).toEqual(['BAD_USER_INPUT']);
  });

  it('is read with any staff key, as the other analyses are, and refused without one', async () => {
    const viewer = await api.keyFor('VIEWER');
    const read = await api.request(REPORT, MARCH_IN_KYIV, { key: viewer });
    expect(read.data.contactsReport.total.contacts).toBe(6);
    expect(errorCodes(await api.request(REPORT, MARCH_IN_KYIV, { key: null }))).toEqual(['UNAUTHENTICATED']);
  });
});
