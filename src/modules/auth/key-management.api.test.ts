import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeys, employees } from '../../db/schema/index.js';
import { decodeGlobalId, toGlobalId } from '../../lib/global-id.js';
import { errorCodes, fieldsAndCodes, startTestApi, type TestApi } from '../../testing/api.js';
import { createApiKey } from './api-keys.service.js';

// Keys are trusted for a minute, as a busy deployment would: revocation and expiry must not wait for it.
let api: TestApi;
beforeAll(async () => { api = await startTestApi({ apiKeyCacheMs: 60_000 }); });
afterAll(async () => { await api?.stop(); });

const KEY = 'id number name role prefix employee { id } counterparty { id } createdAt revokedAt expiresAt lastUsedAt';
const create = (input: Record<string, unknown>, key?: string) => api.request(
  `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { ${KEY} } key userErrors { field code message } } }`, { input }, { key });
const revoke = (id: string, key?: string) => api.request(
  `mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id revokedAt } userErrors { field code message } } }`, { input: { id } }, { key });
const whoAmI = (key: string) => api.request('{ viewer { role } }', {}, { key });
const rowOf = async (id: number) => (await api.db.select().from(apiKeys).where(eq(apiKeys.id, id)))[0];
const until = async (condition: () => Promise<boolean>) => {
  for (let i = 0; i < 100 && !(await condition()); i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
};

describe('API key management', () => {
  let employee: string;
  beforeAll(async () => {
    employee = (await api.mutate('createEmployee', { fullName: 'Key Holder', email: 'holder@example.com' }, 'employee { id }')).employee.id;
  });

  it('issues a staff key once, acting for an employee and expiring when asked, and finds it by node(id)', async () => {
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    const created = await create({ name: '  nightly report  ', role: 'VIEWER', employeeId: employee, expiresAt });
    expect(created.errors).toBeUndefined();
    const { apiKey, key, userErrors } = created.data.createApiKey;
    expect(userErrors).toEqual([]);
    expect(apiKey).toMatchObject({
      name: 'nightly report', role: 'VIEWER', employee: { id: employee }, counterparty: null, revokedAt: null, expiresAt, lastUsedAt: null,
    });
    expect(apiKey.id).toBe(toGlobalId('ApiKey', apiKey.number));
    expect(key.startsWith(apiKey.prefix)).toBe(true);
    expect((await whoAmI(key)).data.viewer.role).toBe('VIEWER');
    // The key itself is never answered again.
    const fetched = await api.request(`query($id: ID!) { node(id: $id) { __typename ... on ApiKey { ${KEY} } } }`, { id: apiKey.id });
    expect(fetched.data.node).toMatchObject({ __typename: 'ApiKey', id: apiKey.id, name: 'nightly report', employee: { id: employee } });
    expect(JSON.stringify(fetched.data)).not.toContain(key);
    // Keys are an ADMIN's to see and manage.
    const manager = await api.keyFor('MANAGER');
    expect((await api.request('query($id: ID!) { node(id: $id) { id } }', { id: apiKey.id }, { key: manager })).data.node).toBeNull();
    expect(errorCodes(await create({ name: 'mine', role: 'ADMIN' }, manager))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await revoke(apiKey.id, manager))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.request('{ apiKeys { totalCount } }', {}, { key: manager }))).toEqual(['FORBIDDEN']);
  });

  it('refuses bad input naming the field at fault, and creates nothing', async () => {
    const before = (await api.db.select().from(apiKeys)).length;
    const inactive = (await api.mutate('createEmployee', { fullName: 'Gone', email: 'gone@example.com' }, 'employee { id }')).employee;
    // No mutation retires an employee yet; the register's import or an operator does.
    await api.db.update(employees).set({ active: false }).where(eq(employees.id, decodeGlobalId(inactive.id)!.key));
    const cases: Array<[Record<string, unknown>, Array<[string, string]>]> = [
      [{ name: ' ', role: 'MANAGER' }, [['input.name', 'REQUIRED']]],
      [{ name: 'x'.repeat(201), role: 'MANAGER' }, [['input.name', 'TOO_LONG']]],
      [{ name: 'late', role: 'MANAGER', expiresAt: '2020-01-01T00:00:00Z' }, [['input.expiresAt', 'OUT_OF_RANGE']]],
      [{ name: 'nobody', role: 'MANAGER', employeeId: toGlobalId('Employee', 999_999) }, [['input.employeeId', 'NOT_FOUND']]],
      [{ name: 'wrong', role: 'MANAGER', employeeId: toGlobalId('Person', 1) }, [['input.employeeId', 'WRONG_TYPE']]],
      [{ name: 'inactive', role: 'MANAGER', employeeId: inactive.id }, [['input.employeeId', 'INVALID_STATE']]],
      [{ name: '', role: 'VIEWER', expiresAt: '2020-01-01T00:00:00Z' }, [['input.name', 'REQUIRED'], ['input.expiresAt', 'OUT_OF_RANGE']]],
    ];
    for (const [input, expected] of cases) {
      const result = await create(input);
      expect(result.errors).toBeUndefined();
      expect(result.data.createApiKey.apiKey).toBeNull();
      expect(result.data.createApiKey.key).toBeNull();
      expect(fieldsAndCodes(result.data.createApiKey.userErrors)).toEqual(expected);
    }
    expect((await api.db.select().from(apiKeys)).length).toBe(before);
  });

  it('refuses an expired key, saying so, even while it is cached', async () => {
    const past = await createApiKey(api.db, { name: 'expired', role: 'VIEWER', expiresAt: new Date(Date.now() - 1000) });
    const refused = await whoAmI(past.key);
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(refused.errors?.[0].message).toMatch(/expired at \d{4}-\d{2}-\d{2}T/);

    const created = await create({ name: 'brief', role: 'VIEWER', expiresAt: new Date(Date.now() + 1500).toISOString() });
    const { key } = created.data.createApiKey;
    expect((await whoAmI(key)).status).toBe(200); // now cached, for a minute at most, and never past its expiry
    await new Promise((resolve) => setTimeout(resolve, 1600));
    const late = await whoAmI(key);
    expect(late.status).toBe(401);
    expect(late.errors?.[0].message).toMatch(/expired/);
  });

  it('records when a key was last used, writing it at most once a minute', async () => {
    const created = await create({ name: 'used', role: 'VIEWER' });
    const { key, apiKey } = created.data.createApiKey;
    expect((await rowOf(apiKey.number)).lastUsedAt).toBeNull();
    const before = Date.now();
    await whoAmI(key);
    await until(async () => (await rowOf(apiKey.number)).lastUsedAt !== null);
    const first = (await rowOf(apiKey.number)).lastUsedAt!;
    expect(first.getTime()).toBeGreaterThanOrEqual(before - 5000);
    for (let i = 0; i < 5; i += 1) await whoAmI(key);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await rowOf(apiKey.number)).lastUsedAt).toEqual(first);
    const listed = await api.request(`query($id: ID!) { node(id: $id) { ... on ApiKey { lastUsedAt } } }`, { id: apiKey.id });
    expect(listed.data.node.lastUsedAt).toBe(first.toISOString());
  });

  it('lists keys newest first by keyset pages, filtered by role, revocation and expiry', async () => {
    const made: string[] = [];
    for (const name of ['page 1', 'page 2', 'page 3']) made.push((await create({ name, role: 'MANAGER' })).data.createApiKey.apiKey.id);
    const gone = (await create({ name: 'page gone', role: 'MANAGER' })).data.createApiKey.apiKey.id;
    expect((await revoke(gone)).data.revokeApiKey.userErrors).toEqual([]);
    await createApiKey(api.db, { name: 'page expired', role: 'MANAGER', expiresAt: new Date(Date.now() - 1000) });
    const page = (after: string | null, where: Record<string, unknown>) => api.request(
      `query($after: String, $where: ApiKeyFilter) { apiKeys(first: 2, after: $after, where: $where) {
        totalCount edges { node { id name } } pageInfo { hasNextPage endCursor } } }`, { after, where });
    const names = (result: Awaited<ReturnType<typeof page>>) => result.data.apiKeys.edges.map((edge: { node: { name: string } }) => edge.node.name);
    const working = { role: 'MANAGER', revoked: false, expired: false };
    const first = await page(null, working);
    expect(first.errors).toBeUndefined();
    expect(names(first)).toEqual(['page 3', 'page 2']);
    expect(first.data.apiKeys.pageInfo.hasNextPage).toBe(true);
    const second = await page(first.data.apiKeys.pageInfo.endCursor, working);
    expect(names(second)[0]).toBe('page 1');
    expect(names(await page(null, { role: 'MANAGER', revoked: true }))).toEqual(['page gone']);
    expect(names(await page(null, { role: 'MANAGER', expired: true }))).toEqual(['page expired']);
    expect(errorCodes(await page('not a cursor', {}))).toEqual(['BAD_USER_INPUT']);
  });

  it('revokes a key so that the very next request with it is refused, however long keys are cached', async () => {
    const { key, apiKey } = (await create({ name: 'to revoke', role: 'MANAGER' })).data.createApiKey;
    expect((await whoAmI(key)).status).toBe(200); // cached for a minute now
    const revoked = await revoke(apiKey.id);
    expect(revoked.data.revokeApiKey).toMatchObject({ apiKey: { id: apiKey.id }, userErrors: [] });
    expect(revoked.data.revokeApiKey.apiKey.revokedAt).not.toBeNull();
    const refused = await whoAmI(key);
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    expect(fieldsAndCodes((await revoke(apiKey.id)).data.revokeApiKey.userErrors)).toEqual([['input.id', 'INVALID_STATE']]);
    expect(fieldsAndCodes((await revoke(toGlobalId('ApiKey', 999_999))).data.revokeApiKey.userErrors)).toEqual([['input.id', 'NOT_FOUND']]);
    expect(fieldsAndCodes((await revoke(toGlobalId('Order', 1))).data.revokeApiKey.userErrors)).toEqual([['input.id', 'WRONG_TYPE']]);
  });

  it('never revokes the last working ADMIN key, even when two ADMINs revoke each other at once', async () => {
    // The test's own ADMIN key and two more; expired ADMIN keys do not count.
    await createApiKey(api.db, { name: 'expired admin', role: 'ADMIN', expiresAt: new Date(Date.now() - 1000) });
    const admins = await Promise.all(['admin a', 'admin b'].map(async (name) => (await create({ name, role: 'ADMIN' })).data.createApiKey));
    const own = (await api.request('{ apiKeys(first: 100, where: { role: ADMIN, revoked: false, expired: false }) { edges { node { id name } } } }'))
      .data.apiKeys.edges.find((edge: { node: { name: string } }) => edge.node.name === 'test admin').node.id;
    expect((await revoke(own, admins[0].key)).data.revokeApiKey.userErrors).toEqual([]);
    // Each of the last two revokes the other at once: one wins; the other is told why not, or,
    // when the winner's revocation came first, is refused its own revoked key.
    const [a, b] = await Promise.all([revoke(admins[1].apiKey.id, admins[0].key), revoke(admins[0].apiKey.id, admins[1].key)]);
    const won = [a, b].map((result) => result.data?.revokeApiKey?.userErrors.length === 0);
    expect(won.filter(Boolean)).toHaveLength(1);
    const loser = won[0] ? b : a;
    if (loser.status === 401) expect(errorCodes(loser)).toEqual(['UNAUTHENTICATED']);
    else expect(fieldsAndCodes(loser.data.revokeApiKey.userErrors)).toEqual([['input.id', 'INVALID_STATE']]);
    const survivor = won[0] ? admins[0] : admins[1];
    const working = await api.request('{ apiKeys(where: { role: ADMIN, revoked: false, expired: false }) { edges { node { id } } } }', {}, { key: survivor.key });
    expect(working.data.apiKeys.edges).toEqual([{ node: { id: survivor.apiKey.id } }]);
    const last = await revoke(survivor.apiKey.id, survivor.key);
    expect(fieldsAndCodes(last.data.revokeApiKey.userErrors)).toEqual([['input.id', 'INVALID_STATE']]);
    expect(last.data.revokeApiKey.userErrors[0].message).toMatch(/last working ADMIN key/);
    expect((await whoAmI(survivor.key)).data.viewer.role).toBe('ADMIN');
  });
});
