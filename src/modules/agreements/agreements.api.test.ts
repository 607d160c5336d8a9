import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreementGroupDiscounts, agreements, priceTypes, productGroups } from '../../db/schema/index.js';
import { toGlobalId } from '../../lib/global-id.js';
import { errorCodes, fieldsAndCodes, startTestApi, type TestApi } from '../../testing/api.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api?.stop(); });

const TERMS = `paymentSchedule { percent basis days prepayment } paymentMethod priceType { id } currency deliveryDays
  discountPercent validFrom validTo contractsRequired groupDiscounts { productGroup { id } discountPercent inherited }`;
const FIELDS = `id name kind status segment version inheritedTerms usable counterparty { id } baseAgreement { id }
  terms { ${TERMS} } ownTerms { ${TERMS} }`;
const payload = `agreement { ${FIELDS} } userErrors { field code message }`;
const mutation = (name: string) => `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${payload} } }`;
const run = async (name: string, input: Record<string, unknown>, key?: string) => {
  const result = await api.request(mutation(name), { input }, { key });
  return { result, payload: result.data?.[name], errors: result.data?.[name] ? fieldsAndCodes(result.data[name].userErrors) : null };
};
const READ = `query($id: ID!) { agreement(id: $id) { ${FIELDS} individualAgreements { id } } }`;
const read = async (id: string) => (await api.request(READ, { id })).data.agreement;

let counter = 0;
const counterparty = async () =>
  (await api.mutate('createCounterparty', { kind: 'ORGANIZATION', name: `Buyer ${++counter}` }, 'counterparty { id }')).counterparty.id as string;
async function priceType(code: string) {
  const [row] = await api.db.insert(priceTypes).values({ code, name: code, currency: 'EUR' }).returning();
  return toGlobalId('PriceType', row.id);
}
async function productGroup(name: string) {
  const [row] = await api.db.insert(productGroups).values({ name }).returning();
  return toGlobalId('ProductGroup', row.id);
}
const rowCounts = async () => ({
  agreements: (await api.db.select({ n: count() }).from(agreements))[0].n,
  discounts: (await api.db.select({ n: count() }).from(agreementGroupDiscounts))[0].n,
});
const SCHEDULE = [
  { percent: '30', basis: 'ORDER', days: 0, prepayment: true },
  { percent: '70', basis: 'SHIPMENT', days: 14, prepayment: false },
];

async function typical(extra: Record<string, unknown> = {}) {
  return (await api.mutate('createTypicalAgreement', { name: `Wholesale ${++counter}`, segment: 'wholesale', ...extra }, `agreement { ${FIELDS} }`)).agreement;
}

