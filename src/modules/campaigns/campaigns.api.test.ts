import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../lib/global-id.js';
import { errorCodes, startTestApi, type TestApi } from '../../testing/api.js';
import { claimFixtures } from '../claims/claims-fixtures.js';
import { expectPagingRefusals, expectSameItemsBothWays, PAGE_INFO } from '../../testing/paging.js';

let api: TestApi;
let f: ReturnType<typeof claimFixtures>;
beforeAll(async () => {
  api = await startTestApi();
  f = claimFixtures(api);
});
afterAll(async () => { await api?.stop(); });

let serial = 0;
const unique = (prefix: string) => `${prefix} ${process.pid}-${++serial}`;

const CAMPAIGN = `id name kind status startsOn endsOn budget currency version totalCost totalRevenue profit roi
  informationSource { id name } group { id path } responsibleEmployee { id }`;

async function campaign(input: Record<string, unknown> = {}) {
  return (await api.mutate('createCampaign', {
    name: unique('Campaign'), kind: 'EXHIBITION', startsOn: '2025-03-01', endsOn: '2025-03-03', currency: 'EUR', ...input,
  }, `campaign { ${CAMPAIGN} }`)).campaign;
}
const expense = (campaignId: string, amount: string, date = '2025-03-01') =>
  api.mutate('addCampaignExpense', { campaignId, date, item: 'Stand', amount }, 'expense { id amount currency version }').then((p) => p.expense);
const revenue = (campaignId: string, input: Record<string, unknown>) =>
  api.mutate('addCampaignRevenue', { campaignId, ...input }, 'revenue { id date amount currency order { id } version }').then((p) => p.revenue);
const read = async (id: string, selection = CAMPAIGN) => (await api.request(`query($id: ID!) { campaign(id: $id) { ${selection} } }`, { id })).data.campaign;

