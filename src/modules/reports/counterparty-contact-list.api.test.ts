import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, startTestApi, type TestApi } from '../../testing/api.js';
import { claimFixtures } from '../claims/claims-fixtures.js';

let api: TestApi;
let f: ReturnType<typeof claimFixtures>;
beforeAll(async () => {
  api = await startTestApi();
  f = claimFixtures(api);
});
afterAll(async () => { await api?.stop(); });

const LIST = `query($first: Int, $after: String, $where: CounterpartyFilter, $orderBy: [CounterpartyOrder!], $persons: CounterpartyContactListPersons) {
  counterpartyContactList(first: $first, after: $after, where: $where, orderBy: $orderBy, persons: $persons) {
    edges { node {
      id kind name legalName taxNumber registrationNumber
      addresses { kind city text } phones { kind number extension } emails { kind address } websites
      persons { id fullName position primary phones { number } emails { address } }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const names = (result: { data: any }) => result.data.counterpartyContactList.edges.map((edge: any) => edge.node.name);

describe('counterpartyContactList', () => {
  let manager: string, acme: string, bolt: string, cedar: string;
  let zhuk: string, adamenko: string;
  const suffix = `${process.pid}`;

  beforeAll(async () => {
    manager = await f.employee('list-manager');
    const other = await f.employee('list-other');
    const create = async (name: string, extra: Record<string, unknown>) =>
      (await api.mutate('createCounterparty', { kind: 'ORGANIZATION', name: `${name} ${suffix}`, responsibleEmployeeId: manager, ...extra }, 'counterparty { id version }')).counterparty;
    acme = (await create('Acme', {
      roles: ['CLIENT'], legalName: 'Acme Trading LLC', taxNumber: '12345678', registrationNumber: 'R-42',
      addresses: [{ kind: 'LEGAL', city: 'Kyiv', text: '1 Khreshchatyk St, Kyiv' }],
      phones: [{ kind: 'WORK', number: '+380 44 123 45 67', extension: '12' }],
      emails: [{ kind: 'WORK', address: 'info@acme.example' }],
      websites: ['https://acme.example'],
    })).id;
    bolt = (await create('Bolt', { roles: ['SUPPLIER'] })).id;
    const archived = await create('Cedar', { roles: ['CLIENT'] });
    cedar = archived.id;
    await api.mutate('archiveCounterparty', { id: cedar, expectedVersion: archived.version }, 'counterparty { id }');
    await create('Delta', { responsibleEmployeeId: other });

    const person = async (lastName: string, position: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      (await api.mutate('createPerson', { lastName, positions: [{ counterpartyId: acme, ...position }], ...extra }, 'person { id version }')).person;
    zhuk = (await person('Zhuk', { title: 'Director', isPrimary: true }, {
      firstName: 'Olena', phones: [{ number: '+380 67 000 11 22' }], emails: [{ address: 'olena@acme.example' }],
    })).id;
    adamenko = (await person('Adamenko', { title: 'Buyer' }, { firstName: 'Petro' })).id;
    // A former primary contact and an archived one are not listed.
    await person('Bondar', { title: 'Director', isPrimary: true, startDate: '2015-01-01', endDate: '2020-01-01' });
    const gone = await person('Hnatiuk', { title: 'Accountant', isPrimary: true });
    await api.mutate('archivePerson', { id: gone.id, expectedVersion: gone.version }, 'person { id }');
  });

  it('prints names, requisites, contact details and primary persons of the counterparties the register\'s filter matches, in one statement', async () => {
    const result = await api.request(LIST, { where: { responsibleEmployeeId: manager } });
    expect(result.errors).toBeUndefined();
    expect(result.data.counterpartyContactList.edges.map((edge: any) => edge.node)).toEqual([
      {
        id: acme, kind: 'ORGANIZATION', name: `Acme ${suffix}`, legalName: 'Acme Trading LLC', taxNumber: '12345678', registrationNumber: 'R-42',
        addresses: [{ kind: 'LEGAL', city: 'Kyiv', text: '1 Khreshchatyk St, Kyiv' }],
        phones: [{ kind: 'WORK', number: '+380 44 123 45 67', extension: '12' }],
        emails: [{ kind: 'WORK', address: 'info@acme.example' }],
        websites: ['https://acme.example/'],
        persons: [{
          id: zhuk, fullName: 'Zhuk Olena', position: 'Director', primary: true,
          phones: [{ number: '+380 67 000 11 22' }], emails: [{ address: 'olena@acme.example' }],
        }],
      },
      {
        id: bolt, kind: 'ORGANIZATION', name: `Bolt ${suffix}`, legalName: null, taxNumber: null, registrationNumber: null,
        addresses: [], phones: [], emails: [], websites: [], persons: [],
      },
    ]);
    expect(result.statements).toBe(2); // authentication, the page with its persons

    // The same counterparties, in the same order, as the register lists them.
    const register = await api.request('query($where: CounterpartyFilter) { counterparties(where: $where) { edges { node { id } } } }', { where: { responsibleEmployeeId: manager } });
    expect(register.data.counterparties.edges.map((edge: any) => edge.node.id)).toEqual([acme, bolt]);
  });

  it('shows every current person, or none, as asked', async () => {
    const all = await api.request(LIST, { where: { responsibleEmployeeId: manager }, persons: 'ALL' });
    expect(all.data.counterpartyContactList.edges[0].node.persons.map((p: any) => [p.id, p.position, p.primary])).toEqual([
      [zhuk, 'Director', true], [adamenko, 'Buyer', false],
    ]);
    const none = await api.request(LIST, { where: { responsibleEmployeeId: manager }, persons: 'NONE' });
    expect(none.data.counterpartyContactList.edges.map((edge: any) => edge.node.persons)).toEqual([[], []]);
  });

  it('filters, orders and pages as counterparties does', async () => {
    const first = await api.request(LIST, { first: 1, where: { responsibleEmployeeId: manager } });
    expect(names(first)).toEqual([`Acme ${suffix}`]);
    expect(first.data.counterpartyContactList.pageInfo.hasNextPage).toBe(true);
    const next = await api.request(LIST, { first: 1, after: first.data.counterpartyContactList.pageInfo.endCursor, where: { responsibleEmployeeId: manager } });
    expect(names(next)).toEqual([`Bolt ${suffix}`]);
    expect(next.data.counterpartyContactList.pageInfo.hasNextPage).toBe(false);

    expect(names(await api.request(LIST, { where: { responsibleEmployeeId: manager }, orderBy: [{ field: 'NAME', direction: 'DESC' }] })))
      .toEqual([`Bolt ${suffix}`, `Acme ${suffix}`]);
    expect(names(await api.request(LIST, { where: { responsibleEmployeeId: manager, roles: ['SUPPLIER'] } }))).toEqual([`Bolt ${suffix}`]);
    expect(names(await api.request(LIST, { where: { responsibleEmployeeId: manager, archived: null } })))
      .toEqual([`Acme ${suffix}`, `Bolt ${suffix}`, `Cedar ${suffix}`]);
    expect(names(await api.request(LIST, { where: { search: 'acme trading' } }))).toEqual([`Acme ${suffix}`]);

    const counted = await api.request(`query($where: CounterpartyFilter) {
      counterpartyContactList(where: $where) { totalCount edges { node { counterparty { id name } } } } }`, { where: { responsibleEmployeeId: manager } });
    expect(counted.data.counterpartyContactList).toEqual({
      totalCount: 2,
      edges: [{ node: { counterparty: { id: acme, name: `Acme ${suffix}` } } }, { node: { counterparty: { id: bolt, name: `Bolt ${suffix}` } } }],
    });
    // Authentication, the page, the count, the counterparties by id.
    expect(counted.statements).toBe(4);
  });

  it('refuses what counterparties refuses: a bad id, a short search, an oversized page, a foreign cursor', async () => {
    const refused = async (variables: Record<string, unknown>) => {
      const result = await api.request(LIST, variables);
      return [errorCodes(result), result.errors?.[0].extensions?.field];
    };
    expect(await refused({ where: { responsibleEmployeeId: acme } })).toEqual([['BAD_USER_INPUT'], ['where', 'responsibleEmployeeId']]);
    expect(await refused({ where: { search: 'a' } })).toEqual([['BAD_USER_INPUT'], ['where', 'search']]);
    expect(await refused({ first: 101 })).toEqual([['BAD_USER_INPUT'], ['first']]);
    const byName = await api.request(LIST, { first: 1, where: { responsibleEmployeeId: manager } });
    expect(await refused({ after: byName.data.counterpartyContactList.pageInfo.endCursor, orderBy: [{ field: 'CREATED_AT' }] }))
      .toEqual([['BAD_USER_INPUT'], ['after']]);
  });
});
