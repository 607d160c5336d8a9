import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, fieldsAndCodes, startTestApi, type TestApi } from '../../testing/api.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api?.stop(); });

const PERSON_FIELDS = `id lastName firstName middleName fullName version archived
  phones { kind number extension } emails { kind address }
  birthday importantDates { label date }
  positions { counterparty { id } title role isPrimary startDate endDate current }
  counterparties { id }`;
const CREATE_PERSON = `mutation($input: CreatePersonInput!) {
  createPerson(input: $input) { person { ${PERSON_FIELDS} } userErrors { field code message } }
}`;
const UPDATE_PERSON = `mutation($input: UpdatePersonInput!) {
  updatePerson(input: $input) { person { ${PERSON_FIELDS} } userErrors { field code message } }
}`;
const PERSONS_AT = `query($id: ID!, $includeFormer: Boolean) {
  counterparty(id: $id) { persons(includeFormer: $includeFormer) { fullName } }
}`;
const COUNT = '{ persons(where: { archived: null }) { totalCount } }';

const yesterday = () => DateTime.utc().minus({ days: 1 }).toISODate();
const tomorrow = () => DateTime.utc().plus({ days: 1 }).toISODate();
const count = async () => (await api.request(COUNT)).data.persons.totalCount as number;

async function counterparty(name: string): Promise<string> {
  return (await api.mutate('createCounterparty', { kind: 'ORGANIZATION', name }, 'counterparty { id }')).counterparty.id;
}

async function person(input: Record<string, unknown>) {
  const result = await api.request(CREATE_PERSON, { input });
  expect(result.errors).toBeUndefined();
  expect(result.data.createPerson.userErrors).toEqual([]);
  return result.data.createPerson.person;
}