describe('campaigns', () => {
  it('computes total cost, revenue, profit and an exact ROI; no ROI without a cost', async () => {
    const fair = await campaign({ budget: '500' });
    expect(fair).toMatchObject({ status: 'PLANNED', budget: '500.00', totalCost: '0.00', totalRevenue: '0.00', profit: '0.00', roi: null, version: 1 });
    await revenue(fair.id, { date: '2025-03-02', amount: '1000' });
    expect(await read(fair.id, 'totalRevenue profit roi')).toEqual({ totalRevenue: '1000.00', profit: '1000.00', roi: null });
    await expense(fair.id, '100.00');
    await expense(fair.id, '200');
    expect(await read(fair.id, 'totalCost totalRevenue profit roi')).toEqual({ totalCost: '300.00', totalRevenue: '1000.00', profit: '700.00', roi: '2.3333' });
    await expense(fair.id, '1000.01');
    expect(await read(fair.id, 'totalCost profit roi')).toEqual({ totalCost: '1300.01', profit: '-300.01', roi: '-0.2308' });
  });

  it('creates the information source the campaign stands for, or takes the one given', async () => {
    const made = await campaign();
    expect(made.informationSource.name).toBe(made.name);
    const again = await api.request('mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { campaign { id } userErrors { field code } } }',
      { i: { name: made.name, kind: 'SEMINAR', startsOn: '2025-01-01', currency: 'EUR' } });
    expect(again.data.createCampaign).toEqual({ campaign: null, userErrors: [{ field: ['input', 'name'], code: 'DUPLICATE' }] });
    const shared = await campaign({ name: made.name.replace('Campaign', 'Second'), informationSourceId: made.informationSource.id });
    expect(shared.informationSource).toEqual(made.informationSource);
    expect(shared.endsOn).toBe('2025-03-03');
    const oneDay = await campaign({ endsOn: undefined, startsOn: '2025-05-05' });
    expect(oneDay.endsOn).toBe('2025-05-05');
  });

  it('refuses wrong input, each error on its field, and writes nothing', async () => {
    const before = (await api.request('{ campaigns { totalCount } }')).data.campaigns.totalCount;
    const create = (input: Record<string, unknown>) => f.run('createCampaign', {
      name: unique('Bad'), kind: 'SEMINAR', startsOn: '2025-03-01', currency: 'EUR', ...input,
    }, 'campaign { id }');
    expect((await create({ endsOn: '2025-02-28' })).errors).toEqual([['input.endsOn', 'OUT_OF_RANGE']]);
    expect((await create({ name: ' ' })).errors).toEqual([['input.name', 'REQUIRED']]);
    expect((await create({ budget: '-1' })).errors).toEqual([['input.budget', 'OUT_OF_RANGE']]);
    expect((await create({ budget: '1.001' })).errors).toEqual([['input.budget', 'INVALID']]);
    expect((await create({
      groupId: toGlobalId('CampaignGroup', 987654), responsibleEmployeeId: toGlobalId('Employee', 987654), informationSourceId: toGlobalId('Counterparty', 1),
    })).errors).toEqual([['input.informationSourceId', 'WRONG_TYPE'], ['input.groupId', 'NOT_FOUND'], ['input.responsibleEmployeeId', 'NOT_FOUND']]);
    expect((await api.request('{ campaigns { totalCount } }')).data.campaigns.totalCount).toBe(before);
  });

  it('moves along the allowed status transitions only; stale versions and unknown ids are refused', async () => {
    const run = await campaign();
    const change = (version: number, status: string, id = run.id) =>
      f.run('changeCampaignStatus', { id, expectedVersion: version, status }, 'campaign { status version }');
    expect((await change(1, 'FINISHED')).errors).toEqual([['input.status', 'INVALID_STATE']]);
    expect((await change(1, 'RUNNING')).payload.campaign).toEqual({ status: 'RUNNING', version: 2 });
    expect(errorCodes((await change(1, 'FINISHED')).result)).toEqual(['CONFLICT']);
    expect((await change(2, 'PLANNED')).errors).toEqual([['input.status', 'INVALID_STATE']]);
    expect((await change(2, 'CANCELLED')).payload.campaign).toEqual({ status: 'CANCELLED', version: 3 });
    expect((await change(3, 'PLANNED')).payload.campaign).toEqual({ status: 'PLANNED', version: 4 });
    await change(4, 'RUNNING');
    expect((await change(5, 'FINISHED')).payload.campaign).toEqual({ status: 'FINISHED', version: 6 });
    const final = await change(6, 'CANCELLED');
    expect(final.errors).toEqual([['input.status', 'INVALID_STATE']]);
    expect(final.payload.userErrors[0].message).toMatch(/final/);
    expect(errorCodes((await change(1, 'RUNNING', toGlobalId('Campaign', 987654))).result)).toEqual(['NOT_FOUND']);
    const update = await f.run('updateCampaign', { id: run.id, expectedVersion: 6, place: 'Hall 3', endsOn: '2025-02-01' }, 'campaign { place }');
    expect(update.errors).toEqual([['input.endsOn', 'OUT_OF_RANGE']]);
    expect((await f.run('updateCampaign', { id: run.id, expectedVersion: 6, place: 'Hall 3' }, 'campaign { place version }')).payload.campaign).toEqual({ place: 'Hall 3', version: 7 });
    expect(errorCodes((await f.run('updateCampaign', { id: run.id, expectedVersion: 6, place: 'x' }, 'campaign { id }')).result)).toEqual(['CONFLICT']);
  });

  it('keeps the currency while there is money in it', async () => {
    const priced = await campaign();
    expect((await f.run('updateCampaign', { id: priced.id, expectedVersion: 1, currency: 'usd' }, 'campaign { currency version }')).payload.campaign).toEqual({ currency: 'USD', version: 2 });
    const spent = await expense(priced.id, '1');
    expect(spent.currency).toBe('USD');
    expect((await f.run('updateCampaign', { id: priced.id, expectedVersion: 2, currency: 'EUR' }, 'campaign { id }')).errors).toEqual([['input.currency', 'INVALID_STATE']]);
    expect((await read(priced.id)).version).toBe(2);
  });

  it('takes each counterparty and person once as a participant, with the invitation\'s answer', async () => {
    const show = await campaign();
    const client = await f.counterparty('part');
    const person = await f.person(client);
    const add = (input: Record<string, unknown>) => f.run('addCampaignParticipant', { campaignId: show.id, ...input },
      'participant { id status invitedAt respondedAt note version counterparty { id } person { id } campaign { id } }');
    const first = await add({ counterpartyId: client, note: 'VIP' });
    expect(first.payload.participant).toMatchObject({ status: 'INVITED', respondedAt: null, note: 'VIP', counterparty: { id: client }, person: null, campaign: { id: show.id } });
    expect((await add({ counterpartyId: client })).errors).toEqual([['input.counterpartyId', 'DUPLICATE']]);
    expect((await add({})).errors).toEqual([['input.counterpartyId', 'REQUIRED']]);
    expect((await add({ counterpartyId: client, personId: person })).errors).toEqual([['input.personId', 'INVALID']]);
    expect((await add({ personId: toGlobalId('Person', 987654) })).errors).toEqual([['input.personId', 'NOT_FOUND']]);
    expect((await add({ personId: person, respondedAt: '2025-01-01T00:00:00Z' })).errors).toEqual([['input.respondedAt', 'INVALID']]);
    expect((await add({ campaignId: toGlobalId('Campaign', 987654), personId: person })).errors).toEqual([['input.campaignId', 'NOT_FOUND']]);
    const second = await add({ personId: person, status: 'CONFIRMED', invitedAt: '2025-01-01T00:00:00Z', respondedAt: '2025-01-02T00:00:00Z' });
    expect(second.payload.participant).toMatchObject({ status: 'CONFIRMED', respondedAt: '2025-01-02T00:00:00.000Z', person: { id: person } });

    // A lead takes part too: a contact card, once.
    const card = (await api.mutate('createContactCard', { name: `Lead ${show.id}` }, 'contactCard { id }')).contactCard.id;
    const lead = await f.run('addCampaignParticipant', { campaignId: show.id, contactCardId: card }, 'participant { contactCard { id } counterparty { id } }');
    expect(lead.payload.participant).toEqual({ contactCard: { id: card }, counterparty: null });
    expect((await add({ contactCardId: card })).errors).toEqual([['input.contactCardId', 'DUPLICATE']]);
    expect((await add({ contactCardId: card, personId: person })).errors).toEqual([['input.contactCardId', 'INVALID']]);
    expect((await add({ contactCardId: toGlobalId('ContactCard', 987654) })).errors).toEqual([['input.contactCardId', 'NOT_FOUND']]);

    const updated = await f.run('updateCampaignParticipant', { id: first.payload.participant.id, expectedVersion: 1, status: 'ATTENDED' }, 'participant { status respondedAt version }');
    expect(updated.payload.participant).toMatchObject({ status: 'ATTENDED', version: 2 });
    expect(updated.payload.participant.respondedAt).not.toBeNull();
    const back = await f.run('updateCampaignParticipant', { id: first.payload.participant.id, expectedVersion: 2, status: 'INVITED' }, 'participant { status respondedAt }');
    expect(back.payload.participant).toEqual({ status: 'INVITED', respondedAt: null });

    const ofClient = await api.request('query($id: ID!) { node(id: $id) { ... on Counterparty { campaigns { id } } } }', { id: client });
    expect(ofClient.data.node.campaigns).toEqual([{ id: show.id }]);

    const remove = (version: number) => f.run('removeCampaignParticipant', { id: second.payload.participant.id, expectedVersion: version }, 'deletedId');
    expect(errorCodes((await remove(5)).result)).toEqual(['CONFLICT']);
    expect((await remove(1)).payload).toEqual({ deletedId: second.payload.participant.id, userErrors: [] });
    expect(errorCodes((await remove(1)).result)).toEqual(['NOT_FOUND']);
    expect((await read(show.id, 'participants { totalCount }')).participants.totalCount).toBe(2); // the counterparty and the lead
  });

  it('keeps materials and expenses checked and versioned', async () => {
    const stand = await campaign();
    const material = await f.run('addCampaignMaterial', { campaignId: stand.id, name: 'Booklet', url: 'ftp://x', quantity: 0 }, 'material { id }');
    expect(material.errors).toEqual([['input.url', 'INVALID'], ['input.quantity', 'OUT_OF_RANGE']]);
    const booklet = (await api.mutate('addCampaignMaterial', { campaignId: stand.id, name: 'Booklet', url: 'https://example.com/b.pdf', quantity: 500 },
      'material { id name url quantity version campaign { id } }')).material;
    expect(booklet).toMatchObject({ name: 'Booklet', quantity: 500, version: 1, campaign: { id: stand.id } });
    expect((await f.run('updateCampaignMaterial', { id: booklet.id, expectedVersion: 1, quantity: null, url: null }, 'material { quantity url version }')).payload.material)
      .toEqual({ quantity: null, url: null, version: 2 });
    expect((await f.run('addCampaignExpense', { campaignId: stand.id, date: '2025-03-01', item: 'Rent', amount: '0' }, 'expense { id }')).errors).toEqual([['input.amount', 'OUT_OF_RANGE']]);
    const rent = await expense(stand.id, '10.50');
    expect((await f.run('updateCampaignExpense', { id: rent.id, expectedVersion: 1, amount: '12' }, 'expense { amount version }')).payload.expense).toEqual({ amount: '12.00', version: 2 });
    expect(errorCodes((await f.run('updateCampaignExpense', { id: rent.id, expectedVersion: 1, amount: '13' }, 'expense { id }')).result)).toEqual(['CONFLICT']);
    expect(errorCodes((await f.run('updateCampaignExpense', { id: toGlobalId('CampaignExpense', 987654), expectedVersion: 1, amount: '13' }, 'expense { id }')).result)).toEqual(['NOT_FOUND']);
    expect((await read(stand.id, 'totalCost')).totalCost).toBe('12.00');
    await api.mutate('removeCampaignExpense', { id: rent.id, expectedVersion: 2 }, 'deletedId');
    expect((await read(stand.id, 'totalCost')).totalCost).toBe('0.00');
  });

  it('takes a revenue from a POSTED order of a participant or of a client from its source, in its currency, once', async () => {
    const shop = await f.commerce('rev');
    const show = await campaign({ currency: 'EUR' });
    const participant = await f.counterparty('rev-in', { segment: shop.segment });
    const fromSource = await f.counterparty('rev-src', { segment: shop.segment, informationSourceId: show.informationSource.id });
    const stranger = await f.counterparty('rev-out', { segment: shop.segment });
    await api.mutate('addCampaignParticipant', { campaignId: show.id, counterpartyId: participant }, 'participant { id }');
    const order = await shop.order(participant, '2025-03-10', '3');
    const draft = await shop.order(participant, '2025-03-10', '1', true);
    const sourced = await shop.order(fromSource, '2025-03-11', '2');
    const strangers = await shop.order(stranger, '2025-03-11', '2');
    const add = (input: Record<string, unknown>) => f.run('addCampaignRevenue', { campaignId: show.id, ...input }, 'revenue { date amount currency order { id } }');
    expect((await add({ orderId: strangers })).errors).toEqual([['input.orderId', 'INVALID']]);
    expect((await add({ orderId: draft })).errors).toEqual([['input.orderId', 'INVALID_STATE']]);
    expect((await add({ orderId: order, amount: '30.01' })).errors).toEqual([['input.amount', 'OUT_OF_RANGE']]);
    expect((await add({})).errors).toEqual([['input.date', 'REQUIRED'], ['input.amount', 'REQUIRED']]);
    expect((await add({ orderId: order })).payload.revenue).toEqual({ date: '2025-03-10', amount: '30.00', currency: 'EUR', order: { id: order } });
    expect((await add({ orderId: order, amount: '1' })).errors).toEqual([['input.orderId', 'DUPLICATE']]);
    expect((await add({ orderId: sourced, amount: '5.5', date: '2025-03-12' })).payload.revenue).toEqual({ date: '2025-03-12', amount: '5.50', currency: 'EUR', order: { id: sourced } });
    expect((await read(show.id, 'totalRevenue')).totalRevenue).toBe('35.50');
    const inUsd = await campaign({ currency: 'USD' });
    await api.mutate('addCampaignParticipant', { campaignId: inUsd.id, counterpartyId: participant }, 'participant { id }');
    expect((await f.run('addCampaignRevenue', { campaignId: inUsd.id, orderId: order }, 'revenue { id }')).errors).toEqual([['input.orderId', 'INVALID']]);
  });

  it('files campaigns in folders and filters by them', async () => {
    const root = (await api.mutate('createCampaignGroup', { name: unique('Fairs') }, 'group { id version }')).group;
    const child = (await api.mutate('createCampaignGroup', { name: '2025', parentId: root.id }, 'group { id path }')).group;
    const filed = await campaign({ groupId: child.id });
    expect(filed.group).toEqual({ id: child.id, path: `${(await api.request(`query { node(id: "${root.id}") { ... on CampaignGroup { name } } }`)).data.node.name}/2025` });
    const found = await api.request('query($w: CampaignFilter) { campaigns(where: $w) { edges { node { id } } } }', { w: { groupId: root.id } });
    expect(found.data.campaigns.edges).toEqual([{ node: { id: filed.id } }]);
    const refused = await f.run('deleteCampaignGroup', { id: child.id }, 'deletedId');
    expect(refused.errors).toEqual([['input.id', 'NOT_EMPTY']]);
    expect((await f.run('moveCampaignGroup', { id: root.id, expectedVersion: 1, parentId: child.id }, 'group { id }')).errors).toEqual([['input.parentId', 'CYCLE']]);
  });

  it('pages each tab per campaign in one statement per level, whatever the number of campaigns', async () => {
    const group = (await api.mutate('createCampaignGroup', { name: unique('Paging') }, 'group { id }')).group.id;
    const client = await f.counterparty('paging');
    const made = [];
    for (let i = 0; i < 6; i += 1) {
      const one = await campaign({ groupId: group, startsOn: `2025-0${i + 1}-01`, endsOn: `2025-0${i + 1}-02` });
      made.push(one);
      for (const [day, amount] of [['03', '1.00'], ['01', '2.00'], ['02', '3.00']]) await expense(one.id, amount, `2025-01-${day}`);
      await revenue(one.id, { date: '2025-02-01', amount: '10' });
      await api.mutate('addCampaignParticipant', { campaignId: one.id, counterpartyId: client }, 'participant { id }');
      await api.mutate('addCampaignMaterial', { campaignId: one.id, name: 'Flyer' }, 'material { id }');
    }
    const query = `query($first: Int!, $w: CampaignFilter) { campaigns(first: $first, where: $w) { edges { node {
      name totalCost roi
      participants(first: 5) { totalCount edges { node { status counterparty { id } } } }
      materials(first: 5) { edges { node { name } } }
      expenses(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { date amount } } }
      revenues(first: 2) { edges { node { amount } } }
    } } } }`;
    const few = await api.request(query, { first: 2, w: { groupId: group } });
    const many = await api.request(query, { first: 6, w: { groupId: group } });
    expect(many.errors).toBeUndefined();
    const nodes = many.data.campaigns.edges.map((edge: any) => edge.node);
    expect(nodes).toHaveLength(6);
    expect(nodes[0].name).toBe(made[5].name);
    expect(nodes.every((node: any) => node.totalCost === '6.00' && node.roi === '0.6667' && node.participants.totalCount === 1
      && node.participants.edges[0].node.counterparty.id === client && node.materials.edges.length === 1 && node.revenues.edges.length === 1)).toBe(true);
    expect(nodes[0].expenses.edges.map((edge: any) => edge.node)).toEqual([{ date: '2025-01-01', amount: '2.00' }, { date: '2025-01-02', amount: '3.00' }]);
    expect(nodes[0].expenses.totalCount).toBe(3);
    expect(nodes[0].expenses.pageInfo.hasNextPage).toBe(true);
    // authentication, the page, then one statement each: sums, participants (+ count, + their
    // counterparties), materials, expenses (+ count), revenues
    expect(few.statements).toBe(many.statements);
    expect(many.statements).toBe(10);
    // Backward pages of the tabs are read per level the same way.
    const backward = query.replace(/\((first): (\d)\)/g, '(last: $2)');
    expect(backward).not.toBe(query);
    const [fewBack, manyBack] = [await api.request(backward, { first: 2, w: { groupId: group } }), await api.request(backward, { first: 6, w: { groupId: group } })];
    expect(manyBack.errors).toBeUndefined();
    expect(manyBack.data.campaigns.edges[0].node.expenses.edges.map((edge: any) => edge.node)).toEqual([{ date: '2025-01-02', amount: '3.00' }, { date: '2025-01-03', amount: '1.00' }]);
    expect([fewBack.statements, manyBack.statements]).toEqual([10, 10]);

    const next = await api.request('query($id: ID!, $after: String) { campaign(id: $id) { expenses(first: 2, after: $after) { pageInfo { hasNextPage } edges { node { date } } } } }',
      { id: made[0].id, after: nodes[5].expenses.pageInfo.endCursor });
    expect(next.data.campaign.expenses).toEqual({ pageInfo: { hasNextPage: false }, edges: [{ node: { date: '2025-01-03' } }] });
    const oversized = await api.request('query($id: ID!) { campaign(id: $id) { expenses(first: 101) { totalCount } } }', { id: made[0].id });
    expect(errorCodes(oversized)).toEqual(['BAD_USER_INPUT']);
    const malformed = await api.request('query($id: ID!) { campaign(id: $id) { participants(first: 1, after: "nonsense") { totalCount } } }', { id: made[0].id });
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await api.request('{ campaigns(first: 101) { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await api.request('{ campaigns(after: "bad") { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
  });

  it('pages every tab backward through the same items as forward, and refuses bad backward arguments', async () => {
    const fair = await campaign();
    for (const [i, day] of ['03', '01', '02'].entries()) {
      await expense(fair.id, `${i + 1}.00`, `2025-01-${day}`);
      await revenue(fair.id, { date: `2025-02-${day}`, amount: `${i + 10}` });
      await api.mutate('addCampaignParticipant', { campaignId: fair.id, counterpartyId: await f.counterparty(`tab-${i}`) }, 'participant { id }');
      await api.mutate('addCampaignMaterial', { campaignId: fair.id, name: `Flyer ${i}` }, 'material { id }');
    }
    for (const tab of ['participants', 'materials', 'expenses', 'revenues']) {
      const paged = {
        send: (variables: Record<string, unknown>) => api.request(`query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
          campaign(id: $id) { ${tab}(first: $first, after: $after, last: $last, before: $before) { edges { node { id } } ${PAGE_INFO} } } }`, { id: fair.id, ...variables }),
        path: ['campaign', tab],
      };
      expect(await expectSameItemsBothWays(paged)).toHaveLength(3);
      await expectPagingRefusals(paged);
    }
  });
});
