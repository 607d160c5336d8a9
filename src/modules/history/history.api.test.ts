import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { products, recordHistory } from '../../db/schema/index.js';
import { keyOf, toGlobalId } from '../../lib/global-id.js';
import { errorCodes, startTestApi, type TestApi } from '../../testing/api.js';
import { asPartner } from '../portal/row-security.js';

let api: TestApi;
/** A MANAGER key acting for an employee: who the log should name. */
let manager: { key: string; apiKeyNumber: number; employeeId: string };
// Chunks of 2 rows, so an import of a few rows spans several transactions.
beforeAll(async () => {
  api = await startTestApi({ importChunkRows: 2 });
  const employee = (await api.mutate('createEmployee', { fullName: 'Olena Kovalenko', email: 'olena@example.com' }, 'employee { id }')).employee.id;
  const issued = await api.mutate('createApiKey', { name: 'manager', role: 'MANAGER', employeeId: employee }, 'key apiKey { number }');
  manager = { key: issued.key, apiKeyNumber: issued.apiKey.number, employeeId: employee };
});
afterAll(async () => { await api?.stop(); });

const ENTRY = 'operation recordType recordId apiKeyNumber employee { id } changes { field oldValue newValue }';

/** Runs a mutation with the manager's key and answers its payload, failing on any error. */
async function asManager(name: string, input: object, selection: string, type = `${name[0].toUpperCase()}${name.slice(1)}Input`) {
  const result = await api.request(`mutation($input: ${type}!) { ${name}(input: $input) { ${selection} userErrors { field code } } }`, { input }, { key: manager.key });
  expect(result.errors).toBeUndefined();
  expect(result.data[name].userErrors).toEqual([]);
  return result.data[name];
}

/** A product's history, oldest first (the API answers newest first). */
async function productHistory(id: string) {
  const result = await api.request(`query($id: ID!) { node(id: $id) { ... on Product { history(first: 50) { totalCount edges { node { ${ENTRY} } } } } } }`, { id });
  expect(result.errors).toBeUndefined();
  return result.data.node.history.edges.map((edge: { node: unknown }) => edge.node).reverse();
}

