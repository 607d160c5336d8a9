import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMutation, importRowErrors, importStatuses, startTestApi, type TestApi } from '../../testing/api.js';

let api: TestApi;
// Chunks of 3 rows, so a call of a few rows already spans several transactions.
beforeAll(async () => { api = await startTestApi({ importChunkRows: 3 }); });
afterAll(async () => { await api?.stop(); });

const IMPORT = importMutation('importPrices');

const importRows = (rows: object[], options: object = {}) => api.importRows('importPrices', rows, options);

/** The prices of a product in force today or later, as "type date price version". */
async function pricesOf(externalId: string) {
  const result = await api.request(`query($x: String!) { productByExternalId(externalId: $x) {
    prices { id priceType { code } effectiveFrom price version }
  } }`, { x: externalId });
  return result.data.productByExternalId.prices.map((price: { priceType: { code: string }; effectiveFrom: string; price: string; version: number }) =>
    `${price.priceType.code} ${price.effectiveFrom} ${price.price} v${price.version}`);
}

async function priceNode(id: string) {
  const result = await api.request(`query($id: ID!) { node(id: $id) { ... on Price {
    id price currency effectiveFrom version product { externalId } priceType { code }
  } } }`, { id });
  return result.data.node;
}


/** Imports `rows` as the state a test starts from, checking each row ends `status`. */
async function given(rows: object[], status = 'CREATED') {
  const payload = await importRows(rows);
  expect(importStatuses(payload)).toEqual(rows.map(() => status));
}

/** Creates products `${prefix}-pump-1`, `-2` and `-3` without prices, as the module's setup does without a prefix. */
async function givenPumps(prefix: string) {
  for (const n of [1, 2, 3]) {
    await api.mutate('createProduct', { externalId: `${prefix}-pump-${n}`, name: `Pump ${prefix}-pump-${n}`, type: 'GOODS', unit: 'pcs' }, 'product { id }');
  }
}

/**
 * givenPumps, then the four prices "creates…" imports: `${prefix}-pump-1` retail 100.00 from
 * 2024-01-01 and 120.50 from 2099-06-01, dealer 90.00 from 2024-01-01; `${prefix}-pump-2` retail 0.00.
 */
async function givenPrices(prefix: string) {
  await givenPumps(prefix);
  await given([
    { productExternalId: `${prefix}-pump-1`, priceTypeCode: 'retail', effectiveFrom: '2024-01-01', price: '100' },
    { productExternalId: `${prefix}-pump-1`, priceTypeCode: 'retail', effectiveFrom: '2099-06-01', price: '120.5' },
    { productExternalId: `${prefix}-pump-1`, priceTypeCode: 'dealer', effectiveFrom: '2024-01-01', price: '90.0' },
    { productExternalId: `${prefix}-pump-2`, priceTypeCode: 'retail', effectiveFrom: '2024-01-01', price: '0' },
  ]);
}

beforeAll(async () => {
  for (const externalId of ['pump-1', 'pump-2', 'pump-3']) {
    await api.mutate('createProduct', { externalId, name: `Pump ${externalId}`, type: 'GOODS', unit: 'pcs' }, 'product { id }');
  }
  await api.mutate('createPriceType', { code: 'retail', name: 'Retail', currency: 'UAH' }, 'priceType { id }');
  await api.mutate('createPriceType', { code: 'dealer', name: 'Dealer', currency: 'EUR' }, 'priceType { id }');
});

