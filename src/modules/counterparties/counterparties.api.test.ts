import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, fieldsAndCodes, startTestApi, type TestApi } from '../../testing/api.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api?.stop(); });

const FIELDS = `id externalId kind roles name legalName taxNumber importance archived version
  addresses { kind city street text } phones { kind number extension } emails { kind address } websites
  bankAccounts { bankName bic accountNumber currency primary } group { name path } parent { name }`;
const CREATE = `mutation($input: CreateCounterpartyInput!) { createCounterparty(input: $input) { counterparty { ${FIELDS} } userErrors { field code message } } }`;
const UPDATE = `mutation($input: UpdateCounterpartyInput!) { updateCounterparty(input: $input) { counterparty { ${FIELDS} } userErrors { field code message } } }`;
const TOTAL = '{ counterparties(where: { archived: null }) { totalCount } }';

const total = async () => (await api.request(TOTAL)).data.counterparties.totalCount as number;

async function create(input: Record<string, unknown>) {
  const result = await api.request(CREATE, { input: { kind: 'ORGANIZATION', ...input } });
  expect(result.errors).toBeUndefined();
  expect(result.data.createCounterparty.userErrors).toEqual([]);
  return result.data.createCounterparty.counterparty;
}

async function createGroup(name: string, parentId?: string) {
  const result = await api.request(
    'mutation($input: CreateCounterpartyGroupInput!) { createCounterpartyGroup(input: $input) { group { id name path version } userErrors { field code } } }',
    { input: { name, parentId } },
  );
  return result.data.createCounterpartyGroup.group;
}

