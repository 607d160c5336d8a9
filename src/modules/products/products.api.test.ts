import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../lib/global-id.js';
import { errorCodes, fieldsAndCodes, startTestApi, type TestApi } from '../../testing/api.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api?.stop(); });

const FIELDS = 'id externalId code name type unit description archived version group { name path }';
const CREATE = `mutation($input: CreateProductInput!) { createProduct(input: $input) { product { ${FIELDS} } userErrors { field code message } } }`;
const UPDATE = `mutation($input: UpdateProductInput!) { updateProduct(input: $input) { product { ${FIELDS} } userErrors { field code message } } }`;
const SET_PRICE = 'mutation($input: SetPriceInput!) { setPrice(input: $input) { price { id price effectiveFrom currency version } userErrors { field code message } } }';
const TOTAL = '{ products(where: { archived: null }) { totalCount } }';

const total = async () => (await api.request(TOTAL)).data.products.totalCount as number;

async function createProduct(input: Record<string, unknown>) {
  const payload = await api.mutate('createProduct', { type: 'GOODS', unit: 'pcs', ...input }, `product { ${FIELDS} }`);
  return payload.product;
}

async function createGroup(name: string, parentId?: string) {
  return (await api.mutate('createProductGroup', { name, parentId }, 'group { id name path version }')).group;
}

async function createPriceType(code: string, currency = 'UAH') {
  return (await api.mutate('createPriceType', { code, name: `${code} prices`, currency }, 'priceType { id code name currency version }')).priceType;
}

const setPrice = (productId: string, priceTypeId: string, effectiveFrom: string, price: string) =>
  api.mutate('setPrice', { productId, priceTypeId, effectiveFrom, price }, 'price { id price effectiveFrom currency version }');

async function namesIn(where: Record<string, unknown>) {
  const result = await api.request('query($where: ProductFilter) { products(where: $where) { edges { node { name } } } }', { where });
  expect(result.errors).toBeUndefined();
  return result.data.products.edges.map((edge: { node: { name: string } }) => edge.node.name);
}

describe('product groups', () => {
  it('builds a tree with paths, refuses cycles and deleting a group that is not empty', async () => {
    const equipment = await createGroup('Equipment');
    const pumps = await createGroup('Pumps', equipment.id);
    const deep = await createGroup('Deep well', pumps.id);
    expect(deep.path).toBe('Equipment/Pumps/Deep well');
    const tree = await api.request('{ productGroups { name children { name children { name path parent { name } } } } }');
    expect(tree.data.productGroups).toContainEqual({
      name: 'Equipment', children: [{ name: 'Pumps', children: [{ name: 'Deep well', path: 'Equipment/Pumps/Deep well', parent: { name: 'Pumps' } }] }],
    });

    const cycle = await api.request(
      'mutation($input: MoveProductGroupInput!) { moveProductGroup(input: $input) { group { id } userErrors { field code } } }',
      { input: { id: equipment.id, expectedVersion: 1, parentId: deep.id } },
    );
    expect(fieldsAndCodes(cycle.data.moveProductGroup.userErrors)).toEqual([['input.parentId', 'CYCLE']]);
    const unchanged = await api.request('query($id: ID!) { node(id: $id) { ... on ProductGroup { path version parent { id } } } }', { id: equipment.id });
    expect(unchanged.data.node).toEqual({ path: 'Equipment', version: 1, parent: null });

    const moved = await api.mutate('moveProductGroup', { id: deep.id, expectedVersion: 1, parentId: equipment.id }, 'group { path version }');
    expect(moved.group).toEqual({ path: 'Equipment/Deep well', version: 2 });
    const renamed = await api.mutate('renameProductGroup', { id: equipment.id, expectedVersion: 1, name: 'Machinery' }, 'group { path }');
    expect(renamed.group.path).toBe('Machinery');

    const DELETE = 'mutation($input: DeleteProductGroupInput!) { deleteProductGroup(input: $input) { deletedId userErrors { field code } } }';
    await createProduct({ name: 'Pump P-100', groupId: pumps.id });
    const withProduct = await api.request(DELETE, { input: { id: pumps.id } });
    expect(fieldsAndCodes(withProduct.data.deleteProductGroup.userErrors)).toEqual([['input.id', 'NOT_EMPTY']]);
    const withSubgroups = await api.request(DELETE, { input: { id: equipment.id } });
    expect(fieldsAndCodes(withSubgroups.data.deleteProductGroup.userErrors)).toEqual([['input.id', 'NOT_EMPTY']]);
    const empty = await api.request(DELETE, { input: { id: deep.id } });
    expect(empty.data.deleteProductGroup).toEqual({ deletedId: deep.id, userErrors: [] });
    const gone = await api.request('query($id: ID!) { node(id: $id) { id } }', { id: deep.id });
    expect(gone.data.node).toBeNull();
  });
});