describe('agreements', () => {
  let wholesale: string; let dealer: string; let tools: string; let paint: string; let cable: string;
  beforeAll(async () => {
    wholesale = await priceType('WHOLESALE');
    dealer = await priceType('DEALER');
    tools = await productGroup('Tools');
    paint = await productGroup('Paint');
    cable = await productGroup('Cable');
  });

  it('inherits terms from the typical agreement, overrides some, and follows changes of the typical one', async () => {
    const base = await typical({
      terms: { paymentSchedule: SCHEDULE, paymentMethod: 'BANK_TRANSFER', priceTypeId: wholesale, currency: 'eur', deliveryDays: 5, discountPercent: '2.5', contractsRequired: true },
      groupDiscounts: [{ productGroupId: tools, discountPercent: '5' }, { productGroupId: paint, discountPercent: '3' }],
    });
    expect(base).toMatchObject({ kind: 'TYPICAL', status: 'DRAFT', segment: 'wholesale', inheritedTerms: [], version: 1, counterparty: null, baseAgreement: null });
    expect(base.terms).toMatchObject({
      paymentSchedule: [
        { percent: '30.00', basis: 'ORDER', days: 0, prepayment: true },
        { percent: '70.00', basis: 'SHIPMENT', days: 14, prepayment: false },
      ],
      priceType: { id: wholesale }, currency: 'EUR', discountPercent: '2.50', deliveryDays: 5,
    });

    const buyer = await counterparty();
    const own = (await api.mutate('createIndividualAgreement', {
      name: 'Buyer terms', counterpartyId: buyer, baseAgreementId: base.id,
      terms: { priceTypeId: dealer, deliveryDays: 0 },
      groupDiscounts: [{ productGroupId: paint, discountPercent: '7.25' }, { productGroupId: cable, discountPercent: '-1' }],
    }, `agreement { ${FIELDS} }`)).agreement;
    expect(own).toMatchObject({ kind: 'INDIVIDUAL', counterparty: { id: buyer }, baseAgreement: { id: base.id }, segment: null });
    expect(own.inheritedTerms).toEqual(['PAYMENT_SCHEDULE', 'PAYMENT_METHOD', 'CURRENCY', 'DISCOUNT_PERCENT', 'VALID_FROM', 'VALID_TO', 'CONTRACTS_REQUIRED']);
    expect(own.terms).toMatchObject({ priceType: { id: dealer }, deliveryDays: 0, currency: 'EUR', discountPercent: '2.50', paymentMethod: 'BANK_TRANSFER', contractsRequired: true });
    expect(own.terms.groupDiscounts).toEqual([
      { productGroup: { id: tools }, discountPercent: '5.00', inherited: true },
      { productGroup: { id: paint }, discountPercent: '7.25', inherited: false },
      { productGroup: { id: cable }, discountPercent: '-1.00', inherited: false },
    ]);
    expect(own.ownTerms).toMatchObject({ priceType: { id: dealer }, deliveryDays: 0, currency: null, paymentSchedule: null, discountPercent: null });
    expect(own.ownTerms.groupDiscounts).toHaveLength(2);

    // The typical agreement changes: the individual one follows where it did not override.
    const changed = await run('updateAgreement', {
      id: base.id, expectedVersion: 1,
      terms: { currency: 'USD', priceTypeId: wholesale, deliveryDays: 9 },
      groupDiscounts: [{ productGroupId: tools, discountPercent: '6' }],
    });
    expect(changed.errors).toEqual([]);
    const after = await read(own.id);
    expect(after.terms).toMatchObject({ currency: 'USD', priceType: { id: dealer }, deliveryDays: 0 });
    expect(after.terms.groupDiscounts).toEqual([
      { productGroup: { id: tools }, discountPercent: '6.00', inherited: true },
      { productGroup: { id: paint }, discountPercent: '7.25', inherited: false },
      { productGroup: { id: cable }, discountPercent: '-1.00', inherited: false },
    ]);
    expect((await read(base.id)).individualAgreements).toEqual([{ id: own.id }]);

    // null on an individual agreement inherits again; on a typical one it clears.
    const back = await run('updateAgreement', { id: own.id, expectedVersion: 1, terms: { priceTypeId: null, currency: 'PLN' } });
    expect(back.errors).toEqual([]);
    expect(back.payload.agreement.terms).toMatchObject({ priceType: { id: wholesale }, currency: 'PLN' });
    expect(back.payload.agreement.inheritedTerms).toContain('PRICE_TYPE');
    expect(back.payload.agreement.inheritedTerms).not.toContain('CURRENCY');
    const cleared = await run('updateAgreement', { id: base.id, expectedVersion: 2, terms: { deliveryDays: null } });
    expect(cleared.payload.agreement.terms.deliveryDays).toBeNull();

    const listed = await api.request('query($c: ID) { agreements(where: { counterpartyId: $c }) { totalCount edges { node { id } } } }', { c: buyer });
    expect(listed.data.agreements).toEqual({ totalCount: 1, edges: [{ node: { id: own.id } }] });
    const node = await api.request('query($id: ID!) { node(id: $id) { __typename ... on Agreement { name } } }', { id: own.id });
    expect(node.data.node).toEqual({ __typename: 'Agreement', name: 'Buyer terms' });
  });

  it('refuses bad input, naming each field, and writes nothing', async () => {
    const base = await typical();
    const individual = (await api.mutate('createIndividualAgreement', { name: 'x', counterpartyId: await counterparty(), baseAgreementId: base.id }, 'agreement { id }')).agreement;
    const buyer = await counterparty();
    const before = await rowCounts();

    const schedule = await run('createTypicalAgreement', {
      name: 'Bad', segment: 'dealers',
      terms: { paymentSchedule: [{ percent: '50', basis: 'ORDER', days: 0, prepayment: true }, { percent: '49.99', basis: 'SHIPMENT', days: 3, prepayment: false }] },
      groupDiscounts: [{ productGroupId: tools, discountPercent: '1' }],
    });
    expect(schedule.errors).toEqual([['input.terms.paymentSchedule', 'INVALID']]);
    const stage = await run('createTypicalAgreement', {
      name: 'Bad', segment: 'dealers', terms: { paymentSchedule: [{ percent: '100', basis: 'SHIPMENT', days: 0, prepayment: true }, { percent: '0.001', basis: 'ORDER', days: 4000, prepayment: false }] },
    });
    expect(stage.errors).toEqual([
      ['input.terms.paymentSchedule.0.basis', 'INVALID'],
      ['input.terms.paymentSchedule.1.percent', 'INVALID'],
      ['input.terms.paymentSchedule.1.days', 'OUT_OF_RANGE'],
    ]);
    const ranges = await run('createTypicalAgreement', {
      name: ' ', segment: 'dealers', terms: { discountPercent: '100.01', deliveryDays: 3651, validFrom: '2026-02-01', validTo: '2026-01-31' },
      groupDiscounts: [{ productGroupId: tools, discountPercent: '1' }, { productGroupId: tools, discountPercent: '-100.5' }],
    });
    expect(ranges.errors).toEqual([
      ['input.name', 'REQUIRED'],
      ['input.terms.deliveryDays', 'OUT_OF_RANGE'],
      ['input.terms.discountPercent', 'OUT_OF_RANGE'],
      ['input.groupDiscounts.1.productGroupId', 'DUPLICATE'],
      ['input.groupDiscounts.1.discountPercent', 'OUT_OF_RANGE'],
      ['input.terms.validTo', 'OUT_OF_RANGE'],
    ]);
    const fromIndividual = await run('createIndividualAgreement', { name: 'x', counterpartyId: buyer, baseAgreementId: individual.id });
    expect(fromIndividual.errors).toEqual([['input.baseAgreementId', 'INVALID']]);
    const unknown = await run('createIndividualAgreement', {
      name: 'x', counterpartyId: toGlobalId('Counterparty', 999999), baseAgreementId: toGlobalId('Agreement', 999999),
    });
    expect(unknown.errors).toEqual([['input.counterpartyId', 'NOT_FOUND'], ['input.baseAgreementId', 'NOT_FOUND']]);
    const wrongType = await run('createIndividualAgreement', { name: 'x', counterpartyId: base.id, baseAgreementId: buyer, terms: { priceTypeId: tools } });
    expect(wrongType.errors).toEqual([
      ['input.counterpartyId', 'WRONG_TYPE'], ['input.baseAgreementId', 'WRONG_TYPE'], ['input.terms.priceTypeId', 'WRONG_TYPE'],
    ]);
    const validity = await run('updateAgreement', { id: base.id, expectedVersion: 1, terms: { validFrom: '2026-05-02', validTo: '2026-05-01' } });
    expect(validity.errors).toEqual([['input.terms.validTo', 'OUT_OF_RANGE']]);

    expect(await rowCounts()).toEqual(before);
    expect((await read(base.id)).version).toBe(1);
  });

  it('refuses a stale version, and VIEWER writes', async () => {
    const base = await typical({ groupDiscounts: [{ productGroupId: tools, discountPercent: '1' }] });
    await run('updateAgreement', { id: base.id, expectedVersion: 1, name: 'Renamed' });
    const stale = await run('updateAgreement', { id: base.id, expectedVersion: 1, name: 'Lost', groupDiscounts: [] });
    expect(errorCodes(stale.result)).toEqual(['CONFLICT']);
    const now = await read(base.id);
    expect(now).toMatchObject({ name: 'Renamed', version: 2 });
    expect(now.ownTerms.groupDiscounts).toHaveLength(1);

    const viewer = await api.keyFor('VIEWER');
    const before = await rowCounts();
    expect(errorCodes((await run('createTypicalAgreement', { name: 'v', segment: 's' }, viewer)).result)).toEqual(['FORBIDDEN']);
    expect(errorCodes((await run('activateAgreement', { id: base.id, expectedVersion: 2 }, viewer)).result)).toEqual(['FORBIDDEN']);
    expect(errorCodes((await run('updateAgreement', { id: base.id, expectedVersion: 2, name: 'v' }, viewer)).result)).toEqual(['FORBIDDEN']);
    expect(await rowCounts()).toEqual(before);
    expect((await read(base.id)).version).toBe(2);
  });

  it('moves DRAFT → ACTIVE → CLOSED, activating only with a price type and a currency', async () => {
    const base = await typical();
    const missing = await run('activateAgreement', { id: base.id, expectedVersion: 1 });
    expect(missing.errors).toEqual([['input.terms.priceTypeId', 'REQUIRED'], ['input.terms.currency', 'REQUIRED']]);
    expect((await read(base.id)).status).toBe('DRAFT');
    await run('updateAgreement', { id: base.id, expectedVersion: 1, terms: { priceTypeId: wholesale, currency: 'EUR', validFrom: '2000-01-01' } });
    const closeDraft = await run('closeAgreement', { id: base.id, expectedVersion: 2 });
    expect(closeDraft.errors).toEqual([['input.id', 'INVALID_STATE']]);

    const individual = (await api.mutate('createIndividualAgreement', { name: 'i', counterpartyId: await counterparty(), baseAgreementId: base.id }, 'agreement { id }')).agreement;
    const activeIndividual = await run('activateAgreement', { id: individual.id, expectedVersion: 1 });
    expect(activeIndividual.payload.agreement).toMatchObject({ status: 'ACTIVE', usable: true, version: 2 });

    const activated = await run('activateAgreement', { id: base.id, expectedVersion: 2 });
    expect(activated.payload.agreement).toMatchObject({ status: 'ACTIVE', usable: true, version: 3 });
    const usable = await api.request('query($id: ID!) { agreement(id: $id) { before: usable(on: "1999-12-31") after: usable(on: "2000-01-01") } }', { id: base.id });
    expect(usable.data.agreement).toEqual({ before: false, after: true });
    expect((await run('activateAgreement', { id: base.id, expectedVersion: 3 })).errors).toEqual([['input.id', 'INVALID_STATE']]);

    const closed = await run('closeAgreement', { id: base.id, expectedVersion: 3 });
    expect(closed.payload.agreement).toMatchObject({ status: 'CLOSED', usable: false });
    expect((await read(individual.id)).usable).toBe(false);
    expect((await run('activateAgreement', { id: base.id, expectedVersion: 4 })).errors).toEqual([['input.id', 'INVALID_STATE']]);
    expect((await run('updateAgreement', { id: base.id, expectedVersion: 4, name: 'z' })).errors).toEqual([['input.id', 'INVALID_STATE']]);
  });

  it('reads counterparties\' agreements with the same number of statements for 3 as for 8', async () => {
    const QUERY = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Counterparty {
      agreements { terms { currency groupDiscounts { discountPercent } } baseAgreement { name } } } } }`;
    const base = await typical({ terms: { currency: 'EUR' }, groupDiscounts: [{ productGroupId: tools, discountPercent: '1' }] });
    const ids: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      const id = await counterparty();
      ids.push(id);
      await api.mutate('createIndividualAgreement', {
        name: `a${i}`, counterpartyId: id, baseAgreementId: base.id, groupDiscounts: [{ productGroupId: paint, discountPercent: '2' }],
      }, 'agreement { id }');
    }
    const three = await api.request(QUERY, { ids: ids.slice(0, 3) });
    const eight = await api.request(QUERY, { ids });
    expect(three.errors).toBeUndefined();
    expect(eight.data.nodes).toHaveLength(8);
    expect(eight.data.nodes[7].agreements[0]).toEqual({
      terms: { currency: 'EUR', groupDiscounts: [{ discountPercent: '1.00' }, { discountPercent: '2.00' }] }, baseAgreement: { name: base.name },
    });
    expect(Number.isFinite(eight.statements)).toBe(true);
    expect(eight.statements).toBe(three.statements);
  });
});