describe('counterparties', () => {
  it('creates a counterparty with its contact details and requisites', async () => {
    const clients = await createGroup('Clients');
    const counterparty = await create({
      externalId: 'erp-1', roles: ['CLIENT', 'CLIENT', 'PARTNER'], name: ' Dnipro Steel ', legalName: 'Dnipro Steel LLC', taxNumber: '31415926',
      addresses: [{ kind: 'LEGAL', city: 'Dnipro', street: 'Naberezhna 1' }],
      phones: [{ number: '+38 (056) 123-45-67', extension: '12' }],
      emails: [{ address: 'Office@DniproSteel.example' }],
      websites: ['https://dniprosteel.example'],
      bankAccounts: [{ bankName: 'PrivatBank', bic: 'pbanua2x', accountNumber: 'UA21 3223 1300 0002 6007 2335 6600 1', currency: 'UAH', primary: true }],
      groupId: clients.id,
    });
    expect(counterparty).toMatchObject({
      externalId: 'erp-1', roles: ['CLIENT', 'PARTNER'], name: 'Dnipro Steel', importance: 'NORMAL', archived: false, version: 1,
      phones: [{ kind: 'WORK', number: '+38 (056) 123-45-67', extension: '12' }],
      emails: [{ kind: 'WORK', address: 'office@dniprosteel.example' }],
      websites: ['https://dniprosteel.example/'],
      bankAccounts: [{ bic: 'PBANUA2X', accountNumber: 'UA213223130000026007233566001', primary: true }],
      group: { name: 'Clients', path: 'Clients' },
    });
    const byExternalId = await api.request('{ counterpartyByExternalId(externalId: "erp-1") { id } }');
    expect(byExternalId.data.counterpartyByExternalId.id).toBe(counterparty.id);
  });

  it('serves the wide fields a page asks for, through fragments, whether or not other fields are asked', async () => {
    await create({ name: 'Wide Fields Ltd', notes: 'Pays late', phones: [{ number: '+38 044 700 00 01' }], websites: ['https://wide.example'] });
    const page = (selection: string, fragments = '') => api.request(`query { counterparties(where: { search: "Wide Fields" }) {
      edges { node { name ${selection} } } } } ${fragments}`);
    const narrow = await page('');
    expect(narrow.data.counterparties.edges).toEqual([{ node: { name: 'Wide Fields Ltd' } }]);
    const wide = await page('...Wide ... on Counterparty { notes }', 'fragment Wide on Counterparty { phones { number } websites }');
    expect(wide.data.counterparties.edges[0].node).toEqual({
      name: 'Wide Fields Ltd', phones: [{ number: '+38 044 700 00 01' }], websites: ['https://wide.example/'], notes: 'Pays late',
    });
  });

  it('finds counterparties by name, tax number, e-mail and phone fragment', async () => {
    await create({ name: 'Lviv Coffee Roasters', taxNumber: '77700011', phones: [{ number: '+38 (032) 555-12-34' }], emails: [{ address: 'beans@lvivcoffee.example' }] });
    const search = async (term: string) => {
      const result = await api.request('query($s: String) { counterparties(where: { search: $s }) { edges { node { name } } } }', { s: term });
      return result.data.counterparties.edges.map((e: { node: { name: string } }) => e.node.name);
    };
    expect(await search('coffee rOAST')).toEqual(['Lviv Coffee Roasters']);
    expect(await search('7770001')).toEqual(['Lviv Coffee Roasters']);
    expect(await search('beans@lviv')).toEqual(['Lviv Coffee Roasters']);
    expect(await search('555-12-34')).toEqual(['Lviv Coffee Roasters']);
    expect(await search('0325551234')).toEqual(['Lviv Coffee Roasters']);
    expect(await search('50%')).toEqual([]);
    await create({ name: '7-11 Stores', taxNumber: '1234-5678' });
    expect(await search('1234-5678')).toEqual(['7-11 Stores']);
    expect(await search('7-11')).toEqual(['7-11 Stores']);
  });

  it('refuses bad input naming every field, and writes nothing', async () => {
    const before = await total();
    const result = await api.request(CREATE, {
      input: {
        kind: 'ORGANIZATION', name: '   ', phones: [{ number: '12' }], groupId: 'Q291bnRlcnBhcnR5R3JvdXA6OTk5OTk',
        responsibleEmployeeId: 'Q291bnRlcnBhcnR5OjE', bankAccounts: [{ bankName: 'X', accountNumber: '1', bic: 'nope' }],
      },
    });
    expect(result.data.createCounterparty.counterparty).toBeNull();
    expect(fieldsAndCodes(result.data.createCounterparty.userErrors)).toEqual([
      ['input.name', 'REQUIRED'],
      ['input.phones.0.number', 'INVALID'],
      ['input.bankAccounts.0.bic', 'INVALID'],
      ['input.responsibleEmployeeId', 'WRONG_TYPE'],
      ['input.groupId', 'NOT_FOUND'],
    ]);
    const badEmail = await api.request(CREATE, { input: { kind: 'ORGANIZATION', name: 'X', emails: [{ address: 'not-an-email' }] } });
    expect(errorCodes(badEmail)).toEqual(['BAD_USER_INPUT']);
    expect(badEmail.errors?.[0].extensions?.field).toEqual(['input', 'emails', '0', 'address']);
    const wrongType = await api.request(CREATE, { input: { kind: 'ORGANIZATION', name: 42 } });
    expect(errorCodes(wrongType)).toEqual(['BAD_USER_INPUT']);
    expect(await total()).toBe(before);
  });

  it('keeps externalId unique', async () => {
    await create({ name: 'First', externalId: 'dup-1' });
    const again = await api.request(CREATE, { input: { kind: 'ORGANIZATION', name: 'Second', externalId: 'dup-1' } });
    expect(fieldsAndCodes(again.data.createCounterparty.userErrors)).toEqual([['input.externalId', 'DUPLICATE']]);
  });

  it('updates with versions: a stale version is a CONFLICT and changes nothing', async () => {
    const counterparty = await create({ name: 'Versioned Ltd', phones: [{ number: '+48 22 111 22 33' }] });
    const updated = await api.request(UPDATE, { input: { id: counterparty.id, expectedVersion: 1, name: 'Versioned Group', phones: [] } });
    expect(updated.data.updateCounterparty.counterparty).toMatchObject({ name: 'Versioned Group', phones: [], version: 2 });
    const stale = await api.request(UPDATE, { input: { id: counterparty.id, expectedVersion: 1, name: 'Lost' } });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    const read = await api.request('query($id: ID!) { counterparty(id: $id) { name version } }', { id: counterparty.id });
    expect(read.data.counterparty).toEqual({ name: 'Versioned Group', version: 2 });
  });

  it('clears a list given as null, and refuses null for a field that cannot be empty', async () => {
    const counterparty = await create({ name: 'Listful', roles: ['CLIENT'], phones: [{ number: '+48 22 111 22 33' }] });
    const refused = await api.request(UPDATE, { input: { id: counterparty.id, expectedVersion: 1, importance: null, kind: null, name: null } });
    expect(fieldsAndCodes(refused.data.updateCounterparty.userErrors)).toEqual([
      ['input.kind', 'REQUIRED'], ['input.name', 'REQUIRED'], ['input.importance', 'REQUIRED'],
    ]);
    const cleared = await api.request(UPDATE, { input: { id: counterparty.id, expectedVersion: 1, roles: null, phones: null } });
    expect(cleared.data.updateCounterparty.counterparty).toMatchObject({ roles: [], phones: [], version: 2 });
  });

  it('refuses a parent organisation cycle', async () => {
    const holding = await create({ name: 'Holding' });
    const daughter = await create({ name: 'Daughter', parentId: holding.id });
    expect(daughter.parent).toEqual({ name: 'Holding' });
    for (const parentId of [daughter.id, holding.id]) {
      const cycle = await api.request(UPDATE, { input: { id: holding.id, expectedVersion: 1, parentId } });
      expect(fieldsAndCodes(cycle.data.updateCounterparty.userErrors)).toEqual([['input.parentId', 'CYCLE']]);
    }
  });

  it('archives and restores; archived counterparties leave the default list', async () => {
    const counterparty = await create({ name: 'Archivable' });
    const archived = await api.request('mutation($id: ID!) { archiveCounterparty(input: { id: $id, expectedVersion: 1 }) { counterparty { archived version } userErrors { code } } }', { id: counterparty.id });
    expect(archived.data.archiveCounterparty.counterparty).toEqual({ archived: true, version: 2 });
    const names = async (archivedFilter: boolean | null) =>
      (await api.request('query($a: Boolean) { counterparties(first: 100, where: { archived: $a }) { edges { node { name } } } }', { a: archivedFilter }))
        .data.counterparties.edges.map((e: { node: { name: string } }) => e.node.name);
    expect(await names(false)).not.toContain('Archivable');
    expect(await names(true)).toEqual(['Archivable']);
    const twice = await api.request('mutation($id: ID!) { archiveCounterparty(input: { id: $id, expectedVersion: 2 }) { userErrors { field code } } }', { id: counterparty.id });
    expect(fieldsAndCodes(twice.data.archiveCounterparty.userErrors)).toEqual([['input.id', 'INVALID_STATE']]);
    const restored = await api.request('mutation($id: ID!) { restoreCounterparty(input: { id: $id, expectedVersion: 2 }) { counterparty { archived } } }', { id: counterparty.id });
    expect(restored.data.restoreCounterparty.counterparty.archived).toBe(false);
  });

  it('filters by kind, role, importance, responsible employee, information source and update time', async () => {
    const manager = (await api.mutate('createEmployee', { fullName: 'Filter Manager', email: 'filter.manager@example.com' }, 'employee { id }')).employee.id;
    const fair = (await api.mutate('createInformationSource', { name: 'Filter Fair' }, 'informationSource { id }')).informationSource.id;
    await create({ name: 'Filter Alpha', kind: 'INDIVIDUAL', roles: ['PROSPECT'], importance: 'KEY', responsibleEmployeeId: manager, informationSourceId: fair, segment: 'filtering' });
    await create({ name: 'Filter Beta', roles: ['SUPPLIER'], importance: 'LOW', segment: 'filtering' });
    const startedAt = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await create({ name: 'Filter Gamma', roles: ['CLIENT', 'SUPPLIER'], segment: 'filtering' });
    const names = async (where: Record<string, unknown>) =>
      (await api.request('query($where: CounterpartyFilter) { counterparties(first: 100, where: $where) { edges { node { name } } } }', { where: { search: 'filter ', ...where } }))
        .data.counterparties.edges.map((e: { node: { name: string } }) => e.node.name);
    expect(await names({ kinds: ['INDIVIDUAL'] })).toEqual(['Filter Alpha']);
    expect(await names({ roles: ['SUPPLIER'] })).toEqual(['Filter Beta', 'Filter Gamma']);
    expect(await names({ importance: ['KEY', 'LOW'] })).toEqual(['Filter Alpha', 'Filter Beta']);
    expect(await names({ responsibleEmployeeId: manager })).toEqual(['Filter Alpha']);
    expect(await names({ informationSourceId: fair })).toEqual(['Filter Alpha']);
    expect(await names({ updatedSince: startedAt })).toEqual(['Filter Gamma']);
    expect(await names({ roles: [] })).toEqual([]);
    const wrongId = await api.request('query($id: ID) { counterparties(where: { responsibleEmployeeId: $id }) { totalCount } }', { id: fair });
    expect(errorCodes(wrongId)).toEqual(['BAD_USER_INPUT']);
    expect(wrongId.errors?.[0].extensions?.field).toEqual(['where', 'responsibleEmployeeId']);
    const tooShort = await api.request('{ counterparties(where: { search: "x" }) { totalCount } }');
    expect(tooShort.errors?.[0].extensions?.field).toEqual(['where', 'search']);
  });

  it('orders and pages by name descending with cursors', async () => {
    for (const name of ['Zeta Order', 'Yota Order', 'Xi Order']) await create({ name, segment: 'ordering' });
    const query = `query($after: String) { counterparties(first: 2, after: $after, where: { search: "order" }, orderBy: [{ field: NAME, direction: DESC }]) {
      edges { node { name } } pageInfo { hasNextPage endCursor } } }`;
    const first = await api.request(query);
    expect(first.data.counterparties.edges.map((e: any) => e.node.name)).toEqual(['Zeta Order', 'Yota Order']);
    const second = await api.request(query, { after: first.data.counterparties.pageInfo.endCursor });
    expect(second.data.counterparties.edges.map((e: any) => e.node.name)).toEqual(['Xi Order']);
    expect(second.data.counterparties.pageInfo.hasNextPage).toBe(false);
  });
});