describe('products', () => {
  it('creates, reads, updates, archives and restores a product', async () => {
    const group = await createGroup('Filters');
    const product = await createProduct({
      externalId: 'erp-p1', code: 'FLT-001', name: ' Oil filter ', type: 'GOODS', unit: 'pcs', description: 'For diesel engines', groupId: group.id,
    });
    expect(product).toMatchObject({
      externalId: 'erp-p1', code: 'FLT-001', name: 'Oil filter', type: 'GOODS', unit: 'pcs', archived: false, version: 1,
      group: { name: 'Filters', path: 'Filters' },
    });
    const byExternalId = await api.request('{ productByExternalId(externalId: "erp-p1") { id } }');
    expect(byExternalId.data.productByExternalId.id).toBe(product.id);
    const byId = await api.request('query($id: ID!) { product(id: $id) { name } node(id: $id) { ... on Product { code } } }', { id: product.id });
    expect(byId.data).toEqual({ product: { name: 'Oil filter' }, node: { code: 'FLT-001' } });

    const updated = await api.request(UPDATE, { input: { id: product.id, expectedVersion: 1, type: 'SERVICE', unit: 'hour', description: null, groupId: null } });
    expect(updated.data.updateProduct.product).toMatchObject({ type: 'SERVICE', unit: 'hour', description: null, group: null, code: 'FLT-001', version: 2 });

    const refused = await api.request(UPDATE, { input: { id: product.id, expectedVersion: 2, name: null, unit: null, type: null } });
    expect(fieldsAndCodes(refused.data.updateProduct.userErrors)).toEqual([
      ['input.name', 'REQUIRED'], ['input.type', 'REQUIRED'], ['input.unit', 'REQUIRED'],
    ]);

    const stale = await api.request(UPDATE, { input: { id: product.id, expectedVersion: 1, name: 'Lost' } });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    const read = await api.request('query($id: ID!) { product(id: $id) { name version } }', { id: product.id });
    expect(read.data.product).toEqual({ name: 'Oil filter', version: 2 });

    const archived = await api.mutate('archiveProduct', { id: product.id, expectedVersion: 2 }, 'product { archived version }');
    expect(archived.product).toEqual({ archived: true, version: 3 });
    expect(await namesIn({ search: 'oil filt' })).toEqual([]);
    expect(await namesIn({ search: 'oil filt', archived: true })).toEqual(['Oil filter']);
    const restored = await api.request(
      'mutation($input: ArchiveProductInput!) { restoreProduct(input: $input) { product { archived version } userErrors { field code } } }',
      { input: { id: product.id, expectedVersion: 3 } },
    );
    expect(restored.data.restoreProduct).toEqual({ product: { archived: false, version: 4 }, userErrors: [] });
  });

  it('keeps code and externalId unique, naming the field', async () => {
    await createProduct({ name: 'Belt A', code: 'BELT-A', externalId: 'erp-belt-a' });
    const other = await createProduct({ name: 'Belt B', code: 'BELT-B' });
    const before = await total();
    const sameCode = await api.request(CREATE, { input: { name: 'Belt C', type: 'GOODS', unit: 'pcs', code: 'BELT-A' } });
    expect(fieldsAndCodes(sameCode.data.createProduct.userErrors)).toEqual([['input.code', 'DUPLICATE']]);
    const sameExternalId = await api.request(CREATE, { input: { name: 'Belt C', type: 'GOODS', unit: 'pcs', externalId: 'erp-belt-a' } });
    expect(fieldsAndCodes(sameExternalId.data.createProduct.userErrors)).toEqual([['input.externalId', 'DUPLICATE']]);
    const updateToTaken = await api.request(UPDATE, { input: { id: other.id, expectedVersion: 1, code: 'BELT-A' } });
    expect(fieldsAndCodes(updateToTaken.data.updateProduct.userErrors)).toEqual([['input.code', 'DUPLICATE']]);
    expect(await total()).toBe(before);
    const read = await api.request('query($id: ID!) { product(id: $id) { code version } }', { id: other.id });
    expect(read.data.product).toEqual({ code: 'BELT-B', version: 1 });
  });

  it('refuses bad input naming every field, and writes nothing', async () => {
    const before = await total();
    const result = await api.request(CREATE, {
      input: {
        name: '  ', type: 'GOODS', unit: 'a unit name that is far too long', groupId: toGlobalId('ProductGroup', 99999),
      },
    });
    expect(result.data.createProduct.product).toBeNull();
    expect(fieldsAndCodes(result.data.createProduct.userErrors)).toEqual([
      ['input.name', 'REQUIRED'], ['input.unit', 'TOO_LONG'], ['input.groupId', 'NOT_FOUND'],
    ]);
    const wrongType = await api.request(CREATE, { input: { name: 'X', type: 'GOODS', unit: 'pcs', groupId: toGlobalId('Product', 1) } });
    expect(fieldsAndCodes(wrongType.data.createProduct.userErrors)).toEqual([['input.groupId', 'WRONG_TYPE']]);
    const badEnum = await api.request(CREATE, { input: { name: 'X', type: 'SOFTWARE', unit: 'pcs' } });
    expect(errorCodes(badEnum)).toEqual(['BAD_USER_INPUT']);
    expect(await total()).toBe(before);
  });

  it('finds products by a fragment of the name or code', async () => {
    await createProduct({ name: 'Hydraulic hose 1/2"', code: 'HH-12-ZX' });
    await createProduct({ name: 'Hydraulic hose 3/4"', code: 'HH-34-ZX' });
    expect(await namesIn({ search: 'raulic HOSE 3' })).toEqual(['Hydraulic hose 3/4"']);
    expect(await namesIn({ search: '12-zx' })).toEqual(['Hydraulic hose 1/2"']);
    expect(await namesIn({ search: '-ZX' })).toEqual(['Hydraulic hose 1/2"', 'Hydraulic hose 3/4"']);
    expect(await namesIn({ search: '50%' })).toEqual([]);
  });

  it('filters by group, with and without subgroups, and by type', async () => {
    const tools = await createGroup('Tools');
    const hand = await createGroup('Hand tools', tools.id);
    await createProduct({ name: 'Tool case', groupId: tools.id });
    await createProduct({ name: 'Wrench', groupId: hand.id });
    await createProduct({ name: 'Tool sharpening', type: 'SERVICE', unit: 'hour', groupId: hand.id });
    expect(await namesIn({ groupId: tools.id })).toEqual(['Tool case', 'Tool sharpening', 'Wrench']);
    expect(await namesIn({ groupId: tools.id, includeSubgroups: false })).toEqual(['Tool case']);
    expect(await namesIn({ groupId: hand.id })).toEqual(['Tool sharpening', 'Wrench']);
    expect(await namesIn({ groupId: tools.id, types: ['SERVICE'] })).toEqual(['Tool sharpening']);
    expect(await namesIn({ groupId: tools.id, types: [] })).toEqual([]);

    const ordered = await api.request(
      'query($g: ID) { products(where: { groupId: $g }, orderBy: [{ field: CREATED_AT, direction: DESC }], first: 2) { edges { node { name } } pageInfo { hasNextPage endCursor } } }',
      { g: tools.id },
    );
    expect(ordered.data.products.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['Tool sharpening', 'Wrench']);
    expect(ordered.data.products.pageInfo.hasNextPage).toBe(true);
    const next = await api.request(
      'query($g: ID, $after: String) { products(where: { groupId: $g }, orderBy: [{ field: CREATED_AT, direction: DESC }], first: 2, after: $after) { edges { node { name } } } }',
      { g: tools.id, after: ordered.data.products.pageInfo.endCursor },
    );
    expect(next.data.products.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['Tool case']);
  });

  it('refuses oversized pages and cursors it did not issue', async () => {
    const tooMany = await api.request('{ products(first: 1000) { edges { cursor } } }');
    expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.errors?.[0].extensions?.field).toEqual(['first']);
    const garbage = await api.request('{ products(first: 5, after: "not-a-cursor!") { edges { cursor } } }');
    expect(errorCodes(garbage)).toEqual(['BAD_USER_INPUT']);
    expect(garbage.errors?.[0].extensions?.field).toEqual(['after']);
  });
});