describe('what each change writes', () => {
  it('logs create, update, archive and restore with the changed fields only, and who', async () => {
    const created = await asManager('createProduct', { name: 'Drill', type: 'GOODS', unit: 'pcs' }, 'product { id version }');
    const id = created.product.id;
    const updated = await asManager('updateProduct', { id, expectedVersion: 1, unit: 'box', description: 'Cordless' }, 'product { version }');
    // Nothing changed but the version: nothing to log.
    await asManager('updateProduct', { id, expectedVersion: updated.product.version, unit: 'box' }, 'product { version }');
    const current = (await api.request('query($id: ID!) { product(id: $id) { version } }', { id })).data.product.version;
    const archived = await asManager('archiveProduct', { id, expectedVersion: current }, 'product { version archivedAt }');
    await asManager('restoreProduct', { id, expectedVersion: archived.product.version }, 'product { version }', 'ArchiveProductInput');

    const who = { recordType: 'Product', recordId: id, apiKeyNumber: manager.apiKeyNumber, employee: { id: manager.employeeId } };
    expect(await productHistory(id)).toEqual([
      {
        ...who, operation: 'CREATE', changes: [
          { field: 'name', oldValue: null, newValue: 'Drill' },
          { field: 'type', oldValue: null, newValue: 'GOODS' },
          { field: 'unit', oldValue: null, newValue: 'pcs' },
        ],
      },
      {
        ...who, operation: 'UPDATE', changes: [
          { field: 'description', oldValue: null, newValue: 'Cordless' },
          { field: 'unit', oldValue: 'pcs', newValue: 'box' },
        ],
      },
      { ...who, operation: 'ARCHIVE', changes: [{ field: 'archivedAt', oldValue: null, newValue: expect.any(String) }] },
      { ...who, operation: 'RESTORE', changes: [{ field: 'archivedAt', oldValue: expect.any(String), newValue: null }] },
    ]);
    const [archive, restore] = (await productHistory(id)).slice(2);
    expect(new Date(archive.changes[0].newValue).toISOString()).toBe(archived.product.archivedAt);
    expect(restore.changes[0].oldValue).toBe(archive.changes[0].newValue);
  });

  it('logs a status move as STATUS, with the counterparty the record belongs to', async () => {
    const counterparty = (await asManager('createCounterparty', { kind: 'ORGANIZATION', name: 'Status Client' }, 'counterparty { id }')).counterparty.id;
    const task = (await asManager('createTask', {
      title: 'Call back', dueAt: '2030-01-01T09:00:00Z', assigneeIds: [manager.employeeId], counterpartyId: counterparty,
    }, 'task { id version }')).task;
    await asManager('completeTask', { id: task.id, expectedVersion: task.version }, 'task { status }');
    const result = await api.request(`query($id: ID!) { task(id: $id) { history { edges { node { operation counterparty { id } changes { field oldValue newValue } } } } } }`, { id: task.id });
    const [completed, created] = result.data.task.history.edges.map((edge: { node: unknown }) => edge.node);
    expect(created.operation).toBe('CREATE');
    expect(completed).toMatchObject({ operation: 'STATUS', counterparty: { id: counterparty } });
    expect(completed.changes).toContainEqual({ field: 'status', oldValue: 'OPEN', newValue: 'DONE' });
  });

  it('logs a delete with every value the record held', async () => {
    // No mutation deletes a register record; a script may, and is logged without a who.
    const [{ id }] = await api.db.insert(products).values({ name: 'Scrap', type: 'GOODS', unit: 'kg' }).returning({ id: products.id });
    await api.db.delete(products).where(eq(products.id, id));
    const rows = await api.db.select().from(recordHistory).where(sql`${recordHistory.recordType} = 'Product' and ${recordHistory.recordId} = ${id}`).orderBy(recordHistory.id);
    expect(rows.map((row) => [row.operation, row.apiKeyId, row.employeeId])).toEqual([['CREATE', null, null], ['DELETE', null, null]]);
    // Stored as the values held; the API shows them as changes to null.
    expect(rows[1].changes).toEqual({ name: 'Scrap', type: 'GOODS', unit: 'kg' });
    const read = await api.request(`query($id: ID!) { recordHistory(where: { recordId: $id, operation: DELETE }) { edges { node {
      operation apiKey { id } employee { id } record { id } changes { field oldValue newValue } } } } }`, { id: toGlobalId('Product', id) });
    expect(read.data.recordHistory.edges).toEqual([{ node: {
      operation: 'DELETE', apiKey: null, employee: null, record: null, changes: [
        { field: 'name', oldValue: 'Scrap', newValue: null }, { field: 'type', oldValue: 'GOODS', newValue: null }, { field: 'unit', oldValue: 'kg', newValue: null },
      ],
    } }]);
  });

  it('logs nothing of a mutation that is refused after it wrote', async () => {
    const before = await api.db.$count(recordHistory);
    // The first chunk is written, the second row of the call fails: an atomic call rolls both back.
    const payload = await api.importRows('importProducts', [
      { externalId: 'rb-1', name: 'Kept?', type: 'GOODS', unit: 'pcs' },
      { externalId: 'rb-2', name: 'Kept?', type: 'GOODS', unit: 'pcs' },
      { externalId: 'rb-3', name: 'Broken', type: 'GOODS', unit: 'pcs', groupPath: 'No/Such/Group' },
    ], { atomic: true });
    expect(payload.rows.map((row: { status: string }) => row.status)).toEqual(['SKIPPED', 'SKIPPED', 'FAILED']);
    expect(await api.db.$count(recordHistory)).toBe(before);
  });
});

describe('imports', () => {
  it('log every row a chunk writes, in a number of statements that does not grow with the rows', async () => {
    const rows = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => ({ externalId: `${prefix}-${i}`, name: `${prefix} ${i}`, type: 'GOODS', unit: 'pcs' }));
    const call = (list: object[]) => api.request(`mutation($input: ImportProductsInput!) { importProducts(input: $input) { created } }`,
      { input: { rows: list } }, { key: manager.key });
    // One chunk each (chunks of 2 rows here would hide growth): a server of large chunks.
    const wide = await startTestApi({ importChunkRows: 500 });
    try {
      const key = await wide.keyFor('MANAGER');
      const send = (list: object[]) => wide.request(`mutation($input: ImportProductsInput!) { importProducts(input: $input) { created } }`, { input: { rows: list } }, { key });
      const few = await send(rows('few', 2));
      const many = await send(rows('many', 200));
      expect(many.data.importProducts.created).toBe(200);
      expect(many.statements).toBe(few.statements);
      const logged = await wide.db.select({ operation: recordHistory.operation, apiKeyId: recordHistory.apiKeyId }).from(recordHistory)
        .where(sql`${recordHistory.recordType} = 'Product'`);
      expect(logged).toHaveLength(202);
      expect(logged.every((row) => row.operation === 'CREATE' && row.apiKeyId !== null)).toBe(true);
    } finally {
      await wide.stop();
    }
    // And an update by import logs its changed fields, with who.
    expect((await call(rows('upd', 3))).data.importProducts.created).toBe(3);
    await call([{ externalId: 'upd-1', name: 'upd renamed', type: 'GOODS', unit: 'pcs' }]);
    const id = (await api.request('{ productByExternalId(externalId: "upd-1") { id } }')).data.productByExternalId.id;
    const [update] = (await productHistory(id)).slice(1);
    expect(update).toMatchObject({ operation: 'UPDATE', apiKeyNumber: manager.apiKeyNumber, changes: [{ field: 'name', oldValue: 'upd 1', newValue: 'upd renamed' }] });
  });
});