describe('groups', () => {
  it('filters by a group with or without its subgroups, and shows paths', async () => {
    const root = await createGroup('Budget');
    const child = await createGroup('Schools', root.id);
    expect(child.path).toBe('Budget/Schools');
    await create({ name: 'Ministry', groupId: root.id });
    await create({ name: 'School 5', groupId: child.id });
    const names = async (includeSubgroups: boolean) =>
      (await api.request('query($g: ID, $s: Boolean) { counterparties(where: { groupId: $g, includeSubgroups: $s }) { edges { node { name } } } }', { g: root.id, s: includeSubgroups }))
        .data.counterparties.edges.map((e: { node: { name: string } }) => e.node.name);
    expect(await names(true)).toEqual(['Ministry', 'School 5']);
    expect(await names(false)).toEqual(['Ministry']);
    const tree = await api.request('{ counterpartyGroups { name children { name } } }');
    expect(tree.data.counterpartyGroups).toContainEqual({ name: 'Budget', children: [{ name: 'Schools' }] });
  });

  it('refuses a move into its own subtree, deletes only empty groups', async () => {
    const a = await createGroup('Tree A');
    const b = await createGroup('Tree B', a.id);
    const c = await createGroup('Tree C', b.id);
    const MOVE = 'mutation($input: MoveCounterpartyGroupInput!) { moveCounterpartyGroup(input: $input) { group { path version } userErrors { field code } } }';
    const cycle = await api.request(MOVE, { input: { id: a.id, expectedVersion: 1, parentId: c.id } });
    expect(fieldsAndCodes(cycle.data.moveCounterpartyGroup.userErrors)).toEqual([['input.parentId', 'CYCLE']]);
    const self = await api.request(MOVE, { input: { id: a.id, expectedVersion: 1, parentId: a.id } });
    expect(fieldsAndCodes(self.data.moveCounterpartyGroup.userErrors)).toEqual([['input.parentId', 'CYCLE']]);
    const moved = await api.request(MOVE, { input: { id: c.id, expectedVersion: 1, parentId: null } });
    expect(moved.data.moveCounterpartyGroup.group).toEqual({ path: 'Tree C', version: 2 });

    const DELETE = 'mutation($id: ID!) { deleteCounterpartyGroup(input: { id: $id }) { deletedId userErrors { field code } } }';
    const notEmpty = await api.request(DELETE, { id: a.id });
    expect(fieldsAndCodes(notEmpty.data.deleteCounterpartyGroup.userErrors)).toEqual([['input.id', 'NOT_EMPTY']]);
    expect((await api.request(DELETE, { id: b.id })).data.deleteCounterpartyGroup.deletedId).toBe(b.id);
    expect((await api.request(DELETE, { id: a.id })).data.deleteCounterpartyGroup.deletedId).toBe(a.id);
    const gone = await api.request('query($id: ID!) { node(id: $id) { id } }', { id: a.id });
    expect(gone.data.node).toBeNull();
  });

  it('lets only one of two concurrent crossing moves through, so no cycle forms', async () => {
    const left = await createGroup('Left');
    const right = await createGroup('Right');
    const MOVE = 'mutation($input: MoveCounterpartyGroupInput!) { moveCounterpartyGroup(input: $input) { group { path } userErrors { field code } } }';
    const results = await Promise.all([
      api.request(MOVE, { input: { id: left.id, expectedVersion: 1, parentId: right.id } }),
      api.request(MOVE, { input: { id: right.id, expectedVersion: 1, parentId: left.id } }),
    ]);
    const outcomes = results.map((r) => (r.data.moveCounterpartyGroup.group ? 'moved' : r.data.moveCounterpartyGroup.userErrors[0].code)).sort();
    expect(outcomes).toEqual(['CYCLE', 'moved']);
  });

  it('reads the paths of groups at any depth in as many statements as a shallow one', async () => {
    let parent: string | undefined;
    const chain: string[] = [];
    for (let depth = 0; depth < 8; depth += 1) {
      parent = (await createGroup(`Level ${depth}`, parent)).id;
      chain.push(parent!);
    }
    const PATH = 'query($id: ID!) { node(id: $id) { ... on CounterpartyGroup { path } } }';
    const deep = await api.request(PATH, { id: chain[7] });
    const shallow = await api.request(PATH, { id: chain[1] });
    expect(deep.data.node.path).toBe('Level 0/Level 1/Level 2/Level 3/Level 4/Level 5/Level 6/Level 7');
    expect(shallow.data.node.path).toBe('Level 0/Level 1');
    expect(deep.statements).toBe(shallow.statements);
  });

  it('refuses duplicate sibling names and slashes', async () => {
    const parent = await createGroup('Siblings');
    await createGroup('Twin', parent.id);
    const twin = await api.request('mutation($p: ID) { createCounterpartyGroup(input: { name: "twin", parentId: $p }) { userErrors { field code } } }', { p: parent.id });
    expect(fieldsAndCodes(twin.data.createCounterpartyGroup.userErrors)).toEqual([['input.name', 'DUPLICATE']]);
    const slash = await api.request('mutation { createCounterpartyGroup(input: { name: "a/b" }) { userErrors { field code } } }');
    expect(fieldsAndCodes(slash.data.createCounterpartyGroup.userErrors)).toEqual([['input.name', 'INVALID']]);
  });
});

