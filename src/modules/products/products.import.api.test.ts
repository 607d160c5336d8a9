import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMutation, importRowErrors, importStatuses, startTestApi, type TestApi } from '../../testing/api.js';

let api: TestApi;
// Chunks of 3 rows, so a call of a few rows already spans several transactions.
beforeAll(async () => { api = await startTestApi({ importChunkRows: 3 }); });
afterAll(async () => { await api?.stop(); });

const IMPORT = importMutation('importProducts');

const importRows = (rows: object[], options: object = {}) => api.importRows('importProducts', rows, options);

async function card(externalId: string) {
  const result = await api.request(`query($x: String!) { productByExternalId(externalId: $x) {
    id code name type unit description version group { path }
  } }`, { x: externalId });
  return result.data.productByExternalId;
}


/** Imports `rows` as the state a test starts from, checking each row ends `status`. */
async function given(rows: object[], status = 'CREATED') {
  const payload = await importRows(rows);
  expect(importStatuses(payload)).toEqual(rows.map(() => status));
}

/**
 * Stores the pumps "creates…" leaves, at version 1, under this test's `prefix`: `${prefix}-pump-1`
 * (code `${prefix}-P-100`, 'Well pump'), `${prefix}-pump-2` (`${prefix}-P-200`, 'Booster pump',
 * 'Quiet'), both in Equipment/Pumps, and `${prefix}-filter-1` (`${prefix}-F-1`, no group).
 */
async function givenPumps(prefix: string) {
  await given([
    { externalId: `${prefix}-pump-1`, code: `${prefix}-P-100`, name: 'Well pump', type: 'GOODS', unit: 'pcs', groupPath: 'Equipment/Pumps' },
    { externalId: `${prefix}-pump-2`, code: `${prefix}-P-200`, name: 'Booster pump', type: 'GOODS', unit: 'pcs', groupPath: 'Equipment/Pumps', description: 'Quiet' },
    { externalId: `${prefix}-filter-1`, code: `${prefix}-F-1`, name: 'Filter', type: 'GOODS', unit: 'pcs' },
  ]);
}

beforeAll(async () => {
  const equipment = await api.mutate('createProductGroup', { name: 'Equipment' }, 'group { id }');
  await api.mutate('createProductGroup', { name: 'Pumps', parentId: equipment.group.id }, 'group { id }');
  // A product with a code and no externalId: imports cannot match it, nor take its code.
  await api.mutate('createProduct', { code: 'HAND-1', name: 'Hand pump', type: 'GOODS', unit: 'pcs' }, 'product { id }');
});

