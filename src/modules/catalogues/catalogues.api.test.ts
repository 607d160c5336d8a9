import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, startTestApi, type TestApi } from '../../testing/api.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api?.stop(); });

const CREATE_EMPLOYEE = `mutation($input: CreateEmployeeInput!) {
  createEmployee(input: $input) { employee { id fullName email timeZone version department { name } } userErrors { field code message } }
}`;
const UPDATE_EMPLOYEE = `mutation($input: UpdateEmployeeInput!) {
  updateEmployee(input: $input) { employee { id fullName version } userErrors { field code message } }
}`;
const COUNT = '{ employees { totalCount } }';

describe('employees', () => {
  it('creates an employee in a department and reads it back by global id', async () => {
    const dept = await api.request('mutation { createDepartment(input: { name: "Sales" }) { department { id name } userErrors { code } } }');
    const departmentId = dept.data.createDepartment.department.id;
    const created = await api.request(CREATE_EMPLOYEE, { input: { fullName: ' Taras Shevchuk ', email: 'Taras@Example.com', departmentId, timeZone: 'Europe/Kyiv' } });
    expect(created.data.createEmployee.userErrors).toEqual([]);
    const employee = created.data.createEmployee.employee;
    expect(employee).toMatchObject({ fullName: 'Taras Shevchuk', email: 'taras@example.com', timeZone: 'Europe/Kyiv', version: 1, department: { name: 'Sales' } });
    const read = await api.request('query($id: ID!) { node(id: $id) { __typename id ... on Employee { fullName } } }', { id: employee.id });
    expect(read.data.node).toEqual({ __typename: 'Employee', id: employee.id, fullName: 'Taras Shevchuk' });
  });

  it('refuses a bad e-mail, an unknown department and a bad time zone, naming each field and writing nothing', async () => {
    const before = (await api.request(COUNT)).data.employees.totalCount;
    const badEmail = await api.request(CREATE_EMPLOYEE, { input: { fullName: 'A', email: 'not-an-email' } });
    expect(errorCodes(badEmail)).toEqual(['BAD_USER_INPUT']);
    expect(badEmail.errors?.[0].extensions?.field).toEqual(['input', 'email']);

    const unknownDepartment = await api.request(CREATE_EMPLOYEE, {
      input: { fullName: 'B', email: 'b@example.com', departmentId: 'RGVwYXJ0bWVudDo5OTk5', timeZone: 'Mars/Base' },
    });
    expect(unknownDepartment.data.createEmployee.employee).toBeNull();
    expect(unknownDepartment.data.createEmployee.userErrors.map((e: { field: string[]; code: string }) => [e.field.join('.'), e.code])).toEqual([
      ['input.timeZone', 'INVALID'],
      ['input.departmentId', 'NOT_FOUND'],
    ]);
    expect((await api.request(COUNT)).data.employees.totalCount).toBe(before);
  });

  it('reports a duplicate e-mail as a user error', async () => {
    await api.request(CREATE_EMPLOYEE, { input: { fullName: 'C', email: 'dup@example.com' } });
    const again = await api.request(CREATE_EMPLOYEE, { input: { fullName: 'D', email: 'DUP@example.com' } });
    expect(again.data.createEmployee.userErrors).toMatchObject([{ field: ['input', 'email'], code: 'DUPLICATE' }]);
  });

  it('updates with the current version and refuses a stale one without changing anything', async () => {
    const created = await api.request(CREATE_EMPLOYEE, { input: { fullName: 'Versioned', email: 'v@example.com' } });
    const { id } = created.data.createEmployee.employee;
    const first = await api.request(UPDATE_EMPLOYEE, { input: { id, expectedVersion: 1, fullName: 'Versioned Twice' } });
    expect(first.data.updateEmployee.employee).toMatchObject({ fullName: 'Versioned Twice', version: 2 });
    const stale = await api.request(UPDATE_EMPLOYEE, { input: { id, expectedVersion: 1, fullName: 'Lost update' } });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors?.[0].extensions?.field).toEqual(['input', 'expectedVersion']);
    const read = await api.request('query($id: ID!) { node(id: $id) { ... on Employee { fullName version } } }', { id });
    expect(read.data.node).toEqual({ fullName: 'Versioned Twice', version: 2 });
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for an id of another type', async () => {
    const missing = await api.request(UPDATE_EMPLOYEE, { input: { id: 'RW1wbG95ZWU6OTk5OTk', expectedVersion: 1, fullName: 'x' } });
    expect(errorCodes(missing)).toEqual(['NOT_FOUND']);
    const wrongType = await api.request(UPDATE_EMPLOYEE, { input: { id: 'RGVwYXJ0bWVudDox', expectedVersion: 1 } });
    expect(errorCodes(wrongType)).toEqual(['BAD_USER_INPUT']);
    expect(wrongType.errors?.[0].extensions?.field).toEqual(['input', 'id']);
  });

  it('pages forward and backward with cursors, and rejects oversized pages and garbage cursors', async () => {
    for (const name of ['Page A', 'Page B', 'Page C']) {
      await api.request(CREATE_EMPLOYEE, { input: { fullName: name, email: `${name.replace(' ', '.')}@example.com` } });
    }
    const query = `query($first: Int, $after: String, $last: Int, $before: String) {
      employees(first: $first, after: $after, last: $last, before: $before, where: { search: "page" }) {
        edges { cursor node { fullName } } pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
      }
    }`;
    const one = await api.request(query, { first: 2 });
    expect(one.data.employees.edges.map((e: any) => e.node.fullName)).toEqual(['Page A', 'Page B']);
    expect(one.data.employees.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const two = await api.request(query, { first: 2, after: one.data.employees.pageInfo.endCursor });
    expect(two.data.employees.edges.map((e: any) => e.node.fullName)).toEqual(['Page C']);
    expect(two.data.employees.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const back = await api.request(query, { last: 2, before: two.data.employees.pageInfo.startCursor });
    expect(back.data.employees.edges.map((e: any) => e.node.fullName)).toEqual(['Page A', 'Page B']);

    const tooMany = await api.request(query, { first: 1000 });
    expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.errors?.[0].extensions?.field).toEqual(['first']);
    const garbage = await api.request(query, { first: 2, after: 'definitely-not-a-cursor!' });
    expect(errorCodes(garbage)).toEqual(['BAD_USER_INPUT']);
    expect(garbage.errors?.[0].extensions?.field).toEqual(['after']);
  });
});

