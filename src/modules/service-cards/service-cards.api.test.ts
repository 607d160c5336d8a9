import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chronicleEntries, serviceVisits } from '../../db/schema/index.js';
import { keyOf } from '../../lib/global-id.js';
import { errorCodes, fieldsAndCodes, startTestApi, type TestApi } from '../../testing/api.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api?.stop(); });

const CARD = `id number status periodicity interval plannedContacts periodStart periodEnd version archived
  workMode { workingWeekdays holidays } counterparty { id } object { id } contract { id } engineer { id }
  visits { id plannedDate status origin engineer { id } }`;
const run = async (name: string, input: Record<string, unknown>, selection = `serviceCard { ${CARD} }`) => {
  const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
  const result = await api.request(`mutation($input: ${type}!) { ${name}(input: $input) { ${selection} userErrors { field code message } } }`, { input });
  const payload = result.data?.[name];
  return { result, payload, errors: payload ? fieldsAndCodes(payload.userErrors) : null };
};

let serial = 0;
/** A client with an object and a posted-or-draft contract whose specification holds a SERVICE (or only goods). */
async function client(options: { service?: boolean } = {}) {
  const n = ++serial;
  const counterparty = (await api.mutate('createCounterparty', { kind: 'ORGANIZATION', name: `Client ${n}` }, 'counterparty { id }')).counterparty.id;
  const object = (await api.mutate('createCounterpartyObject', { counterpartyId: counterparty, name: `Boiler room ${n}` }, 'object { id }')).object.id;
  const product = (await api.mutate('createProduct', {
    name: `${options.service === false ? 'Spare part' : 'Maintenance'} ${n}`, type: options.service === false ? 'GOODS' : 'SERVICE', unit: 'pcs',
  }, 'product { id }')).product.id;
  const contract = (await api.mutate('createContract', {
    counterpartyId: counterparty, number: `S-${n}`, date: '2027-01-01', currency: 'UAH', lines: [{ productId: product, quantity: '12', unitPrice: '1000' }],
  }, 'contract { id }')).contract.id;
  return { counterparty, object, contract };
}

const engineer = async () =>
  (await api.mutate('createEmployee', { fullName: `Engineer ${++serial}`, email: `engineer${serial}@example.com` }, 'employee { id }')).employee.id as string;

async function card(input: Record<string, unknown>) {
  const { payload, errors } = await run('createServiceCard', { number: `SC-${++serial}`, ...input });
  expect(errors).toEqual([]);
  return payload.serviceCard;
}

const plannedDates = (card: { visits: Array<{ plannedDate: string; status: string }> }) =>
  card.visits.filter((visit) => visit.status === 'PLANNED').map((visit) => visit.plannedDate);