describe('price types and prices', () => {
  it('keeps price type codes unique and updates with versions', async () => {
    const wholesale = await createPriceType('wholesale');
    expect(wholesale).toMatchObject({ code: 'wholesale', currency: 'UAH', version: 1 });
    const again = await api.request(
      'mutation($input: CreatePriceTypeInput!) { createPriceType(input: $input) { priceType { id } userErrors { field code } } }',
      { input: { code: 'wholesale', name: 'Again', currency: 'EUR' } },
    );
    expect(fieldsAndCodes(again.data.createPriceType.userErrors)).toEqual([['input.code', 'DUPLICATE']]);
    const updated = await api.mutate('updatePriceType', { id: wholesale.id, expectedVersion: 1, name: 'Wholesale', currency: 'EUR' }, 'priceType { name currency version }');
    expect(updated.priceType).toEqual({ name: 'Wholesale', currency: 'EUR', version: 2 });
    const stale = await api.request(
      'mutation($input: UpdatePriceTypeInput!) { updatePriceType(input: $input) { priceType { id } userErrors { field code } } }',
      { input: { id: wholesale.id, expectedVersion: 1, name: 'Lost' } },
    );
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    const list = await api.request('{ priceTypes { code name version } }');
    expect(list.data.priceTypes).toContainEqual({ code: 'wholesale', name: 'Wholesale', version: 2 });
  });

  it('keeps a price history and answers the price in force on a date', async () => {
    const retail = await createPriceType('retail');
    const dealer = await createPriceType('dealer', 'USD');
    const product = await createProduct({ name: 'Compressor C-7' });
    await setPrice(product.id, retail.id, '2020-01-01', '100');
    await setPrice(product.id, retail.id, '2021-01-01', '120.50');
    await setPrice(product.id, retail.id, '2999-01-01', '150.00');
    await setPrice(product.id, dealer.id, '2020-06-01', '90.00');

    const PRICE_ON = `query($id: ID!, $t: ID!, $on: LocalDate) { product(id: $id) { price(priceTypeId: $t, on: $on) { price effectiveFrom currency priceType { code } product { name } } } }`;
    const priceOn = async (on: string | null, type = retail.id) =>
      (await api.request(PRICE_ON, { id: product.id, t: type, on })).data.product.price;
    expect(await priceOn('2019-12-31')).toBeNull();
    expect(await priceOn('2020-01-01')).toMatchObject({ price: '100.00', effectiveFrom: '2020-01-01', currency: 'UAH' });
    expect(await priceOn('2020-12-31')).toMatchObject({ price: '100.00' });
    expect(await priceOn('2021-01-01')).toMatchObject({ price: '120.50', priceType: { code: 'retail' }, product: { name: 'Compressor C-7' } });
    expect(await priceOn('3000-01-01')).toMatchObject({ price: '150.00' });
    expect(await priceOn(null)).toMatchObject({ price: '120.50' });
    expect(await priceOn('2021-01-01', dealer.id)).toMatchObject({ price: '90.00', currency: 'USD' });

    const list = await api.request(
      'query($id: ID!, $t: ID) { product(id: $id) { all: prices { price effectiveFrom } retail: prices(priceTypeId: $t) { price } } }',
      { id: product.id, t: retail.id },
    );
    expect(list.data.product.retail).toEqual([{ price: '120.50' }, { price: '150.00' }]);
    expect(list.data.product.all).toHaveLength(3);
    expect(list.data.product.all).toContainEqual({ price: '90.00', effectiveFrom: '2020-06-01' });

    // Setting the same date again replaces that price.
    const replaced = await setPrice(product.id, retail.id, '2999-01-01', '155.5');
    expect(replaced.price).toMatchObject({ price: '155.50', effectiveFrom: '2999-01-01', version: 2 });
    const after = await api.request('query($id: ID!, $t: ID) { product(id: $id) { prices(priceTypeId: $t) { id price } } }', { id: product.id, t: retail.id });
    expect(after.data.product.prices).toEqual([expect.objectContaining({ price: '120.50' }), { id: replaced.price.id, price: '155.50' }]);

    // Deleting the price in force puts the one before it back in force.
    const current = after.data.product.prices[0].id;
    const deleted = await api.mutate('deletePrice', { id: current }, 'deletedId');
    expect(deleted.deletedId).toBe(current);
    expect(await priceOn(null)).toMatchObject({ price: '100.00' });
  });

  it('refuses bad prices and references, and writes nothing', async () => {
    const type = await createPriceType('special');
    const product = await createProduct({ name: 'Valve V-2' });
    await setPrice(product.id, type.id, '2020-01-01', '10.00');
    const prices = async () => (await api.request(
      'query($id: ID!) { product(id: $id) { prices { price effectiveFrom version } } }', { id: product.id },
    )).data.product.prices;
    const before = await prices();
    const attempt = async (input: Record<string, unknown>) => {
      const result = await api.request(SET_PRICE, { input: { productId: product.id, priceTypeId: type.id, effectiveFrom: '2020-01-01', price: '11.00', ...input } });
      expect(result.data.setPrice.price).toBeNull();
      return fieldsAndCodes(result.data.setPrice.userErrors);
    };
    expect(await attempt({ price: '-1.00' })).toEqual([['input.price', 'OUT_OF_RANGE']]);
    expect(await attempt({ price: '11.005' })).toEqual([['input.price', 'INVALID']]);
    expect(await attempt({ productId: toGlobalId('Product', 99999) })).toEqual([['input.productId', 'NOT_FOUND']]);
    expect(await attempt({ productId: type.id })).toEqual([['input.productId', 'WRONG_TYPE']]);
    expect(await attempt({ priceTypeId: 'not an id' })).toEqual([['input.priceTypeId', 'INVALID']]);
    const badDate = await api.request(SET_PRICE, { input: { productId: product.id, priceTypeId: type.id, effectiveFrom: '2020-02-30', price: '1' } });
    expect(errorCodes(badDate)).toEqual(['BAD_USER_INPUT']);
    expect(await prices()).toEqual(before);
  });
});

