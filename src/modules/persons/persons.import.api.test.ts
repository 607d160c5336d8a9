import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMutation, importRowErrors, importStatuses, startTestApi, type TestApi } from '../../testing/api.js';

let api: TestApi;
// Chunks of 3 rows, so a call of a few rows already spans several transactions.
beforeAll(async () => { api = await startTestApi({ importChunkRows: 3 }); });
afterAll(async () => { await api?.stop(); });

const IMPORT = importMutation('importPersons');

const importRows = (rows: object[], options: object = {}) => api.importRows('importPersons', rows, options);

async function card(externalId: string) {
  const result = await api.request(`query($x: String!) { personByExternalId(externalId: $x) {
    id lastName firstName middleName birthday version phones { number } emails { address }
    positions { counterparty { externalId } title role isPrimary startDate endDate }
  } }`, { x: externalId });
  return result.data.personByExternalId;
}

/** Positions in a fixed order, for comparing regardless of the order they are listed in. */
const positionsOf = async (externalId: string) => ((await card(externalId)).positions as Array<{ counterparty: { externalId: string }; title: string | null }>)
  .map((position) => `${position.counterparty.externalId}:${position.title}`).sort();

beforeAll(async () => {
  for (const [externalId, name] of [['acme', 'Acme'], ['globex', 'Globex'], ['initech', 'Initech']]) {
    await api.mutate('createCounterparty', { externalId, kind: 'ORGANIZATION', name }, 'counterparty { id }');
  }
});

/** Four people with externalIds `${prefix}-p-1` … `${prefix}-p-4`, each test under its own prefix. */
const people = (prefix: string) => [
  {
    externalId: `${prefix}-p-1`, lastName: 'Shevchenko', firstName: 'Taras', phones: [{ number: '+380 44 123 45 67' }],
    positions: [
      { counterpartyExternalId: 'acme', title: 'CFO', isPrimary: true, startDate: '2020-01-01' },
      { counterpartyExternalId: ' globex ', title: 'Adviser', startDate: '2015-03-01', endDate: '2019-12-31' },
    ],
  },
  { externalId: `${prefix}-p-2`, lastName: 'Franko', emails: [{ address: 'ivan@example.com' }], positions: [{ counterpartyExternalId: 'globex', role: 'buyer' }] },
  { externalId: `${prefix}-p-3`, lastName: 'Ukrainka', birthday: '1971-02-25' },
  { externalId: `${prefix}-p-4`, lastName: 'Skovoroda', positions: [{ counterpartyExternalId: 'initech' }, { counterpartyExternalId: 'acme', title: 'Philosopher' }] },
];

/** The update step for the people under `prefix`: a new first name, replaced positions, an equal row, positions cleared. */
const changes = (prefix: string) => [
  { externalId: `${prefix}-p-1`, firstName: 'Taras H.' },
  { externalId: `${prefix}-p-2`, positions: [{ counterpartyExternalId: 'acme', role: 'buyer' }] },
  { externalId: `${prefix}-p-3`, lastName: 'Ukrainka' },
  { externalId: `${prefix}-p-4`, positions: null },
];

/** Stores the people under `prefix` as the first import creates them, all at version 1. */
async function created(prefix: string) {
  expect(importStatuses(await importRows(people(prefix)))).toEqual(['CREATED', 'CREATED', 'CREATED', 'CREATED']);
}

/** Stores the people under `prefix` as the update step leaves them: `${prefix}-p-1` is 'Taras H.' at version 2. */
async function updated(prefix: string) {
  await created(prefix);
  expect(importStatuses(await importRows(changes(prefix)))).toEqual(['UPDATED', 'UPDATED', 'UNCHANGED', 'UPDATED']);
}