describe('service cards', () => {
  it('generates a monthly plan on working days up to the planned contacts, and re-generates only what is still planned', async () => {
    const { counterparty, object, contract } = await client();
    const worker = await engineer();
    const created = await card({
      counterpartyId: counterparty, objectId: object, contractId: contract, engineerId: worker,
      periodStart: '2027-01-31', periodEnd: '2027-12-31', periodicity: 'MONTHLY', plannedContacts: 4,
      workMode: { workingWeekdays: [5, 1, 2, 3, 4], holidays: ['2027-03-31'] },
    });
    expect(created).toMatchObject({ status: 'ACTIVE', workMode: { workingWeekdays: [1, 2, 3, 4, 5], holidays: ['2027-03-31'] }, visits: [] });

    const { payload, errors } = await run('generateServiceSchedule', { cardId: created.id, expectedVersion: created.version });
    expect(errors).toEqual([]);
    // Jan 31 and Feb 28 2027 are Sundays; Mar 31 is the client's holiday; Apr 30 is a Friday.
    expect(plannedDates(payload.serviceCard)).toEqual(['2027-02-01', '2027-03-01', '2027-04-01', '2027-04-30']);
    expect(payload.serviceCard.visits.every((visit: any) => visit.origin === 'GENERATED' && visit.engineer.id === worker)).toBe(true);
    expect(payload.serviceCard.version).toBe(created.version + 1);

    // The first visit done, the card's rules changed: the plan continues after it, with what is left of the contacts.
    const first = payload.serviceCard.visits[0];
    const done = await run('recordServiceVisit', { id: first.id, expectedVersion: 1, durationMinutes: 90, result: 'Burner cleaned' },
      'serviceVisit { id status doneAt durationMinutes result chronicleEntry { id kind channel status durationMinutes result counterparty { id } } }');
    expect(done.errors).toEqual([]);
    expect(done.payload.serviceVisit).toMatchObject({
      status: 'DONE', durationMinutes: 90, result: 'Burner cleaned',
      chronicleEntry: { kind: 'VISIT', channel: 'VISIT', status: 'DONE', durationMinutes: 90, result: 'Burner cleaned', counterparty: { id: counterparty } },
    });
    // From the counterparty's chronicle, the entry leads back to its visit and card.
    const chronicle = await api.request('query($id: ID!) { counterparty(id: $id) { chronicle(first: 5) { edges { node { subject serviceVisit { id card { id } } } } } } }', { id: counterparty });
    expect(chronicle.data.counterparty.chronicle.edges.map((edge: any) => edge.node)).toEqual([
      { subject: `Service visit, card ${created.number}`, serviceVisit: { id: first.id, card: { id: created.id } } },
    ]);
    const changed = await run('updateServiceCard', { id: created.id, expectedVersion: payload.serviceCard.version, periodicity: 'EVERY_N_WEEKS', interval: 2 });
    expect(changed.errors).toEqual([]);
    const again = await run('generateServiceSchedule', { cardId: created.id });
    expect(again.errors).toEqual([]);
    const visits = again.payload.serviceCard.visits;
    expect(visits.filter((visit: any) => visit.status === 'DONE').map((visit: any) => visit.id)).toEqual([first.id]);
    // Every two weeks from Sunday Jan 31 (moved to Mondays), after Feb 1, three more contacts.
    expect(plannedDates(again.payload.serviceCard)).toEqual(['2027-02-15', '2027-03-01', '2027-03-15']);
  });

  it('refuses a schedule without a service period, without a SERVICE in the contract, or with a visit added by hand', async () => {
    const withService = await client();
    const goodsOnly = await client({ service: false });
    const noPeriod = await card({ counterpartyId: withService.counterparty, contractId: withService.contract });
    const noService = await card({ counterpartyId: goodsOnly.counterparty, contractId: goodsOnly.contract, periodStart: '2027-01-01', periodEnd: '2027-06-30' });
    const manual = await card({ counterpartyId: withService.counterparty, contractId: withService.contract, periodStart: '2027-01-01', periodEnd: '2027-06-30' });
    const added = await run('addServiceVisit', { cardId: manual.id, plannedDate: '2027-01-05' }, 'serviceVisit { id origin status plannedDate }');
    expect(added.payload.serviceVisit).toMatchObject({ origin: 'MANUAL', status: 'PLANNED', plannedDate: '2027-01-05' });

    for (const [refused, message] of [[noPeriod, /service period/], [noService, /SERVICE/], [manual, /added by hand/]] as const) {
      const { payload, errors } = await run('generateServiceSchedule', { cardId: refused.id });
      expect(errors).toEqual([['input.cardId', 'INVALID_STATE']]);
      expect(payload.userErrors[0].message).toMatch(message);
      expect(payload.serviceCard).toBeNull();
    }
    const [{ n }] = await api.db.select({ n: count() }).from(serviceVisits).where(eq(serviceVisits.cardId, keyOf(manual.id, 'ServiceCard')!));
    expect(n).toBe(1);
  });

  it('leaves one plan when two generations of one card run at once', async () => {
    const { counterparty, contract } = await client();
    const daily = await card({ counterpartyId: counterparty, contractId: contract, periodStart: '2027-03-01', periodEnd: '2027-03-31', periodicity: 'DAILY' });
    const answers = await Promise.all([1, 2, 3].map(() => run('generateServiceSchedule', { cardId: daily.id })));
    expect(answers.map((answer) => answer.errors)).toEqual([[], [], []]);
    const key = keyOf(daily.id, 'ServiceCard')!;
    const rows = await api.db.select().from(serviceVisits).where(eq(serviceVisits.cardId, key));
    // March 2027 has 23 working days Monday to Friday.
    expect(rows).toHaveLength(23);
    expect(new Set(rows.map((row) => row.plannedDate)).size).toBe(23);
  });

  it('refuses bad input with the field at fault and writes nothing', async () => {
    const { counterparty, object, contract } = await client();
    const other = await client();
    const cases: Array<[Record<string, unknown>, Array<[string, string]>]> = [
      [{ number: '  ' }, [['input.number', 'REQUIRED']]],
      [{ objectId: other.object, contractId: other.contract }, [['input.objectId', 'INVALID'], ['input.contractId', 'INVALID']]],
      [{ periodStart: '2027-05-01', periodEnd: '2027-04-30' }, [['input.periodEnd', 'OUT_OF_RANGE']]],
      [{ periodicity: 'MONTHLY', interval: 2 }, [['input.interval', 'INVALID']]],
      [{ periodicity: 'EVERY_N_DAYS' }, [['input.interval', 'REQUIRED']]],
      [{ periodicity: 'EVERY_N_DAYS', interval: 400 }, [['input.interval', 'OUT_OF_RANGE']]],
      [{ workMode: { workingWeekdays: [] } }, [['input.workMode.workingWeekdays', 'INVALID']]],
      [{ workMode: { workingWeekdays: [1, 8] } }, [['input.workMode.workingWeekdays', 'INVALID']]],
      [{ plannedContacts: 0 }, [['input.plannedContacts', 'OUT_OF_RANGE']]],
      [{ engineerId: object }, [['input.engineerId', 'WRONG_TYPE']]],
    ];
    for (const [input, expected] of cases) {
      const { errors, payload } = await run('createServiceCard', { counterpartyId: counterparty, number: `BAD-${++serial}`, objectId: object, contractId: contract, ...input });
      expect(errors, JSON.stringify(input)).toEqual(expected);
      expect(payload.serviceCard).toBeNull();
    }
    const list = await api.request(`query($id: ID!) { serviceCards(where: { counterpartyId: $id }) { totalCount } }`, { id: counterparty });
    expect(list.data.serviceCards.totalCount).toBe(0);

    const saved = await card({ counterpartyId: counterparty, number: 'SC-TAKEN' });
    expect((await run('createServiceCard', { counterpartyId: counterparty, number: 'SC-TAKEN' })).errors).toEqual([['input.number', 'DUPLICATE']]);
    const stale = await run('updateServiceCard', { id: saved.id, expectedVersion: saved.version + 1, notes: 'late' });
    expect(errorCodes(stale.result)).toEqual(['CONFLICT']);
    const malformed = await api.request('{ serviceCards(first: 5, after: "not-a-cursor") { totalCount } }');
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
    const oversized = await api.request('{ serviceCards(first: 1000) { totalCount } }');
    expect(errorCodes(oversized)).toEqual(['BAD_USER_INPUT']);
  });

  it('records a visit done once, closes a planned one as missed, and keeps a manual visit within the period', async () => {
    const { counterparty, contract } = await client();
    const saved = await card({ counterpartyId: counterparty, contractId: contract, periodStart: '2027-01-01', periodEnd: '2027-01-31' });
    const outside = await run('addServiceVisit', { cardId: saved.id, plannedDate: '2027-02-01' }, 'serviceVisit { id }');
    expect(outside.errors).toEqual([['input.plannedDate', 'OUT_OF_RANGE']]);
    const visit = (await run('addServiceVisit', { cardId: saved.id, plannedDate: '2027-01-10' }, 'serviceVisit { id version }')).payload.serviceVisit;
    expect((await run('addServiceVisit', { cardId: saved.id, plannedDate: '2027-01-10' }, 'serviceVisit { id }')).errors).toEqual([['input.plannedDate', 'DUPLICATE']]);

    const entriesBefore = (await api.db.select({ n: count() }).from(chronicleEntries).where(eq(chronicleEntries.kind, 'VISIT')))[0].n;
    const missed = await run('closeServiceVisit', { id: visit.id, expectedVersion: visit.version, status: 'MISSED', result: 'Nobody on site' }, 'serviceVisit { status result version }');
    expect(missed.payload.serviceVisit).toMatchObject({ status: 'MISSED', result: 'Nobody on site' });
    const again = await run('recordServiceVisit', { id: visit.id, expectedVersion: missed.payload.serviceVisit.version }, 'serviceVisit { id }');
    expect(again.errors).toEqual([['input.id', 'INVALID_STATE']]);
    const wrongStatus = await run('closeServiceVisit', { id: visit.id, expectedVersion: missed.payload.serviceVisit.version, status: 'DONE' }, 'serviceVisit { id }');
    expect(wrongStatus.errors).toEqual([['input.id', 'INVALID_STATE'], ['input.status', 'INVALID']]);
    const entriesAfter = (await api.db.select({ n: count() }).from(chronicleEntries).where(eq(chronicleEntries.kind, 'VISIT')))[0].n;
    expect(entriesAfter).toBe(entriesBefore);
  });

  it('files cards in folders, archives them out of the counterparty card, and finds them by global id', async () => {
    const { counterparty } = await client();
    const folder = (await api.mutate('createServiceCardGroup', { name: 'Kyiv' }, 'group { id }')).group.id;
    const boilers = (await api.mutate('createServiceCardGroup', { name: 'Boilers', parentId: folder }, 'group { id path }')).group;
    expect(boilers.path).toBe('Kyiv/Boilers');
    const saved = await card({ counterpartyId: counterparty, groupId: boilers.id });
    const inFolder = await api.request('query($g: ID!) { serviceCards(where: { groupId: $g }) { edges { node { id group { path } } } } }', { g: folder });
    expect(inFolder.data.serviceCards.edges.map((edge: any) => edge.node)).toEqual([{ id: saved.id, group: { path: 'Kyiv/Boilers' } }]);

    const onCard = 'query($id: ID!) { counterparty(id: $id) { serviceCards { id } } }';
    expect((await api.request(onCard, { id: counterparty })).data.counterparty.serviceCards).toEqual([{ id: saved.id }]);
    const archived = await run('archiveServiceCard', { id: saved.id, expectedVersion: saved.version });
    expect(archived.payload.serviceCard.archived).toBe(true);
    expect((await run('archiveServiceCard', { id: saved.id, expectedVersion: archived.payload.serviceCard.version })).errors).toEqual([['input.id', 'INVALID_STATE']]);
    expect((await api.request(onCard, { id: counterparty })).data.counterparty.serviceCards).toEqual([]);
    const node = await api.request('query($id: ID!) { node(id: $id) { ... on ServiceCard { number archived } } }', { id: saved.id });
    expect(node.data.node).toEqual({ number: saved.number, archived: true });
  });

  it('reads counterparties with their cards and visits in the same statements for 3 counterparties as for 12', async () => {
    const owners: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      const { counterparty, contract } = await client();
      const saved = await card({ counterpartyId: counterparty, contractId: contract, periodStart: '2027-06-01', periodEnd: '2027-08-31', engineerId: await engineer() });
      await run('generateServiceSchedule', { cardId: saved.id });
      owners.push(counterparty);
    }
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Counterparty { name serviceCards {
      number contract { number } engineer { fullName } visits { plannedDate status engineer { fullName } } } } } }`;
    const three = await api.request(query, { ids: owners.slice(0, 3) });
    const twelve = await api.request(query, { ids: owners });
    expect(twelve.errors).toBeUndefined();
    const cards = twelve.data.nodes.flatMap((node: any) => node.serviceCards);
    expect(cards).toHaveLength(12);
    expect(cards.every((c: any) => c.visits.length === 3 && c.engineer.fullName && c.visits[0].engineer.fullName)).toBe(true);
    expect(twelve.statements).toBe(three.statements);
  });
});