describe('importPrices', () => {
  const rows = [
    { productExternalId: 'pump-1', priceTypeCode: 'retail', effectiveFrom: '2024-01-01', price: '100' },
    { productExternalId: 'pump-1', priceTypeCode: 'retail', effectiveFrom: '2099-06-01', price: '120.5' },
    { productExternalId: ' pump-1 ', priceTypeCode: 'dealer', effectiveFrom: '2024-01-01', price: '90.0' },
    { productExternalId: 'pump-2', priceTypeCode: 'retail', effectiveFrom: '2024-01-01', price: '0' },
  ];

  it('creates prices named by product externalId and price type code, and a re-run changes nothing', async () => {
    const first = await importRows(rows);
    expect(importStatuses(first)).toEqual(['CREATED', 'CREATED', 'CREATED', 'CREATED']);
    expect(first).toMatchObject({ created: 4, updated: 0, unchanged: 0, failed: 0, replayed: false });
    expect(first.rows.map((row: { externalId: string }) => row.externalId)).toEqual(['pump-1', 'pump-1', ' pump-1 ', 'pump-2']);
    expect(await priceNode(first.rows[2].id)).toEqual({
      id: first.rows[2].id, price: '90.00', currency: 'EUR', effectiveFrom: '2024-01-01', version: 1,
      product: { externalId: 'pump-1' }, priceType: { code: 'dealer' },
    });
    expect(await pricesOf('pump-1')).toEqual(['retail 2024-01-01 100.00 v1', 'retail 2099-06-01 120.50 v1', 'dealer 2024-01-01 90.00 v1'].sort(byType));

    const again = await importRows(rows);
    expect(importStatuses(again)).toEqual(['UNCHANGED', 'UNCHANGED', 'UNCHANGED', 'UNCHANGED']);
    expect(again.rows.map((row: { id: string }) => row.id)).toEqual(first.rows.map((row: { id: string }) => row.id));
  });

  it('compares prices in their stored form: "100.0" matches 100.00, "120.500" 120.50, "-0.00" 0.00', async () => {
    await givenPrices('cmp');
    const payload = await importRows([
      { productExternalId: 'cmp-pump-1', priceTypeCode: 'retail', effectiveFrom: '2024-01-01', price: '100.0' },
      { productExternalId: 'cmp-pump-1', priceTypeCode: 'retail', effectiveFrom: '2099-06-01', price: '120.500' },
      { productExternalId: 'cmp-pump-1', priceTypeCode: 'dealer', effectiveFrom: '2024-01-01', price: '90' },
      { productExternalId: 'cmp-pump-2', priceTypeCode: 'retail', effectiveFrom: '2024-01-01', price: '-0.00' },
    ]);
    expect(importStatuses(payload)).toEqual(['UNCHANGED', 'UNCHANGED', 'UNCHANGED', 'UNCHANGED']);
  });

  it('updates only the prices that differ and adds new dates', async () => {
    await givenPrices('upd');
    const payload = await importRows([
      { productExternalId: 'upd-pump-1', priceTypeCode: 'retail', effectiveFrom: '2024-01-01', price: '100.00' },
      { productExternalId: 'upd-pump-1', priceTypeCode: 'retail', effectiveFrom: '2099-06-01', price: '125' },
      { productExternalId: 'upd-pump-3', priceTypeCode: 'dealer', effectiveFrom: '2024-03-01', price: '10.10' },
    ]);
    expect(importStatuses(payload)).toEqual(['UNCHANGED', 'UPDATED', 'CREATED']);
    expect(await pricesOf('upd-pump-1')).toEqual(['retail 2024-01-01 100.00 v1', 'retail 2099-06-01 125.00 v2', 'dealer 2024-01-01 90.00 v1'].sort(byType));
    expect(await pricesOf('upd-pump-3')).toEqual(['dealer 2024-03-01 10.10 v1']);
  });

  it('costs the same statements for one row of a chunk as for a full chunk', async () => {
    await givenPumps('cost');
    const at = (day: number) => ({ productExternalId: 'cost-pump-2', priceTypeCode: 'dealer', effectiveFrom: `2025-01-0${day}`, price: `${day}` });
    const one = await api.request(IMPORT, { input: { rows: [at(1)] } });
    const three = await api.request(IMPORT, { input: { rows: [at(2), at(3), at(4)] } });
    expect(three.data.importPrices.created).toBe(3);
    expect(three.statements).toBe(one.statements);
  });

  it('fails bad rows with their fields and codes and writes the good ones', async () => {
    // pump-3 with the dealer price "updates…" adds.
    await givenPumps('fail');
    await given([{ productExternalId: 'fail-pump-3', priceTypeCode: 'dealer', effectiveFrom: '2024-03-01', price: '10.10' }]);
    const payload = await importRows([
      { productExternalId: 'fail-pump-3', priceTypeCode: 'retail', effectiveFrom: '2024-01-01', price: '55.5' },
      { productExternalId: 'nope', priceTypeCode: 'retail', effectiveFrom: '2024-01-01', price: '1' },
      { productExternalId: 'fail-pump-3', priceTypeCode: 'RETAIL', effectiveFrom: '2024-01-01', price: '1' },
      { productExternalId: 'nope', priceTypeCode: 'wholesale', effectiveFrom: '2024-01-01', price: '1' },
      { productExternalId: 'fail-pump-3', priceTypeCode: 'retail', effectiveFrom: '2024-02-01', price: '1.005' },
      { productExternalId: '  ', priceTypeCode: 'retail', effectiveFrom: '2024-02-01', price: '-1' },
      { productExternalId: 'fail-pump-3', priceTypeCode: 'retail', effectiveFrom: '2024-01-01', price: '56' },
      { productExternalId: 'fail-pump-3', priceTypeCode: 'retail', effectiveFrom: '2024-05-01', price: '57' },
    ]);
    expect(importStatuses(payload)).toEqual(['CREATED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'CREATED']);
    expect(payload).toMatchObject({ created: 2, failed: 6 });
    expect(importRowErrors(payload, 1)).toEqual([['input.rows.1.productExternalId', 'NOT_FOUND']]);
    expect(importRowErrors(payload, 2)).toEqual([['input.rows.2.priceTypeCode', 'NOT_FOUND']]);
    expect(importRowErrors(payload, 3)).toEqual([['input.rows.3.productExternalId', 'NOT_FOUND'], ['input.rows.3.priceTypeCode', 'NOT_FOUND']]);
    expect(importRowErrors(payload, 4)).toEqual([['input.rows.4.price', 'INVALID']]);
    expect(importRowErrors(payload, 5)).toEqual([['input.rows.5.productExternalId', 'REQUIRED'], ['input.rows.5.price', 'OUT_OF_RANGE']]);
    // The same product, type and date twice: the key is three fields, so the error names the row.
    expect(importRowErrors(payload, 6)).toEqual([['input.rows.6', 'DUPLICATE']]);
    expect(payload.rows[1].id).toBeNull();
    expect(await pricesOf('fail-pump-3')).toEqual(['dealer 2024-03-01 10.10 v1', 'retail 2024-05-01 57.00 v1'].sort(byType));
  });

  it('writes nothing of an atomic call with a bad row, and reports the good rows SKIPPED', async () => {
    // The prices as "updates…" leaves them: pump-1's retail price from 2099-06-01 at 125.00, version 2.
    await givenPrices('atom');
    await given([{ productExternalId: 'atom-pump-1', priceTypeCode: 'retail', effectiveFrom: '2099-06-01', price: '125' }], 'UPDATED');
    const payload = await importRows([
      { productExternalId: 'atom-pump-2', priceTypeCode: 'retail', effectiveFrom: '2030-01-01', price: '1' },
      { productExternalId: 'atom-pump-1', priceTypeCode: 'retail', effectiveFrom: '2099-06-01', price: '999' },
      { productExternalId: 'atom-pump-2', priceTypeCode: 'retail', effectiveFrom: '2031-01-01', price: '2' },
      { productExternalId: 'atom-pump-2', priceTypeCode: 'retail', effectiveFrom: '2032-01-01', price: '3' },
      { productExternalId: 'atom-pump-2', priceTypeCode: 'bulk', effectiveFrom: '2033-01-01', price: '4' },
    ], { atomic: true });
    expect(importStatuses(payload)).toEqual(['SKIPPED', 'SKIPPED', 'SKIPPED', 'SKIPPED', 'FAILED']);
    expect(importRowErrors(payload, 4)).toEqual([['input.rows.4.priceTypeCode', 'NOT_FOUND']]);
    expect(payload.rows[0].id).toBeNull();
    expect(payload.rows[1].id).not.toBeNull();
    expect(await priceNode(payload.rows[1].id)).toMatchObject({ price: '125.00', version: 2 });
    expect((await pricesOf('atom-pump-2')).filter((price: string) => price.startsWith('retail'))).toEqual(['retail 2024-01-01 0.00 v1']);
  });

  it('in CREATE_ONLY mode keeps existing prices: equal ones are UNCHANGED, different ones fail', async () => {
    await givenPrices('only');
    const payload = await importRows([
      { productExternalId: 'only-pump-1', priceTypeCode: 'retail', effectiveFrom: '2024-01-01', price: '100' },
      { productExternalId: 'only-pump-1', priceTypeCode: 'dealer', effectiveFrom: '2024-01-01', price: '91' },
      { productExternalId: 'only-pump-1', priceTypeCode: 'dealer', effectiveFrom: '2099-02-01', price: '92' },
    ], { mode: 'CREATE_ONLY' });
    expect(importStatuses(payload)).toEqual(['UNCHANGED', 'FAILED', 'CREATED']);
    expect(importRowErrors(payload, 1)).toEqual([['input.rows.1', 'DUPLICATE']]);
    expect(await pricesOf('only-pump-1')).toEqual(expect.arrayContaining(['dealer 2024-01-01 90.00 v1', 'dealer 2099-02-01 92.00 v1']));
  });
});

/** Product.prices lists by price type id, then date: retail was created first. */
function byType(a: string, b: string): number {
  const order = (s: string) => (s.startsWith('retail') ? 0 : 1);
  return order(a) - order(b) || a.localeCompare(b);
}
