import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, fieldsAndCodes, importMutation, importRowErrors, importStatuses, startTestApi, type TestApi } from '../../testing/api.js';

let api: TestApi;
// Chunks of 3 rows, so a call of a few rows already spans several transactions.
beforeAll(async () => { api = await startTestApi({ importChunkRows: 3, maxBodyBytes: 16 * 1_048_576 }); });
afterAll(async () => { await api?.stop(); });

const IMPORT = importMutation('importCounterparties');

const importRows = (rows: object[], options: object = {}) => api.importRows('importCounterparties', rows, options);

async function card(externalId: string) {
  const result = await api.request(`query($x: String!) { counterpartyByExternalId(externalId: $x) {
    id name kind roles taxNumber version phones { number } group { path } responsibleEmployee { email } parent { externalId }
  } }`, { x: externalId });
  return result.data.counterpartyByExternalId;
}


beforeAll(async () => {
  const clients = await api.mutate('createCounterpartyGroup', { name: 'Clients' }, 'group { id }');
  await api.mutate('createCounterpartyGroup', { name: 'Budget', parentId: clients.group.id }, 'group { id }');
  await api.mutate('createEmployee', { fullName: 'Olena Kovalenko', email: 'olena@example.com' }, 'employee { id }');
});

/**
 * A holding with a plant under it, a shop under the plant and a second shop under the holding,
 * with externalIds `${prefix}-holding-1`, `${prefix}-plant-1`, `${prefix}-shop-1`, `${prefix}-shop-2`: each test under its own prefix.
 */
const family = (prefix: string) => [
  { externalId: `${prefix}-holding-1`, kind: 'ORGANIZATION', name: 'Dnipro Holding', roles: ['CLIENT'] },
  {
    externalId: `${prefix}-plant-1`, kind: 'ORGANIZATION', name: 'Dnipro Plant', taxNumber: '100200', roles: ['CLIENT', 'PARTNER'],
    phones: [{ number: '+38 056 111 22 33' }], groupPath: ' clients / BUDGET ', responsibleEmployeeEmail: 'Olena@Example.com',
    parentExternalId: `${prefix}-holding-1`,
  },
  // The parent comes later in the same chunk: parents are written first.
  { externalId: `${prefix}-shop-1`, kind: 'ORGANIZATION', name: 'Plant Shop', parentExternalId: `${prefix}-plant-1` },
  // A later chunk names a parent written by an earlier one.
  { externalId: `${prefix}-shop-2`, kind: 'INDIVIDUAL', name: 'Ivan Petrenko', parentExternalId: `${prefix}-holding-1` },
];

/** The update step for the family under `prefix`: the plant gets a new tax number, the shop is given unchanged. */
const changes = (prefix: string) => [
  { externalId: `${prefix}-plant-1`, taxNumber: '100201' },
  { externalId: `${prefix}-shop-1`, name: 'Plant Shop' },
];

/** Stores the family under `prefix` as the first import creates it, all at version 1. */
async function created(prefix: string) {
  expect(importStatuses(await importRows(family(prefix)))).toEqual(['CREATED', 'CREATED', 'CREATED', 'CREATED']);
}

/** Stores the family under `prefix` as the update step leaves it: `${prefix}-plant-1` has tax number 100201 at version 2. */
async function updated(prefix: string) {
  await created(prefix);
  expect(importStatuses(await importRows(changes(prefix)))).toEqual(['UPDATED', 'UNCHANGED']);
}