describe('reading the log', () => {
  it('reads the history of many counterparties in as many statements as of one, a page each', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const made = (await api.mutate('createCounterparty', { kind: 'ORGANIZATION', name: `Paged ${i}` }, 'counterparty { id version }')).counterparty;
      await api.mutate('updateCounterparty', { id: made.id, expectedVersion: made.version, name: `Paged ${i} renamed` }, 'counterparty { id }');
      ids.push(made.id);
    }
    const QUERY = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Counterparty { history(first: 1) {
      totalCount pageInfo { hasNextPage } edges { node { operation changes { field newValue } } } } } } }`;
    const one = await api.request(QUERY, { ids: ids.slice(0, 1) });
    const six = await api.request(QUERY, { ids });
    expect(six.errors).toBeUndefined();
    expect(six.data.nodes.map((node: any) => node.history)).toEqual(ids.map((_, i) => ({
      totalCount: 2, pageInfo: { hasNextPage: true }, edges: [{ node: { operation: 'UPDATE', changes: [{ field: 'name', newValue: `Paged ${i} renamed` }] } }],
    })));
    expect(six.statements).toBe(one.statements);

    const first = await api.request(`query($id: ID!) { counterparty(id: $id) { history(first: 1) { pageInfo { endCursor } } } }`, { id: ids[0] });
    const next = await api.request(`query($id: ID!, $after: String) { counterparty(id: $id) { history(first: 1, after: $after) { edges { node { operation } } pageInfo { hasNextPage } } } }`,
      { id: ids[0], after: first.data.counterparty.history.pageInfo.endCursor });
    expect(next.data.counterparty.history).toEqual({ edges: [{ node: { operation: 'CREATE' } }], pageInfo: { hasNextPage: false } });
  });

  it('answers recordHistory to ADMIN keys only, filtered', async () => {
    const QUERY = `query($where: RecordHistoryFilter) { recordHistory(first: 100, where: $where) { totalCount edges { node {
      operation recordType apiKey { number } employee { id } record { id } } } } }`;
    const byEmployee = await api.request(QUERY, { where: { employeeId: manager.employeeId, operation: 'ARCHIVE' } });
    expect(byEmployee.errors).toBeUndefined();
    expect(byEmployee.data.recordHistory.edges.map((edge: any) => edge.node)).toEqual([
      { operation: 'ARCHIVE', recordType: 'Product', apiKey: { number: manager.apiKeyNumber }, employee: { id: manager.employeeId }, record: { id: expect.any(String) } },
    ]);
    const counterparties = await api.request(QUERY, { where: { recordType: 'Counterparty', to: new Date(Date.now() + 60_000).toISOString() } });
    expect(counterparties.data.recordHistory.edges.every((edge: any) => edge.node.recordType === 'Counterparty')).toBe(true);
    expect(counterparties.data.recordHistory.totalCount).toBeGreaterThan(0);

    const unknownType = await api.request(QUERY, { where: { recordType: 'Webhook' } });
    expect(unknownType.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['where', 'recordType'] });
    const refused = await api.request(QUERY, {}, { key: manager.key });
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
  });
});

describe('partners', () => {
  it('log what a partner registers under the partner\'s key, and never show the log to a partner', async () => {
    const counterparty = (await api.mutate('createCounterparty', { kind: 'ORGANIZATION', name: 'Portal Client' }, 'counterparty { id }')).counterparty.id;
    const partnerKey = await api.partnerKeyFor(keyOf(counterparty, 'Counterparty')!);
    const registered = await api.portal(partnerKey, 'mutation { registerAppeal(input: { subject: "The valve leaks" }) { appeal { id } userErrors { field code } } }');
    expect(registered.errors).toBeUndefined();
    const appeal = registered.data.registerAppeal.appeal.id;
    const staff = await api.request(`query($id: ID!) { appeal(id: $id) { history { edges { node { operation apiKeyNumber employee { id } counterparty { id } } } } } }`, { id: appeal });
    const [created] = staff.data.appeal.history.edges.map((edge: any) => edge.node);
    expect(created).toMatchObject({ operation: 'CREATE', apiKeyNumber: expect.any(Number), employee: null, counterparty: { id: counterparty } });

    // The portal's schema has no history, and its database role may not read the log.
    expect(errorCodes(await api.portal(partnerKey, '{ recordHistory { totalCount } }'))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    await expect(asPartner(api.db, keyOf(counterparty, 'Counterparty')!, (tx) => tx.select().from(recordHistory)))
      .rejects.toMatchObject({ cause: expect.objectContaining({ message: expect.stringContaining('permission denied') }) });
  });
});
