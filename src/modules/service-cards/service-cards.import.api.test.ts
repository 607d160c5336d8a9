import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ImportAnswer, importRowFieldErrors, importStatuses, startTestApi, type TestApi } from '../../testing/api.js';

let api: TestApi;
// Chunks of 3 rows, so a call of a few rows already spans several transactions.
beforeAll(async () => { api = await startTestApi({ importChunkRows: 3 }); });
afterAll(async () => { await api?.stop(); });

const importRows = (rows: object[], options: object = {}): Promise<ImportAnswer> => api.importRows('importServiceCards', rows, options);

async function card(id: string) {
  const result = await api.request(`query($id: ID!) { serviceCard(id: $id) {
    externalId number periodStart periodEnd periodicity interval plannedContacts status notes version
    workMode { workingWeekdays holidays } counterparty { externalId } contract { externalId } engineer { email } group { path }
  } }`, { id });
  return result.data.serviceCard;
}

let serial = 0;
/** A counterparty with a contract and an engineer, all named by keys of the calling test's own. */
async function client(prefix: string) {
  const counterparty = (await api.mutate('createCounterparty', { externalId: `${prefix}-client`, kind: 'ORGANIZATION', name: `${prefix} client` }, 'counterparty { id }')).counterparty.id;
  await api.mutate('createContract', {
    counterpartyId: counterparty, externalId: `${prefix}-contract`, number: `${prefix}-S`, date: '2027-01-01', currency: 'UAH',
  }, 'contract { id }');
  const email = `${prefix}-engineer${++serial}@example.com`;
  await api.mutate('createEmployee', { fullName: `${prefix} engineer`, email }, 'employee { id }');
  return { counterparty: `${prefix}-client`, contract: `${prefix}-contract`, email };
}