describe('card tabs', () => {
  it('keeps typed parameters, refusing a value of the wrong type', async () => {
    const counterparty = await create({ name: 'Fleet Owner' });
    const DEFINE = 'mutation($input: CreateParameterDefinitionInput!) { createParameterDefinition(input: $input) { parameterDefinition { id code type } userErrors { field code } } }';
    const fleet = (await api.request(DEFINE, { input: { code: 'fleet_size', name: 'Fleet size', type: 'NUMBER' } })).data.createParameterDefinition.parameterDefinition;
    const since = (await api.request(DEFINE, { input: { code: 'client_since', name: 'Client since', type: 'DATE' } })).data.createParameterDefinition.parameterDefinition;
    const SET = `mutation($input: SetCounterpartyParametersInput!) { setCounterpartyParameters(input: $input) {
      counterparty { version parameters { parameter { code } numberValue dateValue stringValue } } userErrors { field code } } }`;
    const wrong = await api.request(SET, { input: { counterpartyId: counterparty.id, values: [{ parameterId: fleet.id, stringValue: 'many' }] } });
    expect(fieldsAndCodes(wrong.data.setCounterpartyParameters.userErrors)).toEqual([['input.values.0.stringValue', 'WRONG_TYPE']]);
    const set = await api.request(SET, { input: { counterpartyId: counterparty.id, values: [{ parameterId: fleet.id, numberValue: '42.5' }, { parameterId: since.id, dateValue: '2019-03-01' }] } });
    expect(set.data.setCounterpartyParameters.counterparty.parameters).toEqual([
      { parameter: { code: 'fleet_size' }, numberValue: '42.5', dateValue: null, stringValue: null },
      { parameter: { code: 'client_since' }, numberValue: null, dateValue: '2019-03-01', stringValue: null },
    ]);
    const cleared = await api.request(SET, { input: { counterpartyId: counterparty.id, values: [{ parameterId: fleet.id }] } });
    expect(cleared.data.setCounterpartyParameters.counterparty.parameters).toHaveLength(1);
    const version = cleared.data.setCounterpartyParameters.counterparty.version;
    const stale = await api.request(SET, { input: { counterpartyId: counterparty.id, expectedVersion: version - 1, values: [{ parameterId: fleet.id, numberValue: '1' }] } });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    const unchanged = await api.request('query($id: ID!) { counterparty(id: $id) { version parameters { parameter { code } } } }', { id: counterparty.id });
    expect(unchanged.data.counterparty).toEqual({ version, parameters: [{ parameter: { code: 'client_since' } }] });
    const badCode = await api.request(DEFINE, { input: { code: 'Fleet Size', name: 'x', type: 'NUMBER' } });
    expect(fieldsAndCodes(badCode.data.createParameterDefinition.userErrors)).toEqual([['input.code', 'INVALID']]);
  });

  it('shows later mutations of one request the counterparty as the earlier ones left it', async () => {
    const counterparty = await create({ name: 'Before' });
    const result = await api.request(`mutation($id: ID!) {
      renamed: updateCounterparty(input: { id: $id, expectedVersion: 1, name: "After" }) { counterparty { version } }
      object: createCounterpartyObject(input: { counterpartyId: $id, name: "Boiler" }) { object { counterparty { name version } } }
    }`, { id: counterparty.id });
    expect(result.data.object.object.counterparty).toEqual({ name: 'After', version: 2 });
  });

  it('changes parameters of one card concurrently without deadlocks', async () => {
    const counterparty = await create({ name: 'Busy Card' });
    const define = (code: string) => api.mutate('createParameterDefinition', { code, name: code, type: 'STRING' }, 'parameterDefinition { id }');
    const [a, b] = await Promise.all([define('busy_a'), define('busy_b')]);
    const SET = 'mutation($input: SetCounterpartyParametersInput!) { setCounterpartyParameters(input: $input) { counterparty { id } userErrors { code } } }';
    const values = (first: string, second: string, text: string) => [
      { parameterId: first, stringValue: text }, { parameterId: second, stringValue: text },
    ];
    const ids = [a.parameterDefinition.id, b.parameterDefinition.id];
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => api.request(SET, {
      input: { counterpartyId: counterparty.id, values: i % 2 ? values(ids[0], ids[1], `v${i}`) : values(ids[1], ids[0], `v${i}`) },
    })));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const read = await api.request('query($id: ID!) { counterparty(id: $id) { version } }', { id: counterparty.id });
    expect(read.data.counterparty.version).toBe(9);
  });

  it('records competitors with their share, and objects', async () => {
    const client = await create({ name: 'Bakery', roles: ['CLIENT'] });
    const rival = await create({ name: 'Rival Mills', roles: ['COMPETITOR'] });
    const SET = `mutation($input: SetCounterpartyCompetitorInput!) { setCounterpartyCompetitor(input: $input) {
      counterparty { competitors { competitor { name } purchaseShare } } userErrors { field code } } }`;
    const set = await api.request(SET, { input: { counterpartyId: client.id, competitorId: rival.id, purchaseShare: '35.5' } });
    expect(set.data.setCounterpartyCompetitor.counterparty.competitors).toEqual([{ competitor: { name: 'Rival Mills' }, purchaseShare: '35.50' }]);
    const tooBig = await api.request(SET, { input: { counterpartyId: client.id, competitorId: rival.id, purchaseShare: '120' } });
    expect(fieldsAndCodes(tooBig.data.setCounterpartyCompetitor.userErrors)).toEqual([['input.purchaseShare', 'OUT_OF_RANGE']]);

    const object = await api.request('mutation($id: ID!) { createCounterpartyObject(input: { counterpartyId: $id, name: "Oven line 2", address: "Bakery yard" }) { object { id name counterparty { name } } userErrors { code } } }', { id: client.id });
    expect(object.data.createCounterpartyObject.object).toMatchObject({ name: 'Oven line 2', counterparty: { name: 'Bakery' } });
    const card = await api.request('query($id: ID!) { counterparty(id: $id) { objects { name } } }', { id: client.id });
    expect(card.data.counterparty.objects).toEqual([{ name: 'Oven line 2' }]);
  });
});