describe('product relations', () => {
  it('records analogues and substitutes as stored, and refuses a self-relation', async () => {
    const main = await createProduct({ name: 'Bearing 6204' });
    const analogue = await createProduct({ name: 'Bearing 6204-2RS' });
    const substitute = await createProduct({ name: 'Bearing 6205' });
    await api.mutate('setProductRelation', { productId: main.id, relatedId: analogue.id, kind: 'ANALOGUE', note: 'sealed' }, 'product { id }');
    await api.mutate('setProductRelation', { productId: main.id, relatedId: substitute.id, kind: 'SUBSTITUTE' }, 'product { id }');
    await api.mutate('setProductRelation', { productId: substitute.id, relatedId: main.id, kind: 'ANALOGUE' }, 'product { id }');
    // Repeating a link replaces its note instead of failing.
    await api.mutate('setProductRelation', { productId: main.id, relatedId: analogue.id, kind: 'ANALOGUE', note: 'sealed, 2RS' }, 'product { id }');

    const RELATED = 'query($id: ID!) { product(id: $id) { analogues { name } substitutes { name } } }';
    const related = async (id: string) => (await api.request(RELATED, { id })).data.product;
    expect(await related(main.id)).toEqual({ analogues: [{ name: 'Bearing 6204-2RS' }], substitutes: [{ name: 'Bearing 6205' }] });
    expect(await related(analogue.id)).toEqual({ analogues: [], substitutes: [] });
    expect(await related(substitute.id)).toEqual({ analogues: [{ name: 'Bearing 6204' }], substitutes: [] });

    const self = await api.request(
      'mutation($input: SetProductRelationInput!) { setProductRelation(input: $input) { product { id } userErrors { field code } } }',
      { input: { productId: main.id, relatedId: main.id, kind: 'ANALOGUE' } },
    );
    expect(fieldsAndCodes(self.data.setProductRelation.userErrors)).toEqual([['input.relatedId', 'INVALID']]);
    expect(await related(main.id)).toEqual({ analogues: [{ name: 'Bearing 6204-2RS' }], substitutes: [{ name: 'Bearing 6205' }] });

    await api.mutate('removeProductRelation', { productId: main.id, relatedId: analogue.id, kind: 'ANALOGUE' }, 'product { id }');
    expect((await related(main.id)).analogues).toEqual([]);
    const missing = await api.request(
      'mutation($input: RemoveProductRelationInput!) { removeProductRelation(input: $input) { product { id } userErrors { field code } } }',
      { input: { productId: main.id, relatedId: analogue.id, kind: 'ANALOGUE' } },
    );
    expect(fieldsAndCodes(missing.data.removeProductRelation.userErrors)).toEqual([['input.relatedId', 'NOT_FOUND']]);
  });
});