describe('importCounterparties', () => {
  it('creates rows with their relations named by natural keys, and a re-run changes nothing', async () => {
    const rows = family('create');
    const first = await importRows(rows);
    expect(importStatuses(first)).toEqual(['CREATED', 'CREATED', 'CREATED', 'CREATED']);
    expect(first).toMatchObject({ created: 4, updated: 0, unchanged: 0, failed: 0, replayed: false });
    const plant = await card('create-plant-1');
    expect(plant).toMatchObject({
      id: first.rows[1].id, name: 'Dnipro Plant', roles: ['CLIENT', 'PARTNER'], version: 1,
      group: { path: 'Clients/Budget' }, responsibleEmployee: { email: 'olena@example.com' }, parent: { externalId: 'create-holding-1' },
    });
    expect((await card('create-shop-1')).parent).toEqual({ externalId: 'create-plant-1' });

    const again = await importRows(rows);
    expect(importStatuses(again)).toEqual(['UNCHANGED', 'UNCHANGED', 'UNCHANGED', 'UNCHANGED']);
    expect(again.rows.map((row: { id: string }) => row.id)).toEqual(first.rows.map((row: { id: string }) => row.id));
    expect((await card('create-plant-1')).version).toBe(1);
  });

  it('updates only the rows that differ, keeping the fields a row leaves out', async () => {
    await created('update');
    const payload = await importRows(changes('update'));
    expect(importStatuses(payload)).toEqual(['UPDATED', 'UNCHANGED']);
    expect(await card('update-plant-1')).toMatchObject({ taxNumber: '100201', name: 'Dnipro Plant', version: 2, group: { path: 'Clients/Budget' } });
  });

  it('fails bad rows with their fields and codes and writes the good ones', async () => {
    const payload = await importRows([
      { externalId: 'good-1', kind: 'ORGANIZATION', name: 'Good One' },
      { externalId: 'bad-1', kind: 'ORGANIZATION', name: 'No Such Group', groupPath: 'Clients/Nowhere' },
      { externalId: 'bad-2', name: 'No kind' },
      { externalId: 'bad-3', kind: 'ORGANIZATION', name: 'x'.repeat(301), phones: [{ number: '12' }] },
      { externalId: 'good-1', kind: 'ORGANIZATION', name: 'Twice' },
      { externalId: 'bad-4', kind: 'ORGANIZATION', name: 'Unknown people', responsibleEmployeeEmail: 'nobody@example.com', parentExternalId: 'missing' },
      { externalId: 'good-2', kind: 'ORGANIZATION', name: 'Good Two' },
    ]);
    expect(importStatuses(payload)).toEqual(['CREATED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'CREATED']);
    expect(payload).toMatchObject({ created: 2, failed: 5 });
    expect(importRowErrors(payload, 1)).toEqual([['input.rows.1.groupPath', 'NOT_FOUND']]);
    expect(importRowErrors(payload, 2)).toEqual([['input.rows.2.kind', 'REQUIRED']]);
    expect(importRowErrors(payload, 3)).toEqual([['input.rows.3.name', 'TOO_LONG'], ['input.rows.3.phones.0.number', 'INVALID']]);
    expect(importRowErrors(payload, 4)).toEqual([['input.rows.4.externalId', 'DUPLICATE']]);
    expect(importRowErrors(payload, 5)).toEqual([['input.rows.5.parentExternalId', 'NOT_FOUND'], ['input.rows.5.responsibleEmployeeEmail', 'NOT_FOUND']]);
    expect(payload.rows[1].id).toBeNull();
    expect(await card('bad-1')).toBeNull();
    expect(await card('bad-2')).toBeNull();
    expect((await card('good-1')).name).toBe('Good One');
  });

  it('writes nothing of an atomic call with a bad row, and reports the good rows SKIPPED', async () => {
    await updated('atomic');
    const payload = await importRows([
      { externalId: 'atomic-1', kind: 'ORGANIZATION', name: 'Atomic One' },
      { externalId: 'atomic-plant-1', taxNumber: '999' },
      { externalId: 'atomic-2', kind: 'ORGANIZATION', name: 'Atomic Two' },
      { externalId: 'atomic-3', kind: 'ORGANIZATION', name: 'Atomic Three' },
      { externalId: 'atomic-4', kind: 'ORGANIZATION', name: 'Bad parent', parentExternalId: 'nowhere' },
    ], { atomic: true });
    expect(importStatuses(payload)).toEqual(['SKIPPED', 'SKIPPED', 'SKIPPED', 'SKIPPED', 'FAILED']);
    expect(payload.rows[0].id).toBeNull();
    expect(payload.rows[1].id).toEqual((await card('atomic-plant-1')).id);
    expect(await card('atomic-1')).toBeNull();
    expect(await card('atomic-3')).toBeNull();
    expect((await card('atomic-plant-1')).taxNumber).toBe('100201');

    const valid = await importRows([
      { externalId: 'atomic-1', kind: 'ORGANIZATION', name: 'Atomic One' },
      { externalId: 'atomic-2', kind: 'ORGANIZATION', name: 'Atomic Two' },
    ], { atomic: true });
    expect(importStatuses(valid)).toEqual(['CREATED', 'CREATED']);
  });

  it('in CREATE_ONLY mode keeps existing rows: equal ones are UNCHANGED, different ones fail', async () => {
    // Two stored rows, as the good rows of a mixed call leave them.
    expect(importStatuses(await importRows([
      { externalId: 'stored-1', kind: 'ORGANIZATION', name: 'Good One' },
      { externalId: 'stored-2', kind: 'ORGANIZATION', name: 'Good Two' },
    ]))).toEqual(['CREATED', 'CREATED']);
    const payload = await importRows([
      { externalId: 'stored-2', kind: 'ORGANIZATION', name: 'Good Two' },
      { externalId: 'stored-1', name: 'Renamed' },
      { externalId: 'fresh-1', kind: 'ORGANIZATION', name: 'Fresh' },
    ], { mode: 'CREATE_ONLY' });
    expect(importStatuses(payload)).toEqual(['UNCHANGED', 'FAILED', 'CREATED']);
    expect(fieldsAndCodes(payload.rows[1].errors)).toEqual([['input.rows.1.externalId', 'DUPLICATE']]);
    expect((await card('stored-1')).name).toBe('Good One');
  });

  it('refuses parents that would make a cycle', async () => {
    await created('cycle');
    const payload = await importRows([
      { externalId: 'loop-a', kind: 'ORGANIZATION', name: 'Loop A', parentExternalId: 'loop-b' },
      { externalId: 'loop-b', kind: 'ORGANIZATION', name: 'Loop B', parentExternalId: 'loop-a' },
      { externalId: 'cycle-holding-1', parentExternalId: 'cycle-shop-1' },
    ]);
    expect(payload.rows.map((row: { errors: Array<{ field: string[]; code: string }> }) => fieldsAndCodes(row.errors))).toEqual([
      [['input.rows.0.parentExternalId', 'CYCLE']],
      [['input.rows.1.parentExternalId', 'CYCLE']],
      [['input.rows.2.parentExternalId', 'CYCLE']],
    ]);
    expect((await card('cycle-holding-1')).parent).toBeNull();
  });

  it('answers a retried call with the stored answer and writes nothing', async () => {
    const rows = [{ externalId: 'idem-1', kind: 'ORGANIZATION', name: 'Idempotent' }];
    const first = await importRows(rows, { idempotencyKey: 'batch-0001' });
    expect(first).toMatchObject({ created: 1, replayed: false });
    await importRows([{ externalId: 'idem-1', name: 'Changed meanwhile' }]);
    const retry = await importRows(rows, { idempotencyKey: 'batch-0001' });
    expect(retry).toEqual({ ...first, replayed: true });
    expect((await card('idem-1')).name).toBe('Changed meanwhile');

    const reused = await api.request(IMPORT, { input: { rows: [{ externalId: 'idem-2', kind: 'ORGANIZATION', name: 'Other' }], idempotencyKey: 'batch-0001' } });
    expect(errorCodes(reused)).toEqual(['CONFLICT']);
    expect(reused.errors![0].extensions!.field).toEqual(['input', 'idempotencyKey']);
    expect(await card('idem-2')).toBeNull();
    // Another API key has its own key space.
    const other = await api.request(IMPORT, { input: { rows, idempotencyKey: 'batch-0001' } }, { key: await api.keyFor('MANAGER') });
    expect(other.data.importCounterparties.replayed).toBe(false);
  });

  it('keeps a call\'s answer for seven days, then lets its key run again', async () => {
    const rows = [{ externalId: 'kept-1', kind: 'ORGANIZATION', name: 'Kept' }];
    expect(await importRows(rows, { idempotencyKey: 'kept-0001' })).toMatchObject({ created: 1, replayed: false });
    // Six days on, the answer is still kept; past seven it is forgotten when the key's caller next stores one.
    await api.db.execute(sql`update import_calls set created_at = now() - interval '6 days' where idempotency_key = 'kept-0001'`);
    await importRows([{ externalId: 'kept-2', kind: 'ORGANIZATION', name: 'Other' }], { idempotencyKey: 'kept-0002' });
    expect(await importRows(rows, { idempotencyKey: 'kept-0001' })).toMatchObject({ replayed: true });
    await api.db.execute(sql`update import_calls set created_at = now() - interval '8 days' where idempotency_key = 'kept-0001'`);
    await importRows([{ externalId: 'kept-3', kind: 'ORGANIZATION', name: 'Another' }], { idempotencyKey: 'kept-0003' });
    expect(await importRows(rows, { idempotencyKey: 'kept-0001' })).toMatchObject({ replayed: false, unchanged: 1 });
  });

  it('never runs two calls with one idempotency key at once', async () => {
    const rows = Array.from({ length: 150 }, (_, i) => ({ externalId: `race-${i}`, kind: 'ORGANIZATION', name: `Race ${i}` }));
    const call = () => api.request(IMPORT, { input: { rows, idempotencyKey: 'race-1' } });
    const answers = await Promise.all([call(), call()]);
    const ran = answers.filter((answer) => answer.data?.importCounterparties?.replayed === false);
    expect(ran).toHaveLength(1);
    expect(ran[0].data.importCounterparties.created).toBe(150);
    // The other one waited for nothing: it was refused as still running, or replayed the answer.
    const other = answers.find((answer) => answer !== ran[0])!;
    if (other.errors) expect(errorCodes(other)).toEqual(['CONFLICT']);
    else expect(other.data.importCounterparties).toEqual({ ...ran[0].data.importCounterparties, replayed: true });
  });

  it('matches group paths regardless of case, in any alphabet the database knows', async () => {
    await api.mutate('createCounterpartyGroup', { name: 'Клієнти' }, 'group { id }');
    const payload = await importRows([
      { externalId: 'cyr-1', kind: 'ORGANIZATION', name: 'Львівська кава', groupPath: 'Клієнти' },
      { externalId: 'cyr-2', kind: 'ORGANIZATION', name: 'Mixed case', groupPath: 'CLIENTS/budget' },
    ]);
    expect(importStatuses(payload)).toEqual(['CREATED', 'CREATED']);
    expect((await card('cyr-1')).group).toEqual({ path: 'Клієнти' });
    expect((await card('cyr-2')).group).toEqual({ path: 'Clients/Budget' });
  });

  it('refuses calls that are empty, too large, badly typed or from a reader', async () => {
    const tooMany = Array.from({ length: 5001 }, (_, i) => ({ externalId: `many-${i}`, kind: 'ORGANIZATION', name: `Many ${i}` }));
    const large = await api.request(IMPORT, { input: { rows: tooMany } });
    expect(errorCodes(large)).toEqual(['BAD_USER_INPUT']);
    expect(large.errors![0].extensions!.field).toEqual(['input', 'rows']);
    expect(await card('many-0')).toBeNull();

    expect(errorCodes(await api.request(IMPORT, { input: { rows: [] } }))).toEqual(['BAD_USER_INPUT']);
    const wrongType = await api.request(IMPORT, { input: { rows: [{ externalId: 'typed-1', kind: 'BANANA', name: 'Typed' }] } });
    expect(errorCodes(wrongType)).toEqual(['BAD_USER_INPUT']);
    const reader = await api.request(IMPORT, { input: { rows: [{ externalId: 'reader-1', kind: 'ORGANIZATION', name: 'Reader' }] } }, { key: await api.keyFor('VIEWER') });
    expect(errorCodes(reader)).toEqual(['FORBIDDEN']);
    expect(await card('reader-1')).toBeNull();
  });

  it('loads a full call of 5,000 rows, then finds them all unchanged', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ({
      externalId: `bulk-${i}`, kind: 'ORGANIZATION', name: `Bulk ${i}`, taxNumber: String(10_000_000 + i),
      phones: [{ number: `+380 44 ${String(1_000_000 + i)}` }], emails: [{ address: `bulk${i}@example.com` }],
    }));
    // Default chunks of 1,000 rows here: the point is a full call, not many chunks.
    const big = await startTestApi({ maxBodyBytes: 16 * 1_048_576 });
    try {
      const run = async () => (await big.request(IMPORT, { input: { rows } })).data.importCounterparties;
      expect((await run()).created).toBe(5000);
      expect((await run()).unchanged).toBe(5000);
      const found = await big.request('{ counterparties(where: { search: "Bulk 4999" }) { edges { node { taxNumber } } } }');
      expect(found.data.counterparties.edges[0].node).toEqual({ taxNumber: '10004999' });
    } finally {
      await big.stop();
    }
  });
});