describe('importProducts', () => {
  it('creates products with their group named by path, and a re-run changes nothing', async () => {
    const rows = [
      { externalId: 'pump-1', code: 'P-100', name: 'Well pump', type: 'GOODS', unit: 'pcs', groupPath: ' equipment / PUMPS ' },
      { externalId: 'pump-2', code: 'P-200', name: 'Booster pump', type: 'GOODS', unit: 'pcs', groupPath: 'Equipment/Pumps', description: 'Quiet' },
      { externalId: 'install-1', name: 'Installation', type: 'SERVICE', unit: 'hour', groupPath: 'Equipment' },
      { externalId: 'filter-1', code: 'F-1', name: 'Filter', type: 'GOODS', unit: 'pcs' },
    ];
    const first = await importRows(rows);
    expect(importStatuses(first)).toEqual(['CREATED', 'CREATED', 'CREATED', 'CREATED']);
    expect(first).toMatchObject({ created: 4, updated: 0, unchanged: 0, failed: 0, replayed: false });
    expect(await card('pump-2')).toEqual({
      id: first.rows[1].id, code: 'P-200', name: 'Booster pump', type: 'GOODS', unit: 'pcs', description: 'Quiet',
      version: 1, group: { path: 'Equipment/Pumps' },
    });
    expect((await card('install-1')).group).toEqual({ path: 'Equipment' });
    expect((await card('filter-1')).group).toBeNull();

    const again = await importRows(rows);
    expect(importStatuses(again)).toEqual(['UNCHANGED', 'UNCHANGED', 'UNCHANGED', 'UNCHANGED']);
    expect(again.rows.map((row: { id: string }) => row.id)).toEqual(first.rows.map((row: { id: string }) => row.id));
    expect((await card('pump-1')).version).toBe(1);
  });

  it('costs the same statements for one row of a chunk as for a full chunk', async () => {
    const one = await api.request(IMPORT, { input: { rows: [{ externalId: 'count-0', code: 'C-0', name: 'Count 0', type: 'GOODS', unit: 'pcs', groupPath: 'Equipment' }] } });
    const three = await api.request(IMPORT, { input: { rows: [1, 2, 3].map((i) => ({
      externalId: `count-${i}`, code: `C-${i}`, name: `Count ${i}`, type: 'GOODS', unit: 'pcs', groupPath: 'Equipment',
    })) } });
    expect(three.data.importProducts.created).toBe(3);
    expect(three.statements).toBe(one.statements);
  });

  it('updates only the rows that differ, keeping the fields a row leaves out', async () => {
    await givenPumps('upd');
    const payload = await importRows([
      { externalId: 'upd-pump-1', name: 'Deep well pump' },
      { externalId: 'upd-pump-2', unit: 'pcs', groupPath: 'equipment/pumps' },
      { externalId: 'upd-filter-1', groupPath: 'Equipment', code: null },
    ]);
    expect(importStatuses(payload)).toEqual(['UPDATED', 'UNCHANGED', 'UPDATED']);
    expect(await card('upd-pump-1')).toMatchObject({ name: 'Deep well pump', code: 'upd-P-100', unit: 'pcs', version: 2, group: { path: 'Equipment/Pumps' } });
    expect(await card('upd-filter-1')).toMatchObject({ code: null, group: { path: 'Equipment' }, version: 2 });
  });

  it('fails bad rows with their fields and codes and writes the good ones', async () => {
    // A stored product renamed once: 'Deep well pump' at version 2.
    await givenPumps('fail');
    await given([{ externalId: 'fail-pump-1', name: 'Deep well pump' }], 'UPDATED');
    const payload = await importRows([
      { externalId: 'good-1', name: 'Good one', type: 'GOODS', unit: 'pcs' },
      { externalId: 'bad-1', name: 'Lost', type: 'GOODS', unit: 'pcs', groupPath: 'Equipment/Nowhere' },
      { externalId: 'bad-2', name: 'No type or unit' },
      { externalId: 'bad-3', name: 'x'.repeat(301), type: 'GOODS', unit: 'a very long unit of measure', code: 'c'.repeat(101) },
      { externalId: 'fail-pump-1', type: null, name: '  ' },
      { externalId: '  ', name: 'No key', type: 'GOODS', unit: 'pcs' },
      { externalId: 'good-1', name: 'Twice' },
      { externalId: 'good-2', name: 'Good two', type: 'SERVICE', unit: 'month', groupPath: 'Equipment/Pumps' },
    ]);
    expect(importStatuses(payload)).toEqual(['CREATED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'CREATED']);
    expect(payload).toMatchObject({ created: 2, failed: 6 });
    expect(importRowErrors(payload, 1)).toEqual([['input.rows.1.groupPath', 'NOT_FOUND']]);
    expect(importRowErrors(payload, 2)).toEqual([['input.rows.2.type', 'REQUIRED'], ['input.rows.2.unit', 'REQUIRED']]);
    expect(importRowErrors(payload, 3)).toEqual([
      ['input.rows.3.code', 'TOO_LONG'], ['input.rows.3.name', 'TOO_LONG'], ['input.rows.3.unit', 'TOO_LONG'],
    ]);
    expect(importRowErrors(payload, 4)).toEqual([['input.rows.4.name', 'REQUIRED'], ['input.rows.4.type', 'REQUIRED']]);
    expect(importRowErrors(payload, 5)).toEqual([['input.rows.5.externalId', 'REQUIRED']]);
    expect(importRowErrors(payload, 6)).toEqual([['input.rows.6.externalId', 'DUPLICATE']]);
    expect(payload.rows[1].id).toBeNull();
    expect(await card('bad-1')).toBeNull();
    expect(await card('bad-2')).toBeNull();
    expect(await card('fail-pump-1')).toMatchObject({ name: 'Deep well pump', type: 'GOODS', version: 2 });
    expect(await card('good-1')).toMatchObject({ name: 'Good one', version: 1 });
    expect((await card('good-2')).group).toEqual({ path: 'Equipment/Pumps' });
  });

  it('refuses a code another product holds, stored or taken by an earlier row of the call', async () => {
    await givenPumps('ref');
    const payload = await importRows([
      // Chunk 1: a stored product's code, the code of a product without externalId, a product keeping its own code.
      { externalId: 'code-1', code: 'ref-P-100', name: 'Copy', type: 'GOODS', unit: 'pcs' },
      { externalId: 'code-2', code: 'HAND-1', name: 'Copy', type: 'GOODS', unit: 'pcs' },
      { externalId: 'ref-pump-2', code: 'ref-P-200' },
      // Chunk 2 (row 5 fails its checks and joins no chunk): two rows give the same new code; the first takes it.
      { externalId: 'code-3', code: 'NEW-1', name: 'New one', type: 'GOODS', unit: 'pcs' },
      { externalId: 'code-4', code: 'NEW-1', name: 'New two', type: 'GOODS', unit: 'pcs' },
      { externalId: 'code-5', code: 'NEW-2', name: 'x'.repeat(301), type: 'GOODS', unit: 'pcs' },
      { externalId: 'code-6', code: 'NEW-2', name: 'Takes a failed row\'s code', type: 'GOODS', unit: 'pcs' },
      // Chunk 3: a row failing on its group holds no code; a code taken from a stored product.
      { externalId: 'code-7', code: 'NEW-3', name: 'Lost', type: 'GOODS', unit: 'pcs', groupPath: 'Nowhere' },
      { externalId: 'code-8', code: 'NEW-3', name: 'Found', type: 'GOODS', unit: 'pcs' },
      { externalId: 'ref-pump-1', code: 'ref-P-200' },
      // Chunk 4: a code an earlier chunk of this call wrote.
      { externalId: 'code-9', code: 'NEW-1', name: 'Late', type: 'GOODS', unit: 'pcs' },
    ]);
    expect(importStatuses(payload)).toEqual([
      'FAILED', 'FAILED', 'UNCHANGED', 'CREATED', 'FAILED', 'FAILED', 'CREATED', 'FAILED', 'CREATED', 'FAILED', 'FAILED',
    ]);
    expect(payload.rows.map((_: unknown, i: number) => importRowErrors(payload, i))).toEqual([
      [['input.rows.0.code', 'DUPLICATE']],
      [['input.rows.1.code', 'DUPLICATE']],
      [],
      [],
      [['input.rows.4.code', 'DUPLICATE']],
      [['input.rows.5.name', 'TOO_LONG']],
      [],
      [['input.rows.7.groupPath', 'NOT_FOUND']],
      [],
      [['input.rows.9.code', 'DUPLICATE']],
      [['input.rows.10.code', 'DUPLICATE']],
    ]);
    expect(payload.rows[0].errors[0].message).toContain('"ref-pump-1"');
    expect(payload.rows[4].errors[0].message).toContain('Row 3');
    expect(payload.rows[10].errors[0].message).toContain('"code-3"');
    expect(await card('code-1')).toBeNull();
    expect((await card('code-3')).code).toBe('NEW-1');
    expect((await card('code-6')).code).toBe('NEW-2');
    expect((await card('code-8')).code).toBe('NEW-3');
    expect((await card('ref-pump-1')).code).toBe('ref-P-100');
  });

  it('writes nothing of an atomic call with a bad row, and reports the good rows SKIPPED', async () => {
    await givenPumps('atom');
    const payload = await importRows([
      { externalId: 'atomic-1', name: 'Atomic one', type: 'GOODS', unit: 'pcs' },
      { externalId: 'atom-pump-2', description: 'Changed' },
      { externalId: 'atomic-2', name: 'Atomic two', type: 'GOODS', unit: 'pcs' },
      { externalId: 'atomic-3', name: 'Atomic three', type: 'GOODS', unit: 'pcs' },
      { externalId: 'atomic-4', name: 'Bad group', type: 'GOODS', unit: 'pcs', groupPath: 'Nowhere' },
    ], { atomic: true });
    expect(importStatuses(payload)).toEqual(['SKIPPED', 'SKIPPED', 'SKIPPED', 'SKIPPED', 'FAILED']);
    expect(importRowErrors(payload, 4)).toEqual([['input.rows.4.groupPath', 'NOT_FOUND']]);
    expect(payload.rows[0].id).toBeNull();
    expect(payload.rows[1].id).toEqual((await card('atom-pump-2')).id);
    expect(await card('atomic-1')).toBeNull();
    expect(await card('atomic-3')).toBeNull();
    expect(await card('atom-pump-2')).toMatchObject({ description: 'Quiet', version: 1 });
  });

  it('in CREATE_ONLY mode keeps existing products: equal ones are UNCHANGED, different ones fail', async () => {
    // The two products "fails bad rows…" writes.
    await given([
      { externalId: 'only-good-1', name: 'Good one', type: 'GOODS', unit: 'pcs' },
      { externalId: 'only-good-2', name: 'Good two', type: 'SERVICE', unit: 'month', groupPath: 'Equipment/Pumps' },
    ]);
    const payload = await importRows([
      { externalId: 'only-good-1', name: 'Good one' },
      { externalId: 'only-good-2', name: 'Renamed' },
      { externalId: 'fresh-1', name: 'Fresh', type: 'GOODS', unit: 'kg' },
    ], { mode: 'CREATE_ONLY' });
    expect(importStatuses(payload)).toEqual(['UNCHANGED', 'FAILED', 'CREATED']);
    expect(importRowErrors(payload, 1)).toEqual([['input.rows.1.externalId', 'DUPLICATE']]);
    expect((await card('only-good-2')).name).toBe('Good two');
  });
});
