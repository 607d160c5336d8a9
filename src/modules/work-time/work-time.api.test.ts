import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, fieldsAndCodes, startTestApi, type TestApi } from '../../testing/api.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api?.stop(); });

let serial = 0;
const employee = async (timeZone = 'UTC') =>
  (await api.mutate('createEmployee', { fullName: `Worker ${++serial}`, email: `worker${serial}@example.com`, timeZone }, 'employee { id }')).employee.id as string;
const counterparty = async () =>
  (await api.mutate('createCounterparty', { kind: 'ORGANIZATION', name: `Client ${++serial}` }, 'counterparty { id }')).counterparty.id as string;
const entry = (input: Record<string, unknown>) => api.mutate('createTimeEntry', input, 'timeEntry { id version date minutes }').then((payload) => payload.timeEntry);
const run = async (name: string, input: Record<string, unknown>) => {
  const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
  const result = await api.request(`mutation($input: ${type}!) { ${name}(input: $input) { timeEntry { id minutes comment version } userErrors { field code message } } }`, { input });
  return { result, payload: result.data?.[name], errors: result.data?.[name] ? fieldsAndCodes(result.data[name].userErrors) : null };
};

const SUMMARY = `query($from: LocalDate!, $to: LocalDate!, $by: [WorkTimeGrouping!]!, $period: WorkTimePeriod, $where: TimeEntryFilter) {
  workTimeSummary(from: $from, to: $to, by: $by, period: $period, where: $where) { employee { id } counterparty { id } periodStart minutes entries }
}`;