describe('departments', () => {
  it('refuses a parent that would close a cycle, directly or through other departments', async () => {
    const CREATE = 'mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { department { id version } } }';
    const top = (await api.request(CREATE, { input: { name: 'Operations' } })).data.createDepartment.department;
    const middle = (await api.request(CREATE, { input: { name: 'Logistics', parentId: top.id } })).data.createDepartment.department;
    const bottom = (await api.request(CREATE, { input: { name: 'Warehouse', parentId: middle.id } })).data.createDepartment.department;
    const MOVE = 'mutation($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { department { parent { name } version } userErrors { field code } } }';
    for (const parentId of [bottom.id, top.id]) {
      const cycle = await api.request(MOVE, { input: { id: top.id, expectedVersion: 1, parentId } });
      expect(cycle.data.updateDepartment.userErrors).toEqual([{ field: ['input', 'parentId'], code: 'CYCLE' }]);
    }
    const moved = await api.request(MOVE, { input: { id: bottom.id, expectedVersion: 1, parentId: top.id } });
    expect(moved.data.updateDepartment.department).toEqual({ parent: { name: 'Operations' }, version: 2 });
  });
});

describe('access', () => {
  it('answers UNAUTHENTICATED without a key or with a bad one', async () => {
    const none = await api.request('{ viewer { role } }', {}, { key: null });
    expect(none.status).toBe(401);
    expect(errorCodes(none)).toEqual(['UNAUTHENTICATED']);
    const bad = await api.request('{ viewer { role } }', {}, { key: 'crm_nope' });
    expect(errorCodes(bad)).toEqual(['UNAUTHENTICATED']);
  });

  it('keeps staff and structure to ADMIN keys', async () => {
    const key = await api.keyFor('MANAGER');
    const write = await api.request(CREATE_EMPLOYEE, { input: { fullName: 'M', email: 'm@example.com' } }, { key });
    expect(errorCodes(write)).toEqual(['FORBIDDEN']);
    const source = await api.request('mutation { createInformationSource(input: { name: "Radio" }) { informationSource { name } } }', {}, { key });
    expect(source.data.createInformationSource.informationSource).toEqual({ name: 'Radio' });
  });

  it('lets a VIEWER key read but not write', async () => {
    const key = await api.keyFor('VIEWER');
    expect((await api.request('{ viewer { role } }', {}, { key })).data.viewer.role).toBe('VIEWER');
    const write = await api.request(CREATE_EMPLOYEE, { input: { fullName: 'E', email: 'e@example.com' } }, { key });
    expect(errorCodes(write)).toEqual(['FORBIDDEN']);
  });

  it('rejects queries nested too deep', async () => {
    const deep = `{ employees { edges { node { department { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } } } }`;
    const result = await api.request(deep);
    expect(errorCodes(result)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(result.errors?.[0].message).toMatch(/levels deep/);
  });

  it('rejects a malformed global id in node()', async () => {
    const result = await api.request('{ node(id: "%%%") { id } }');
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  });
});
