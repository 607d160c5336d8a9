import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../lib/global-id.js';
import { errorCodes, startTestApi, type TestApi } from '../../testing/api.js';
import { claimFixtures } from '../claims/claims-fixtures.js';

let api: TestApi;
let f: ReturnType<typeof claimFixtures>;
beforeAll(async () => {
  api = await startTestApi();
  f = claimFixtures(api);
});
afterAll(async () => { await api?.stop(); });

/**
 * A call campaign from 1 to 10 April 2024 in EUR, costing 40.00, with participants A (first order
 * ever on 15 April), B (a client since March, ordering again on 12 April) and a person P of D (an
 * order on 11 April), and C, which came from the campaign's source (first order on 20 April).
 * Orders are 10 EUR a piece.
 */
async function scene(prefix: string) {
  const shop = await f.commerce(prefix);
  const call = (await api.mutate('createCampaign', {
    name: `${prefix} calls ${process.pid}`, kind: 'CALL_CAMPAIGN', startsOn: '2024-04-01', endsOn: '2024-04-10', currency: 'EUR',
  }, 'campaign { id informationSource { id } }')).campaign;
  const [a, b, d] = [await f.counterparty(`${prefix}-a`, { segment: shop.segment }), await f.counterparty(`${prefix}-b`, { segment: shop.segment }),
    await f.counterparty(`${prefix}-d`, { segment: shop.segment })];
  const c = await f.counterparty(`${prefix}-c`, { segment: shop.segment, informationSourceId: call.informationSource.id });
  const p = await f.person(d);
  for (const owner of [{ counterpartyId: a }, { counterpartyId: b }, { personId: p }]) {
    await api.mutate('addCampaignParticipant', { campaignId: call.id, ...owner }, 'participant { id }');
  }
  await api.mutate('addCampaignExpense', { campaignId: call.id, date: '2024-03-20', item: 'Call centre', amount: '40' }, 'expense { id }');
  await shop.order(a, '2024-04-15', '3');
  await shop.order(b, '2024-03-25', '2');
  await shop.order(b, '2024-04-12', '5');
  await shop.order(b, '2024-04-13', '7', true);
  await shop.order(d, '2024-04-11', '1');
  await shop.order(c, '2024-04-20', '1');
  // A's call at 01:30 on 1 April in Kyiv, still 31 March in UTC; B's in the middle of the campaign.
  const entry = (counterpartyId: string, happenedAt: string, extra: Record<string, unknown> = {}) => api.mutate('createChronicleEntry', {
    counterpartyId, kind: 'CALL', status: 'DONE', happenedAt, subject: 'Call', ...extra,
  }, 'chronicleEntry { id }');
  await entry(a, '2024-03-31T22:30:00Z');
  await entry(b, '2024-04-05T10:00:00Z');
  await entry(b, '2024-04-05T11:00:00Z', { status: 'PLANNED', happenedAt: undefined, plannedAt: '2024-04-05T11:00:00Z' });
  await entry(c, '2024-04-21T09:00:00Z');
  return { shop, call, a, b, c, d, p };
}

const EFFECTIVENESS = `query($from: LocalDate!, $to: LocalDate!, $tz: String) { campaignEffectiveness(from: $from, to: $to, timeZone: $tz) {
  campaign { id } contacts newClients orders revenue cost profit currency } }`;
const SOURCES = `query($from: LocalDate!, $to: LocalDate!, $tz: String) { sourceEffectiveness(from: $from, to: $to, timeZone: $tz) {
  informationSource { id } campaigns contacts newClients orders revenue { currency amount } cost { currency amount } profit { currency amount } } }`;

