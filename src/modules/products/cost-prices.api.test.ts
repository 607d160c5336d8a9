import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldsAndCodes, startTestApi, type TestApi } from '../../testing/api.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api?.stop(); });

const TYPE = 'id code currency purpose';
const run = async (name: string, input: Record<string, unknown>, selection: string) => {
  const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
  const result = await api.request(`mutation($input: ${type}!) { ${name}(input: $input) { ${selection} userErrors { field code message } } }`, { input });
  expect(result.errors).toBeUndefined();
  return result.data[name];
};
const priceType = async (code: string, currency: string, purpose?: string) =>
  (await api.mutate('createPriceType', { code, name: `${code} prices`, currency, purpose }, `priceType { ${TYPE} }`)).priceType;
const product = async (name: string) => (await api.mutate('createProduct', { name, type: 'GOODS', unit: 'pcs' }, 'product { id }')).product.id as string;
const setPrice = (productId: string, priceTypeId: string, effectiveFrom: string, price: string) =>
  api.mutate('setPrice', { productId, priceTypeId, effectiveFrom, price }, 'price { id }');

const COST_ON = `query($ids: [ID!]!, $currency: Currency!, $on: LocalDate) {
  nodes(ids: $ids) { ... on Product { id costPrice(currency: $currency, on: $on) { price effectiveFrom currency priceType { code purpose } } } }
}`;
const costsOn = async (ids: string[], currency: string, on?: string) => {
  const result = await api.request(COST_ON, { ids, currency, on });
  expect(result.errors).toBeUndefined();
  return { statements: result.statements, costs: result.data.nodes.map((node: any) => node.costPrice && [node.costPrice.price, node.costPrice.effectiveFrom]) };
};

describe('cost prices', () => {
  it('are the dated prices of one COST price type per currency, in force from their date on', async () => {
    const eur = await priceType('cost-eur', 'EUR', 'COST');
    const usd = await priceType('cost-usd', 'USD', 'COST');
    const retail = await priceType('retail-eur', 'EUR');
    expect(retail.purpose).toBe('SALE');
    expect(eur).toMatchObject({ currency: 'EUR', purpose: 'COST' });

    // One COST type per currency: a second one in EUR, made or changed into EUR, is a DUPLICATE on currency.
    const second = await run('createPriceType', { code: 'cost-eur-2', name: 'Second', currency: 'EUR', purpose: 'COST' }, 'priceType { id }');
    expect(fieldsAndCodes(second.userErrors)).toEqual([['input.currency', 'DUPLICATE']]);
    const { version } = (await api.request('query($id: ID!) { node(id: $id) { ... on PriceType { version } } }', { id: usd.id })).data.node;
    const moved = await run('updatePriceType', { id: usd.id, expectedVersion: version, currency: 'EUR' }, 'priceType { id }');
    expect(fieldsAndCodes(moved.userErrors)).toEqual([['input.currency', 'DUPLICATE']]);

    const pump = await product('Cost pump');
    const valve = await product('Cost valve');
    const hose = await product('Cost hose');
    await setPrice(pump, eur.id, '2025-01-01', '60');
    await setPrice(pump, eur.id, '2025-03-01', '65.5');
    await setPrice(pump, usd.id, '2025-01-01', '70');
    await setPrice(pump, retail.id, '2025-01-01', '100');
    await setPrice(valve, eur.id, '2025-02-15', '7');

    // The latest EUR cost not after the day; the sale price and the USD cost never stand in for it.
    expect((await costsOn([pump, valve, hose], 'EUR', '2024-12-31')).costs).toEqual([null, null, null]);
    expect((await costsOn([pump, valve, hose], 'EUR', '2025-02-28')).costs).toEqual([['60.00', '2025-01-01'], ['7.00', '2025-02-15'], null]);
    expect((await costsOn([pump, valve, hose], 'EUR', '2025-03-01')).costs).toEqual([['65.50', '2025-03-01'], ['7.00', '2025-02-15'], null]);
    expect((await costsOn([pump, valve, hose], 'USD', '2025-03-01')).costs).toEqual([['70.00', '2025-01-01'], null, null]);
    const one = await costsOn([pump], 'EUR', '2025-03-01');
    const three = await costsOn([pump, valve, hose], 'EUR', '2025-03-01');
    expect(three.statements).toBe(one.statements);
    const full = (await api.request(COST_ON, { ids: [pump], currency: 'EUR', on: '2025-03-01' })).data.nodes[0].costPrice;
    expect(full).toEqual({ price: '65.50', effectiveFrom: '2025-03-01', currency: 'EUR', priceType: { code: 'cost-eur', purpose: 'COST' } });

    const types = async (purpose?: string) =>
      (await api.request('query($purpose: PriceTypePurpose) { priceTypes(purpose: $purpose) { code } }', { purpose })).data.priceTypes.map((t: any) => t.code);
    expect(await types('COST')).toEqual(['cost-eur', 'cost-usd']);
    expect(await types('SALE')).toEqual(['retail-eur']);
    expect(await types()).toHaveLength(3);
  });

  it('are imported like any price, by the COST type code', async () => {
    await priceType('cost-pln', 'PLN', 'COST');
    const bolt = (await api.mutate('createProduct', { externalId: 'cost-bolt', name: 'Cost bolt', type: 'GOODS', unit: 'pcs' }, 'product { id }')).product.id;
    const answer = await api.importRows('importPrices', [
      { productExternalId: 'cost-bolt', priceTypeCode: 'cost-pln', effectiveFrom: '2025-05-01', price: '1.25' },
      { productExternalId: 'cost-bolt', priceTypeCode: 'cost-pln', effectiveFrom: '2025-06-01', price: '1.5' },
    ]);
    expect(answer.rows.map((row: any) => row.status)).toEqual(['CREATED', 'CREATED']);
    expect((await costsOn([bolt], 'PLN', '2025-05-31')).costs).toEqual([['1.25', '2025-05-01']]);
    expect((await costsOn([bolt], 'PLN', '2025-06-01')).costs).toEqual([['1.50', '2025-06-01']]);
  });

  it('are never what an agreement sells at', async () => {
    const cost = await priceType('cost-czk', 'CZK', 'COST');
    const refused = await run('createTypicalAgreement', {
      name: 'At cost', segment: 'cost', terms: { priceTypeId: cost.id, currency: 'CZK' },
    }, 'agreement { id }');
    expect(fieldsAndCodes(refused.userErrors)).toEqual([['input.terms.priceTypeId', 'INVALID']]);
    expect(refused.agreement).toBeNull();
  });
});