describe('importPersons', () => {
  it('creates persons with positions at counterparties named by externalId, and a re-run changes nothing', async () => {
    const rows = people('create');
    const first = await importRows(rows);
    expect(importStatuses(first)).toEqual(['CREATED', 'CREATED', 'CREATED', 'CREATED']);
    expect(first).toMatchObject({ created: 4, updated: 0, unchanged: 0, failed: 0 });
    expect(await card('create-p-1')).toMatchObject({
      id: first.rows[0].id, lastName: 'Shevchenko', firstName: 'Taras', version: 1, phones: [{ number: '+380 44 123 45 67' }],
      positions: [
        { counterparty: { externalId: 'acme' }, title: 'CFO', role: null, isPrimary: true, startDate: '2020-01-01', endDate: null },
        { counterparty: { externalId: 'globex' }, title: 'Adviser', isPrimary: false, startDate: '2015-03-01', endDate: '2019-12-31' },
      ],
    });
    expect(await positionsOf('create-p-4')).toEqual(['acme:Philosopher', 'initech:null']);

    const again = await importRows(rows);
    expect(importStatuses(again)).toEqual(['UNCHANGED', 'UNCHANGED', 'UNCHANGED', 'UNCHANGED']);
    expect(again.rows.map((row: { id: string }) => row.id)).toEqual(first.rows.map((row: { id: string }) => row.id));
    // The same positions listed in another order are the same positions.
    const reordered = await importRows([{ ...rows[3], positions: [...rows[3].positions!].reverse() }]);
    expect(importStatuses(reordered)).toEqual(['UNCHANGED']);
    expect((await card('create-p-1')).version).toBe(1);
    expect((await card('create-p-4')).version).toBe(1);
  });

  it('updates only what differs: fields left out stay, positions given replace the stored ones', async () => {
    await created('update');
    const payload = await importRows(changes('update'));
    expect(importStatuses(payload)).toEqual(['UPDATED', 'UPDATED', 'UNCHANGED', 'UPDATED']);
    expect(payload).toMatchObject({ updated: 3, unchanged: 1 });
    const taras = await card('update-p-1');
    expect(taras).toMatchObject({ firstName: 'Taras H.', lastName: 'Shevchenko', version: 2, phones: [{ number: '+380 44 123 45 67' }] });
    expect(taras.positions).toHaveLength(2);
    // Only the positions changed: still an update, with a new version.
    expect(await card('update-p-2')).toMatchObject({ version: 2, lastName: 'Franko', positions: [{ counterparty: { externalId: 'acme' }, role: 'buyer' }] });
    expect(await card('update-p-3')).toMatchObject({ version: 1, birthday: '1971-02-25' });
    expect(await card('update-p-4')).toMatchObject({ version: 2, positions: [] });
  });

  it('fails bad rows with their fields and codes, writing nothing of them, and writes the good ones', async () => {
    await updated('fail');
    const payload = await importRows([
      { externalId: 'good-1', lastName: 'Good', positions: [{ counterpartyExternalId: 'acme' }] },
      { externalId: 'bad-1', lastName: 'Unknown', positions: [{ counterpartyExternalId: 'acme' }, { counterpartyExternalId: 'nowhere' }] },
      { externalId: 'bad-2', firstName: 'No last name' },
      {
        externalId: 'bad-3', lastName: 'x'.repeat(101), birthday: '2999-01-01',
        positions: [{ counterpartyExternalId: 'acme', startDate: '2020-01-01', endDate: '2019-01-01' }, { counterpartyExternalId: ' ' }],
      },
      // A stored person keeps its positions when the new ones name an unknown counterparty.
      { externalId: 'fail-p-1', firstName: 'Changed', positions: [{ counterpartyExternalId: 'missing' }] },
      { externalId: 'fail-p-2', lastName: null },
      { externalId: 'good-2', lastName: 'Also good' },
    ]);
    expect(importStatuses(payload)).toEqual(['CREATED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'CREATED']);
    expect(payload).toMatchObject({ created: 2, failed: 5 });
    expect(importRowErrors(payload, 1)).toEqual([['input.rows.1.positions.1.counterpartyExternalId', 'NOT_FOUND']]);
    expect(importRowErrors(payload, 2)).toEqual([['input.rows.2.lastName', 'REQUIRED']]);
    expect(importRowErrors(payload, 3)).toEqual([
      ['input.rows.3.lastName', 'TOO_LONG'],
      ['input.rows.3.birthday', 'OUT_OF_RANGE'],
      ['input.rows.3.positions.0.endDate', 'OUT_OF_RANGE'],
      ['input.rows.3.positions.1.counterpartyExternalId', 'REQUIRED'],
    ]);
    expect(importRowErrors(payload, 4)).toEqual([['input.rows.4.positions.0.counterpartyExternalId', 'NOT_FOUND']]);
    expect(importRowErrors(payload, 5)).toEqual([['input.rows.5.lastName', 'REQUIRED']]);
    expect(payload.rows[1].id).toBeNull();
    expect(await card('bad-1')).toBeNull();
    expect(await card('bad-2')).toBeNull();
    expect(await card('fail-p-1')).toMatchObject({ firstName: 'Taras H.', version: 2 });
    expect(await positionsOf('fail-p-1')).toEqual(['acme:CFO', 'globex:Adviser']);
    expect(await positionsOf('good-1')).toEqual(['acme:null']);
  });

  it('costs the same statements for a chunk of one row as for a chunk of three', async () => {
    const rows = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => ({
      externalId: `${prefix}-${i}`, lastName: `Counted ${i}`,
      positions: [{ counterpartyExternalId: 'acme' }, { counterpartyExternalId: 'globex', title: `T${i}` }],
    }));
    const one = await api.request(IMPORT, { input: { rows: rows('count-a', 1) } });
    const three = await api.request(IMPORT, { input: { rows: rows('count-b', 3) } });
    expect(three.data.importPersons.created).toBe(3);
    expect(three.statements).toBe(one.statements);
    // Replacing the positions of stored persons too.
    const changed = (prefix: string, n: number) => rows(prefix, n).map((row) => ({ ...row, positions: [{ counterpartyExternalId: 'initech' }] }));
    const oneAgain = await api.request(IMPORT, { input: { rows: changed('count-a', 1) } });
    const threeAgain = await api.request(IMPORT, { input: { rows: changed('count-b', 3) } });
    expect(threeAgain.data.importPersons.updated).toBe(3);
    expect(threeAgain.statements).toBe(oneAgain.statements);
  });

  it('in CREATE_ONLY mode fails a stored person whose positions differ', async () => {
    // Two stored persons, as the good rows of a mixed call leave them.
    expect(importStatuses(await importRows([
      { externalId: 'stored-1', lastName: 'Good', positions: [{ counterpartyExternalId: 'acme' }] },
      { externalId: 'stored-2', lastName: 'Also good' },
    ]))).toEqual(['CREATED', 'CREATED']);
    const payload = await importRows([
      { externalId: 'stored-2', lastName: 'Also good' },
      { externalId: 'stored-1', positions: [{ counterpartyExternalId: 'globex' }] },
      { externalId: 'fresh-1', lastName: 'Fresh', positions: [{ counterpartyExternalId: 'initech' }] },
    ], { mode: 'CREATE_ONLY' });
    expect(importStatuses(payload)).toEqual(['UNCHANGED', 'FAILED', 'CREATED']);
    expect(importRowErrors(payload, 1)).toEqual([['input.rows.1.externalId', 'DUPLICATE']]);
    expect(await positionsOf('stored-1')).toEqual(['acme:null']);
    expect(await positionsOf('fresh-1')).toEqual(['initech:null']);
  });

  it('writes nothing of an atomic call with a bad row, and reports the good rows SKIPPED', async () => {
    await created('atomic');
    const payload = await importRows([
      { externalId: 'atomic-1', lastName: 'Atomic', positions: [{ counterpartyExternalId: 'acme' }] },
      { externalId: 'atomic-p-3', positions: [{ counterpartyExternalId: 'globex' }] },
      { externalId: 'atomic-2', lastName: 'Atomic Two' },
      { externalId: 'atomic-3', lastName: 'Atomic Three' },
      { externalId: 'atomic-4', lastName: 'Bad', positions: [{ counterpartyExternalId: 'nowhere' }] },
    ], { atomic: true });
    expect(importStatuses(payload)).toEqual(['SKIPPED', 'SKIPPED', 'SKIPPED', 'SKIPPED', 'FAILED']);
    expect(importRowErrors(payload, 4)).toEqual([['input.rows.4.positions.0.counterpartyExternalId', 'NOT_FOUND']]);
    expect(payload.rows[1].id).toEqual((await card('atomic-p-3')).id);
    expect(await card('atomic-1')).toBeNull();
    expect(await card('atomic-3')).toBeNull();
    expect(await card('atomic-p-3')).toMatchObject({ version: 1, positions: [] });
  });
});