describe('campaign analytics', () => {
  it('counts the leads a campaign brought and the deals it won, and takes a won deal of its own as a revenue', async () => {
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const fair = (await api.mutate('createCampaign', {
      name: `Leads fair ${process.pid}`, kind: 'EXHIBITION', startsOn: day(-5), endsOn: day(5), currency: 'EUR',
    }, 'campaign { id informationSource { id } }')).campaign;
    const card = (name: string, input: Record<string, unknown> = {}) =>
      api.mutate('createContactCard', { name: `${name} ${process.pid}`, ...input }, 'contactCard { id }').then((p) => p.contactCard.id as string);
    await card('Came by the source', { informationSourceId: fair.informationSource.id });
    const visitor = await card('Visited the stand');
    await card('Unrelated');
    await api.mutate('addCampaignParticipant', { campaignId: fair.id, contactCardId: visitor }, 'participant { id }');
    const client = await f.counterparty('leads-client');
    const deal = async (input: Record<string, unknown>, result: string) => {
      const created = (await api.mutate('createDeal', { counterpartyId: client, name: 'Stand deal', amount: '500', currency: 'EUR', column: 'CONTACT_3', ...input }, 'deal { id version }')).deal;
      const lost = result === 'LOST' ? { lostReasonId: (await api.mutate('createLostReason', { name: `Price ${Math.random()}` }, 'lostReason { id }')).lostReason.id } : {};
      return (await api.mutate('moveDeal', { id: created.id, expectedVersion: created.version, column: 'RESULT', result, ...lost }, 'deal { id }')).deal.id as string;
    };
    const won = await deal({ campaignId: fair.id }, 'WON_PURCHASE');
    const lost = await deal({ campaignId: fair.id }, 'LOST');
    const elsewhere = await deal({}, 'WON_PURCHASE');

    // The stand's visitor becomes a client by conversion.
    const { version } = (await api.request(`query($id: ID!) { contactCard(id: $id) { version } }`, { id: visitor })).data.contactCard;
    await api.mutate('convertContactCard', { id: visitor, expectedVersion: version }, 'counterparty { id }');

    const rows = (await api.request(`query($from: LocalDate!, $to: LocalDate!) { campaignEffectiveness(from: $from, to: $to) {
      campaign { id } newContactCards newClients dealsWon } }`, { from: day(-1), to: day(1) })).data.campaignEffectiveness;
    expect(rows.find((row: { campaign: { id: string } }) => row.campaign.id === fair.id))
      .toEqual({ campaign: { id: fair.id }, newContactCards: 2, newClients: 1, dealsWon: 1 });
    const sources = (await api.request(`query($from: LocalDate!, $to: LocalDate!) { sourceEffectiveness(from: $from, to: $to) {
      informationSource { id } newContactCards dealsWon } }`, { from: day(-1), to: day(1) })).data.sourceEffectiveness;
    expect(sources.find((row: { informationSource: { id: string } }) => row.informationSource.id === fair.informationSource.id))
      .toEqual({ informationSource: { id: fair.informationSource.id }, newContactCards: 1, dealsWon: 0 });

    const add = (input: Record<string, unknown>) => f.run('addCampaignRevenue', { campaignId: fair.id, ...input }, 'revenue { amount deal { id } }');
    expect((await add({ dealId: lost })).errors).toEqual([['input.dealId', 'INVALID_STATE']]);
    expect((await add({ dealId: elsewhere })).errors).toEqual([['input.dealId', 'INVALID']]);
    expect((await add({ dealId: won })).payload.revenue).toEqual({ amount: '500.00', deal: { id: won } });
    expect((await add({ dealId: won })).errors).toEqual([['input.dealId', 'DUPLICATE']]);
    const totals = await api.request(`query($id: ID!) { campaign(id: $id) { totalRevenue } }`, { id: fair.id });
    expect(totals.data.campaign.totalRevenue).toBe('500.00');
  });

  it('counts each campaign\'s contacts, new clients, revenue and profit in a period, days in the time zone', async () => {
    const { call } = await scene('eff');
    const row = async (from: string, to: string, tz?: string) => {
      const result = await api.request(EFFECTIVENESS, { from, to, tz });
      expect(result.errors).toBeUndefined();
      return result.data.campaignEffectiveness.find((r: any) => r.campaign.id === call.id);
    };
    // In Kyiv A's call falls on 1 April; C's contact is with a client that came from the source.
    // New clients: A, C and D (reached through its person P), not B (a client since March).
    expect(await row('2024-04-01', '2024-04-30', 'Europe/Kyiv')).toEqual({
      campaign: { id: call.id }, contacts: 3, newClients: 3, orders: 4, revenue: '100.00', cost: '40.00', profit: '60.00', currency: 'EUR',
    });
    expect((await row('2024-04-01', '2024-04-30')).contacts).toBe(2);
    // A period ending on the campaign's first day: A's call (31 March in UTC) counts; B's March
    // order came before the campaign, so it does not.
    expect(await row('2024-03-01', '2024-04-01')).toEqual({
      campaign: { id: call.id }, contacts: 1, newClients: 0, orders: 0, revenue: '0.00', cost: '40.00', profit: '-40.00', currency: 'EUR',
    });
    // Up to 14 April: B's and D's orders (D's first); A's and C's first orders come later.
    expect(await row('2024-04-10', '2024-04-14', 'Europe/Kyiv')).toMatchObject({ contacts: 0, newClients: 1, orders: 2, revenue: '60.00', profit: '20.00' });
    expect(await row('2024-05-01', '2024-05-31')).toBeUndefined();
  });

  it('counts per information source what the clients that came from it brought', async () => {
    const { call } = await scene('src');
    const result = await api.request(SOURCES, { from: '2024-04-01', to: '2024-04-30', tz: 'Europe/Kyiv' });
    expect(result.errors).toBeUndefined();
    const row = result.data.sourceEffectiveness.find((r: any) => r.informationSource.id === call.informationSource.id);
    expect(row).toEqual({
      informationSource: { id: call.informationSource.id }, campaigns: 1, contacts: 1, newClients: 1, orders: 1,
      revenue: [{ currency: 'EUR', amount: '10.00' }], cost: [{ currency: 'EUR', amount: '40.00' }], profit: [{ currency: 'EUR', amount: '-30.00' }],
    });
  });

  it('compares the participants\' sales in the days after the campaign with those before it', async () => {
    const { call } = await scene('after');
    const query = 'query($id: ID!, $days: Int!) { salesAfterCampaign(campaignId: $id, days: $days) { campaign { id } days beforeFrom beforeTo afterFrom afterTo counterparties byCurrency { currency ordersBefore ordersAfter before after change } } }';
    const ten = await api.request(query, { id: call.id, days: 10 });
    expect(ten.data.salesAfterCampaign).toEqual({
      campaign: { id: call.id }, days: 10, beforeFrom: '2024-03-22', beforeTo: '2024-03-31', afterFrom: '2024-04-11', afterTo: '2024-04-20', counterparties: 3,
      byCurrency: [{ currency: 'EUR', ordersBefore: 1, ordersAfter: 3, before: '20.00', after: '90.00', change: '70.00' }],
    });
    // One day each side: D's order on 11 April only.
    expect((await api.request(query, { id: call.id, days: 1 })).data.salesAfterCampaign.byCurrency)
      .toEqual([{ currency: 'EUR', ordersBefore: 0, ordersAfter: 1, before: '0.00', after: '10.00', change: '10.00' }]);
    expect(errorCodes(await api.request(query, { id: toGlobalId('Campaign', 987654), days: 10 }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await api.request(query, { id: call.id, days: 0 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await api.request(query, { id: call.id, days: 367 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a bad period or time zone', async () => {
    expect(errorCodes(await api.request(EFFECTIVENESS, { from: '2024-04-02', to: '2024-04-01' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await api.request(SOURCES, { from: '2024-04-01', to: '2024-04-30', tz: 'Mars/Olympus' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await api.request(EFFECTIVENESS, { from: '2020-01-01', to: '2024-01-01' }))).toEqual(['BAD_USER_INPUT']);
  });
});