describe('importServiceCards', () => {
  it('creates cards naming the counterparty, contract, engineer and folder by natural keys; a re-run changes nothing, an update only what differs', async () => {
    const keys = await client('create');
    await api.mutate('createServiceCardGroup', { name: 'Lviv' }, 'group { id }');
    const rows = [
      {
        externalId: 'create-1', number: 'CREATE-1', counterpartyExternalId: keys.counterparty, contractExternalId: keys.contract,
        engineerEmail: keys.email.toUpperCase(), groupPath: ' lviv ', periodStart: '2027-01-01', periodEnd: '2027-12-31',
        periodicity: 'EVERY_N_WEEKS', interval: 3, workMode: { workingWeekdays: [6, 1, 2], holidays: ['2027-05-01', '2027-01-07', '2027-05-01'] },
        plannedContacts: 12, notes: 'Two boilers',
      },
      { externalId: 'create-2', number: 'CREATE-2', counterpartyExternalId: keys.counterparty },
    ];
    const first = await importRows(rows);
    expect(importStatuses(first)).toEqual(['CREATED', 'CREATED']);
    expect(await card(first.rows[0].id!)).toEqual({
      externalId: 'create-1', number: 'CREATE-1', periodStart: '2027-01-01', periodEnd: '2027-12-31', periodicity: 'EVERY_N_WEEKS', interval: 3,
      plannedContacts: 12, status: 'ACTIVE', notes: 'Two boilers', version: 1,
      workMode: { workingWeekdays: [1, 2, 6], holidays: ['2027-01-07', '2027-05-01'] },
      counterparty: { externalId: keys.counterparty }, contract: { externalId: keys.contract }, engineer: { email: keys.email }, group: { path: 'Lviv' },
    });
    expect(await card(first.rows[1].id!)).toMatchObject({ periodicity: 'MONTHLY', workMode: { workingWeekdays: [1, 2, 3, 4, 5], holidays: [] }, contract: null });

    expect(importStatuses(await importRows(rows))).toEqual(['UNCHANGED', 'UNCHANGED']);
    const changed = await importRows([{ externalId: 'create-1', notes: 'Three boilers' }, { externalId: 'create-2', number: 'CREATE-2' }]);
    expect(importStatuses(changed)).toEqual(['UPDATED', 'UNCHANGED']);
    expect(await card(first.rows[0].id!)).toMatchObject({ notes: 'Three boilers', interval: 3, plannedContacts: 12, version: 2 });
  });

  it('fails bad rows with their fields and codes, writing nothing of them, and writes the good ones', async () => {
    const keys = await client('bad');
    const other = await client('bad-other');
    await api.mutate('updateEmployee', {
      id: (await api.request('query { employees(first: 100) { edges { node { id email version } } } }')).data.employees.edges
        .map((edge: any) => edge.node).find((employee: any) => employee.email === other.email).id,
      expectedVersion: 1, active: false,
    }, 'employee { id }');
    const base = { counterpartyExternalId: keys.counterparty };
    const payload = await importRows([
      { ...base, externalId: 'bad-1', number: 'BAD-1', counterpartyExternalId: 'nobody' },
      { ...base, externalId: 'bad-2', number: 'BAD-2', contractExternalId: other.contract },
      { ...base, externalId: 'bad-3', number: 'BAD-3', engineerEmail: other.email },
      { ...base, externalId: 'bad-4', number: 'BAD-4', periodicity: 'MONTHLY', interval: 2 },
      { ...base, externalId: 'bad-5', number: 'BAD-5', periodicity: 'EVERY_N_DAYS' },
      { ...base, externalId: 'bad-6', number: 'BAD-6', periodStart: '2027-02-01', periodEnd: '2027-01-31' },
      { ...base, externalId: 'bad-7' },
      { ...base, externalId: 'bad-8', number: 'BAD-8', workMode: { workingWeekdays: [0, 3] } },
      { ...base, externalId: 'good-1', number: 'GOOD-1', periodicity: 'EVERY_N_DAYS', interval: 10 },
    ]);
    expect(importStatuses(payload)).toEqual(['FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'CREATED']);
    expect(payload.rows.slice(0, 8).map((_, i) => importRowFieldErrors(payload, i))).toEqual([
      [['counterpartyExternalId', 'NOT_FOUND']],
      [['contractExternalId', 'INVALID']],
      [['engineerEmail', 'INVALID_STATE']],
      [['interval', 'INVALID']],
      [['interval', 'REQUIRED']],
      [['periodEnd', 'OUT_OF_RANGE']],
      [['number', 'REQUIRED']],
      [['workMode.workingWeekdays', 'INVALID']],
    ]);
    const written = await api.request(`query { serviceCards(first: 100) { edges { node { externalId } } } }`);
    const externalIds = written.data.serviceCards.edges.map((edge: any) => edge.node.externalId).filter((id: string) => id.startsWith('bad-') || id === 'good-1');
    expect(externalIds).toEqual(['good-1']);
  });

  it('judges a row with the stored card it changes, and keeps a card with its counterparty', async () => {
    const keys = await client('stored');
    const other = await client('stored-other');
    const created = await importRows([{ externalId: 'stored-1', number: 'STORED-1', counterpartyExternalId: keys.counterparty, periodicity: 'EVERY_N_WEEKS', interval: 2 }]);
    expect(importStatuses(created)).toEqual(['CREATED']);
    // The stored interval stays, and a MONTHLY card takes none; clearing it with the change is fine.
    const monthly = await importRows([{ externalId: 'stored-1', periodicity: 'MONTHLY' }]);
    expect(importRowFieldErrors(monthly, 0)).toEqual([['interval', 'INVALID']]);
    expect(importStatuses(await importRows([{ externalId: 'stored-1', periodicity: 'MONTHLY', interval: null }]))).toEqual(['UPDATED']);
    const moved = await importRows([{ externalId: 'stored-1', counterpartyExternalId: other.counterparty }]);
    expect(importRowFieldErrors(moved, 0)).toEqual([['counterpartyExternalId', 'INVALID_STATE']]);
    const foreign = await importRows([{ externalId: 'stored-1', contractExternalId: other.contract }]);
    expect(importRowFieldErrors(foreign, 0)).toEqual([['contractExternalId', 'INVALID']]);
    expect(await card(created.rows[0].id!)).toMatchObject({ periodicity: 'MONTHLY', interval: null, counterparty: { externalId: keys.counterparty }, contract: null, version: 2 });
  });
});