describe('persons', () => {
  let acme: string;
  let globex: string;

  beforeAll(async () => {
    acme = await counterparty('Acme');
    globex = await counterparty('Globex');
  });

  it('creates a person with positions at two counterparties and reads it back', async () => {
    const created = await person({
      externalId: 'P-1',
      lastName: ' Shevchenko ', firstName: 'Taras', middleName: 'Hryhorovych',
      phones: [{ number: ' +38 (067) 123-45-67 ', extension: '12', kind: 'MOBILE' }],
      emails: [{ address: 'Taras@Example.COM' }],
      birthday: '1980-03-09',
      importantDates: [{ label: 'Name day', date: '2020-03-10' }],
      positions: [
        { counterpartyId: acme, title: 'CEO', role: 'decision maker', isPrimary: true, startDate: '2020-01-01' },
        { counterpartyId: globex, title: 'Advisor', startDate: '2015-01-01', endDate: yesterday() },
      ],
    });
    expect(created).toMatchObject({
      lastName: 'Shevchenko', fullName: 'Shevchenko Taras Hryhorovych', version: 1, archived: false,
      phones: [{ kind: 'MOBILE', number: '+38 (067) 123-45-67', extension: '12' }],
      emails: [{ kind: 'WORK', address: 'taras@example.com' }],
      birthday: '1980-03-09',
      importantDates: [{ label: 'Name day', date: '2020-03-10' }],
      positions: [
        { counterparty: { id: acme }, title: 'CEO', role: 'decision maker', isPrimary: true, current: true, endDate: null },
        { counterparty: { id: globex }, title: 'Advisor', isPrimary: false, current: false },
      ],
      counterparties: [{ id: acme }],
    });
    const byId = await api.request('query($id: ID!) { person(id: $id) { fullName } node(id: $id) { __typename id } }', { id: created.id });
    expect(byId.data).toEqual({ person: { fullName: 'Shevchenko Taras Hryhorovych' }, node: { __typename: 'Person', id: created.id } });
    const byExternal = await api.request('{ personByExternalId(externalId: "P-1") { id } }');
    expect(byExternal.data.personByExternalId).toEqual({ id: created.id });
  });

  it('lists a counterparty\'s persons primary first, then by name, with former ones on request', async () => {
    const shop = await counterparty('Persons Shop');
    await person({ lastName: 'Adams', positions: [{ counterpartyId: shop }] });
    await person({ lastName: 'Zorin', positions: [{ counterpartyId: shop, isPrimary: true }] });
    await person({ lastName: 'Brown', firstName: 'Ann', positions: [{ counterpartyId: shop, endDate: tomorrow() }] });
    await person({ lastName: 'Former', positions: [{ counterpartyId: shop, startDate: '2010-01-01', endDate: '2011-01-01' }] });

    const current = await api.request(PERSONS_AT, { id: shop });
    expect(current.data.counterparty.persons.map((p: { fullName: string }) => p.fullName)).toEqual(['Zorin', 'Adams', 'Brown Ann']);
    const all = await api.request(PERSONS_AT, { id: shop, includeFormer: true });
    expect(all.data.counterparty.persons.map((p: { fullName: string }) => p.fullName)).toEqual(['Zorin', 'Adams', 'Brown Ann', 'Former']);

    const filtered = await api.request('query($id: ID!) { persons(where: { counterpartyId: $id }) { totalCount edges { node { lastName } } } }', { id: shop });
    expect(filtered.data.persons.edges.map((e: { node: { lastName: string } }) => e.node.lastName)).toEqual(['Adams', 'Brown', 'Zorin']);
  });

  it('searches by name fragment and by phone digits', async () => {
    await person({ lastName: 'Kowalczyk', firstName: 'Jan', phones: [{ number: '+48 (22) 555-01-99' }], emails: [{ address: 'jan@firma.pl' }] });
    const search = async (term: string) => (await api.request(
      'query($term: String) { persons(where: { search: $term }) { edges { node { lastName } } } }', { term },
    )).data.persons.edges.map((e: { node: { lastName: string } }) => e.node.lastName);
    expect(await search('owalc')).toEqual(['Kowalczyk']);
    expect(await search('JAN@FIRMA')).toEqual(['Kowalczyk']);
    expect(await search('5550199')).toEqual(['Kowalczyk']);
    expect(await search('555 01 99')).toEqual(['Kowalczyk']);
    expect(await search('no such person')).toEqual([]);
  });

  it('refuses bad input naming each field, and writes nothing', async () => {
    const before = await count();
    const blank = await api.request(CREATE_PERSON, { input: { lastName: '   ' } });
    expect(fieldsAndCodes(blank.data.createPerson.userErrors)).toEqual([['input.lastName', 'REQUIRED']]);
    expect(blank.data.createPerson.person).toBeNull();

    const bad = await api.request(CREATE_PERSON, {
      input: {
        lastName: 'Bad',
        // After today everywhere on Earth (tomorrow in UTC is still today in UTC+14 for part of the day).
        birthday: DateTime.utc().plus({ days: 2 }).toISODate(),
        phones: [{ number: '12' }, { number: '+1 555 0100', extension: 'x1' }],
        positions: [
          { counterpartyId: acme, startDate: '2020-05-01', endDate: '2020-04-30' },
          { counterpartyId: 'Q291bnRlcnBhcnR5Ojk5OTk5' }, // Counterparty:99999
          { counterpartyId: 'UGVyc29uOjE' }, // Person:1
        ],
      },
    });
    expect(fieldsAndCodes(bad.data.createPerson.userErrors)).toEqual([
      ['input.phones.0.number', 'INVALID'],
      ['input.phones.1.extension', 'INVALID'],
      ['input.birthday', 'OUT_OF_RANGE'],
      ['input.positions.0.endDate', 'OUT_OF_RANGE'],
      ['input.positions.2.counterpartyId', 'WRONG_TYPE'],
      ['input.positions.1.counterpartyId', 'NOT_FOUND'],
    ]);

    const badEmail = await api.request(CREATE_PERSON, { input: { lastName: 'Mail', emails: [{ address: 'not-an-email' }] } });
    expect(errorCodes(badEmail)).toEqual(['BAD_USER_INPUT']);
    expect(badEmail.errors?.[0].extensions?.field).toEqual(['input', 'emails', '0', 'address']);

    await person({ lastName: 'Original', externalId: 'DUP-1' });
    const duplicate = await api.request(CREATE_PERSON, { input: { lastName: 'Copy', externalId: 'DUP-1' } });
    expect(fieldsAndCodes(duplicate.data.createPerson.userErrors)).toEqual([['input.externalId', 'DUPLICATE']]);

    expect(await count()).toBe(before + 1);
  });

  it('updates with the current version, replaces positions, and refuses a stale version changing nothing', async () => {
    const created = await person({ lastName: 'Versioned', firstName: 'Vera', positions: [{ counterpartyId: acme, title: 'Buyer' }] });
    const updated = await api.request(UPDATE_PERSON, {
      input: { id: created.id, expectedVersion: 1, middleName: 'V.', positions: [{ counterpartyId: globex, title: 'CFO', isPrimary: true }] },
    });
    expect(updated.data.updatePerson.userErrors).toEqual([]);
    expect(updated.data.updatePerson.person).toMatchObject({
      fullName: 'Versioned Vera V.', version: 2,
      positions: [{ counterparty: { id: globex }, title: 'CFO', isPrimary: true }],
      counterparties: [{ id: globex }],
    });

    const stale = await api.request(UPDATE_PERSON, {
      input: { id: created.id, expectedVersion: 1, lastName: 'Lost', positions: [] },
    });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors?.[0].extensions?.field).toEqual(['input', 'expectedVersion']);
    const read = await api.request(`query($id: ID!) { person(id: $id) { ${PERSON_FIELDS} } }`, { id: created.id });
    expect(read.data.person).toEqual(updated.data.updatePerson.person);

    const invalid = await api.request(UPDATE_PERSON, {
      input: { id: created.id, expectedVersion: 2, lastName: 'Changed', positions: [{ counterpartyId: 'Q291bnRlcnBhcnR5Ojk5OTk5' }] },
    });
    expect(fieldsAndCodes(invalid.data.updatePerson.userErrors)).toEqual([['input.positions.0.counterpartyId', 'NOT_FOUND']]);
    const unchanged = await api.request(`query($id: ID!) { person(id: $id) { ${PERSON_FIELDS} } }`, { id: created.id });
    expect(unchanged.data.person).toEqual(updated.data.updatePerson.person);
  });

  it('archives and restores, hiding archived persons from default lists', async () => {
    const created = await person({ lastName: 'Archivable', positions: [{ counterpartyId: acme }] });
    const ARCHIVE = `mutation($input: ArchivePersonInput!) { archivePerson(input: $input) { person { archived version } userErrors { field code } } }`;
    const RESTORE = `mutation($input: ArchivePersonInput!) { restorePerson(input: $input) { person { archived version } userErrors { field code } } }`;
    const archived = await api.request(ARCHIVE, { input: { id: created.id, expectedVersion: 1 } });
    expect(archived.data.archivePerson).toEqual({ person: { archived: true, version: 2 }, userErrors: [] });
    const names = async (query: string) => (await api.request(query)).data.persons.edges.map((e: any) => e.node.lastName);
    expect(await names('{ persons(where: { search: "archivable" }) { edges { node { lastName } } } }')).toEqual([]);
    expect(await names('{ persons(where: { search: "archivable", archived: true }) { edges { node { lastName } } } }')).toEqual(['Archivable']);
    const again = await api.request(ARCHIVE, { input: { id: created.id, expectedVersion: 2 } });
    expect(fieldsAndCodes(again.data.archivePerson.userErrors)).toEqual([['input.id', 'INVALID_STATE']]);
    const restored = await api.request(RESTORE, { input: { id: created.id, expectedVersion: 2 } });
    expect(restored.data.restorePerson).toEqual({ person: { archived: false, version: 3 }, userErrors: [] });
  });

  it('pages by last name and first name, and rejects oversized pages', async () => {
    for (const [lastName, firstName] of [['Pager', 'Bob'], ['Pager', null], ['Pager', 'Al'], ['Pagerz', 'A']]) {
      await person({ lastName, firstName });
    }
    const query = `query($first: Int, $after: String) {
      persons(first: $first, after: $after, where: { search: "pager" }) { edges { node { fullName } } pageInfo { hasNextPage endCursor } }
    }`;
    const one = await api.request(query, { first: 2 });
    expect(one.data.persons.edges.map((e: any) => e.node.fullName)).toEqual(['Pager', 'Pager Al']);
    const two = await api.request(query, { first: 2, after: one.data.persons.pageInfo.endCursor });
    expect(two.data.persons.edges.map((e: any) => e.node.fullName)).toEqual(['Pager Bob', 'Pagerz A']);
    expect(two.data.persons.pageInfo.hasNextPage).toBe(false);

    const tooMany = await api.request(query, { first: 1000 });
    expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.errors?.[0].extensions?.field).toEqual(['first']);
  });

  it('lets a VIEWER key read persons but not write them', async () => {
    const key = await api.keyFor('VIEWER');
    expect((await api.request(COUNT, {}, { key })).errors).toBeUndefined();
    const write = await api.request(CREATE_PERSON, { input: { lastName: 'Viewer' } }, { key });
    expect(errorCodes(write)).toEqual(['FORBIDDEN']);
  });

  it('reads persons of many counterparties with as many statements as of few', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 10; i += 1) {
      const id = await counterparty(`Batch ${String(i).padStart(2, '0')}`);
      ids.push(id);
      await person({ lastName: `Batchperson ${i}`, positions: [{ counterpartyId: id, isPrimary: true }, { counterpartyId: acme }] });
    }
    const query = `query($ids: [ID!]!) {
      nodes(ids: $ids) {
        ... on Counterparty {
          persons { fullName positions { current counterparty { name } } counterparties { name } }
          former: persons(includeFormer: true) { fullName }
        }
      }
    }`;
    const five = await api.request(query, { ids: ids.slice(0, 5) });
    const ten = await api.request(query, { ids });
    expect(five.errors).toBeUndefined();
    expect(ten.errors).toBeUndefined();
    expect(ten.data.nodes).toHaveLength(10);
    expect(ten.data.nodes[9].persons[0].fullName).toBe('Batchperson 9');
    expect(ten.data.nodes[9].former).toEqual([{ fullName: 'Batchperson 9' }]);
    expect(Number.isFinite(five.statements)).toBe(true);
    expect(ten.statements).toBe(five.statements);
  });
});