describe('product access and statement count', () => {
  it('lets a VIEWER key read but not write', async () => {
    const viewerKey = await api.keyFor('VIEWER');
    const before = await total();
    const result = await api.request(CREATE, { input: { name: 'Forbidden', type: 'GOODS', unit: 'pcs' } }, { key: viewerKey });
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    const group = await api.request('mutation { createProductGroup(input: { name: "Nope" }) { group { id } } }', undefined, { key: viewerKey });
    expect(errorCodes(group)).toEqual(['FORBIDDEN']);
    const read = await api.request('{ products(first: 1) { totalCount } }', undefined, { key: viewerKey });
    expect(read.errors).toBeUndefined();
    expect(await total()).toBe(before);
  });

  it('reads nested fields with as many statements for 40 products as for 5', async () => {
    const top = await createGroup('Bulk');
    const sub = await createGroup('Bulk items', top.id);
    const type = await createPriceType('bulk');
    const ids: string[] = [];
    for (let i = 0; i < 40; i += 1) {
      const product = await createProduct({ name: `Bulk item ${String(i).padStart(2, '0')}`, groupId: i % 2 ? sub.id : top.id });
      await setPrice(product.id, type.id, '2020-01-01', `${i}.50`);
      ids.push(product.id);
    }
    for (let i = 1; i < 40; i += 1) {
      await api.mutate('setProductRelation', { productId: ids[i], relatedId: ids[i - 1], kind: 'ANALOGUE' }, 'product { id }');
    }
    const QUERY = `query($n: Int!, $g: ID, $t: ID!) { products(first: $n, where: { groupId: $g }) { edges { node {
      name group { path } price(priceTypeId: $t) { price } analogues { name } } } } }`;
    const five = await api.request(QUERY, { n: 5, g: top.id, t: type.id });
    const forty = await api.request(QUERY, { n: 40, g: top.id, t: type.id });
    expect(five.errors).toBeUndefined();
    expect(forty.errors).toBeUndefined();
    expect(forty.data.products.edges).toHaveLength(40);
    expect(forty.data.products.edges[1].node).toEqual({
      name: 'Bulk item 01', group: { path: 'Bulk/Bulk items' }, price: { price: '1.50' }, analogues: [{ name: 'Bulk item 00' }],
    });
    // Authentication, the page, then one statement per nested level: group, path, price, analogues.
    expect(five.statements).toBe(6);
    expect(forty.statements).toBe(five.statements);
  });
});