describe('work time', () => {
  it('records, changes and deletes entries, refusing what is not one day of an existing employee', async () => {
    const worker = await employee();
    const client = await counterparty();
    const created = await entry({ employeeId: worker, date: '2027-04-05', minutes: 90, counterpartyId: client, comment: 'Audit' });
    expect(created).toMatchObject({ date: '2027-04-05', minutes: 90, version: 1 });

    const refused: Array<[Record<string, unknown>, Array<[string, string]>]> = [
      [{ employeeId: worker, date: '2027-04-05', minutes: 0 }, [['input.minutes', 'OUT_OF_RANGE']]],
      [{ employeeId: worker, date: '2027-04-05', minutes: 1441 }, [['input.minutes', 'OUT_OF_RANGE']]],
      [{ employeeId: client, date: '2027-04-05', minutes: 5 }, [['input.employeeId', 'WRONG_TYPE']]],
      [{ date: '2027-04-05', minutes: 5 }, [['input.employeeId', 'REQUIRED']]],
      [{ employeeId: worker, date: '2027-04-05', minutes: 5, counterpartyId: client.replace(/.$/, 'x') }, [['input.counterpartyId', 'INVALID']]],
    ];
    for (const [input, expected] of refused) expect((await run('createTimeEntry', input)).errors, JSON.stringify(input)).toEqual(expected);

    const changed = await run('updateTimeEntry', { id: created.id, expectedVersion: 1, minutes: 120, comment: null });
    expect(changed.payload.timeEntry).toMatchObject({ minutes: 120, comment: null, version: 2 });
    expect(errorCodes((await run('updateTimeEntry', { id: created.id, expectedVersion: 1, minutes: 5 })).result)).toEqual(['CONFLICT']);
    const list = await api.request('query($w: TimeEntryFilter) { timeEntries(where: $w) { totalCount edges { node { id minutes employee { id } counterparty { id } } } } }',
      { w: { employeeId: worker } });
    expect(list.data.timeEntries).toEqual({ totalCount: 1, edges: [{ node: { id: created.id, minutes: 120, employee: { id: worker }, counterparty: { id: client } } }] });
    const deleted = await api.request('mutation($id: ID!) { deleteTimeEntry(input: { id: $id }) { deletedId } }', { id: created.id });
    expect(deleted.data.deleteTimeEntry.deletedId).toBe(created.id);
    expect(errorCodes(await api.request('mutation($id: ID!) { deleteTimeEntry(input: { id: $id }) { deletedId } }', { id: created.id }))).toEqual(['NOT_FOUND']);
  });

  it('writes a visit done with its duration to the engineer\'s journal, on the day in the engineer\'s time zone', async () => {
    const engineer = await employee('Pacific/Auckland');
    const client = await counterparty();
    const product = (await api.mutate('createProduct', { name: `Service ${++serial}`, type: 'SERVICE', unit: 'h' }, 'product { id }')).product.id;
    const contract = (await api.mutate('createContract', {
      counterpartyId: client, number: `W-${serial}`, date: '2027-01-01', currency: 'UAH', lines: [{ productId: product, quantity: '1', unitPrice: '10' }],
    }, 'contract { id }')).contract.id;
    const card = (await api.mutate('createServiceCard', { number: `WT-${serial}`, counterpartyId: client, contractId: contract, engineerId: engineer }, 'serviceCard { id }')).serviceCard.id;
    const [first, second] = await Promise.all(['2027-03-01', '2027-03-02'].map(async (plannedDate) =>
      (await api.mutate('addServiceVisit', { cardId: card, plannedDate }, 'serviceVisit { id version }')).serviceVisit));

    const record = (visit: { id: string; version: number }, durationMinutes: number) => api.request(`mutation($input: RecordServiceVisitInput!) {
      recordServiceVisit(input: $input) { serviceVisit { status timeEntry { date minutes employee { id } counterparty { id } } } userErrors { field code } }
    }`, { input: { id: visit.id, expectedVersion: visit.version, doneAt: '2027-03-01T20:00:00Z', durationMinutes } });
    const tooLong = await record(first, 1500);
    expect(tooLong.data.recordServiceVisit.userErrors).toEqual([{ field: ['input', 'durationMinutes'], code: 'OUT_OF_RANGE' }]);
    const done = await record(first, 75);
    // 20:00 UTC on March 1 is already March 2 in Auckland.
    expect(done.data.recordServiceVisit.serviceVisit).toEqual({
      status: 'DONE', timeEntry: { date: '2027-03-02', minutes: 75, employee: { id: engineer }, counterparty: { id: client } },
    });
    const without = await record(second, 0);
    expect(without.data.recordServiceVisit.serviceVisit).toEqual({ status: 'DONE', timeEntry: null });
    const journal = await api.request('query($w: TimeEntryFilter) { timeEntries(where: $w) { totalCount } }', { w: { employeeId: engineer } });
    expect(journal.data.timeEntries.totalCount).toBe(1);
  });

  it('sums minutes per employee, counterparty and period in the database, in the same statements for few entries as for many', async () => {
    const [ann, bob] = [await employee(), await employee()];
    const [north, south] = [await counterparty(), await counterparty()];
    const given: Array<[string, string, string | null, number]> = [
      [ann, '2027-05-03', north, 30], [ann, '2027-05-04', north, 45], [ann, '2027-05-10', south, 60],
      [bob, '2027-05-04', north, 20], [bob, '2027-06-01', null, 15],
    ];
    for (const [employeeId, date, counterpartyId, minutes] of given) await entry({ employeeId, date, counterpartyId, minutes });
    const ask = (variables: Record<string, unknown>) =>
      api.request(SUMMARY, { from: '2027-05-01', to: '2027-06-30', where: null, ...variables });
    const byEmployee = await ask({ by: ['EMPLOYEE'], period: 'MONTH', where: { counterpartyId: null } });
    const mine = (rows: any[]) => rows.filter((row) => row.employee === null || [ann, bob].includes(row.employee.id));
    expect(mine(byEmployee.data.workTimeSummary)).toEqual([
      { employee: { id: ann }, counterparty: null, periodStart: '2027-05-01', minutes: 135, entries: 3 },
      { employee: { id: bob }, counterparty: null, periodStart: '2027-05-01', minutes: 20, entries: 1 },
      { employee: { id: bob }, counterparty: null, periodStart: '2027-06-01', minutes: 15, entries: 1 },
    ]);
    const weekly = await ask({ by: ['COUNTERPARTY'], period: 'WEEK', where: { employeeId: ann } });
    expect(weekly.data.workTimeSummary).toEqual([
      { employee: null, counterparty: { id: north }, periodStart: '2027-05-03', minutes: 75, entries: 2 },
      { employee: null, counterparty: { id: south }, periodStart: '2027-05-10', minutes: 60, entries: 1 },
    ]);
    const total = await ask({ by: [], where: { employeeId: bob } });
    expect(total.data.workTimeSummary).toEqual([{ employee: null, counterparty: null, periodStart: null, minutes: 35, entries: 2 }]);

    const few = await ask({ by: ['EMPLOYEE', 'COUNTERPARTY'], period: 'DAY' });
    for (let day = 1; day <= 28; day += 1) await entry({ employeeId: bob, date: `2027-06-${String(day).padStart(2, '0')}`, counterpartyId: south, minutes: 10 });
    const many = await ask({ by: ['EMPLOYEE', 'COUNTERPARTY'], period: 'DAY' });
    expect(many.data.workTimeSummary.length).toBeGreaterThan(few.data.workTimeSummary.length + 20);
    expect(many.statements).toBe(few.statements);

    expect(errorCodes(await ask({ by: [], from: '2027-06-01', to: '2027-05-01' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await ask({ by: [], from: '2020-01-01', to: '2027-05-01' }))).toEqual(['BAD_USER_INPUT']);
  });
});
