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

const ANALYSIS = `query($from: LocalDate!, $to: LocalDate!, $tz: String, $groupBy: [SourceAnalysisGrouping!]!, $where: SourceAnalysisFilter) {
  sourceAnalysis(from: $from, to: $to, timeZone: $tz, groupBy: $groupBy, where: $where) {
    informationSource { id } campaign { id } month contacts newClients orders
    sales { currency orders amount cost uncostedAmount profit }
  }
}`;
const FIGURES = `query($from: LocalDate!, $to: LocalDate!, $tz: String, $groupBy: [SourceAnalysisGrouping!]!, $where: SourceAnalysisFilter) {
  sourceAnalysis(from: $from, to: $to, timeZone: $tz, groupBy: $groupBy, where: $where) { month contacts newClients orders sales { amount } }
}`;

const eur = (orders: number, amount: string, cost: string, uncostedAmount: string, profit: string) =>
  ({ currency: 'EUR', orders, amount, cost, uncostedAmount, profit });

/**
 * Orders are 10 EUR a unit; the product's EUR cost is 6.00 from 12 April 2024 and 7.25 from 18 April
 * (none before). Source R ("Radio"): A (first order in March; 3 on 15 April, 1 on 2 May) and B (1 on
 * 5 April, uncosted, and 4 on 20 April). Campaign C (1–10 April, its source "Calls"): participant D
 * (1 on 28 March, 2 on 11 April, uncosted), a person of E (1 on 25 April) and F, from its source
 * (2 on 12 April). Contacts: A at 00:30 on 1 April in Kyiv (still March in UTC), naming no source;
 * A on 5 April naming the campaign's source; D on 3 April; B at 00:30 on 1 June in Kyiv (31 May in
 * UTC); a planned one of B's.
 */
async function scene() {
  const shop = await f.commerce('sa');
  const cost = (await api.mutate('createPriceType', { code: 'cost-eur', name: 'Cost EUR', currency: 'EUR', purpose: 'COST' }, 'priceType { id }')).priceType.id;
  await api.mutate('setPrice', { productId: shop.product, priceTypeId: cost, effectiveFrom: '2024-04-12', price: '6' }, 'price { id }');
  await api.mutate('setPrice', { productId: shop.product, priceTypeId: cost, effectiveFrom: '2024-04-18', price: '7.25' }, 'price { id }');
  const radio = (await api.mutate('createInformationSource', { name: `Radio ${process.pid}` }, 'informationSource { id }')).informationSource.id as string;
  const campaign = (await api.mutate('createCampaign', {
    name: `Calls ${process.pid}`, kind: 'CALL_CAMPAIGN', startsOn: '2024-04-01', endsOn: '2024-04-10', currency: 'EUR',
  }, 'campaign { id informationSource { id } }')).campaign;
  const calls = campaign.informationSource.id as string;
  const counterparty = (name: string, extra: Record<string, unknown> = {}) => f.counterparty(name, { segment: shop.segment, ...extra });
  const a = await counterparty('sa-a', { informationSourceId: radio });
  const b = await counterparty('sa-b', { informationSourceId: radio });
  const d = await counterparty('sa-d');
  const e = await counterparty('sa-e');
  const fromCalls = await counterparty('sa-f', { informationSourceId: calls });
  await api.mutate('addCampaignParticipant', { campaignId: campaign.id, counterpartyId: d }, 'participant { id }');
  await api.mutate('addCampaignParticipant', { campaignId: campaign.id, personId: await f.person(e) }, 'participant { id }');
  for (const [who, date, quantity] of [
    [a, '2024-03-25', '2'], [a, '2024-04-15', '3'], [a, '2024-05-02', '1'], [b, '2024-04-05', '1'], [b, '2024-04-20', '4'],
    [d, '2024-03-28', '1'], [d, '2024-04-11', '2'], [e, '2024-04-25', '1'], [fromCalls, '2024-04-12', '2'],
  ]) await shop.order(who, date, quantity);
  await shop.order(a, '2024-04-16', '9', true); // a DRAFT: no sale
  const entry = (counterpartyId: string, happenedAt: string, extra: Record<string, unknown> = {}) => api.mutate('createChronicleEntry', {
    counterpartyId, kind: 'CALL', status: 'DONE', happenedAt, subject: 'Call', ...extra,
  }, 'chronicleEntry { id }');
  await entry(a, '2024-03-31T21:30:00Z');
  await entry(a, '2024-04-05T10:00:00Z', { informationSourceId: calls });
  await entry(d, '2024-04-03T09:00:00Z');
  await entry(b, '2024-05-31T21:30:00Z');
  await entry(b, '2024-04-10T10:00:00Z', { status: 'PLANNED', happenedAt: undefined, plannedAt: '2024-04-10T10:00:00Z' });
  return { radio, calls, campaign: campaign.id as string };
}

describe('sourceAnalysis', () => {
  it('counts contacts, new clients, sales, their cost and profit per source or campaign, and per month in the time zone', async () => {
    const { radio, calls, campaign } = await scene();
    const ask = async (variables: Record<string, unknown>) => {
      const result = await api.request(ANALYSIS, {
        from: '2024-04-01', to: '2024-05-31', tz: 'Europe/Kyiv', where: { informationSourceIds: [radio, calls] }, ...variables,
      });
      expect(result.errors).toBeUndefined();
      return result.data.sourceAnalysis.map((row: any) => ({ ...row, informationSource: row.informationSource.id, campaign: row.campaign?.id ?? null }));
    };

    // By source, by name: "Calls" before "Radio". R's contact at 00:30 on 1 April in Kyiv is in,
    // B's at 00:30 on 1 June is out; A, a client since March, is not new; B is.
    expect(await ask({ groupBy: ['SOURCE'] })).toEqual([
      { informationSource: calls, campaign: null, month: null, contacts: 1, newClients: 1, orders: 1, sales: [eur(1, '20.00', '12.00', '0.00', '8.00')] },
      { informationSource: radio, campaign: null, month: null, contacts: 1, newClients: 1, orders: 4, sales: [eur(4, '90.00', '54.25', '10.00', '25.75')] },
    ]);

    expect(await ask({ groupBy: ['SOURCE', 'MONTH'] })).toEqual([
      { informationSource: calls, campaign: null, month: '2024-04-01', contacts: 1, newClients: 1, orders: 1, sales: [eur(1, '20.00', '12.00', '0.00', '8.00')] },
      { informationSource: radio, campaign: null, month: '2024-04-01', contacts: 1, newClients: 1, orders: 3, sales: [eur(3, '80.00', '47.00', '10.00', '23.00')] },
      { informationSource: radio, campaign: null, month: '2024-05-01', contacts: 0, newClients: 0, orders: 1, sales: [eur(1, '10.00', '7.25', '0.00', '2.75')] },
    ]);

    // In UTC the first contact is March's (out) and B's last is May's.
    const utc = await ask({ groupBy: ['MONTH', 'SOURCE'], tz: undefined });
    expect(utc.map((row: any) => [row.informationSource, row.month, row.contacts])).toEqual([
      [calls, '2024-04-01', 1], [radio, '2024-04-01', 0], [radio, '2024-05-01', 1],
    ]);

    // The campaign reaches D (participant), E (through its person) and F (from its source), from
    // 1 April on: D's March order is before it; its contacts are A's naming its source and D's.
    expect(await ask({ groupBy: ['CAMPAIGN'] })).toEqual([
      { informationSource: calls, campaign, month: null, contacts: 2, newClients: 2, orders: 3, sales: [eur(3, '50.00', '19.25', '20.00', '10.75')] },
    ]);
    expect(await ask({ groupBy: ['CAMPAIGN'], where: { campaignIds: [campaign] } })).toHaveLength(1);
    expect(await ask({ groupBy: ['CAMPAIGN'], where: { informationSourceIds: [radio] } })).toEqual([]);
    // Before the campaign's start nothing of it counts; an empty period answers no rows.
    expect(await ask({ groupBy: ['CAMPAIGN'], from: '2024-03-01', to: '2024-03-31' })).toEqual([]);
    expect(await ask({ groupBy: ['SOURCE'], from: '2020-01-01', to: '2020-01-31' })).toEqual([]);

    // One statement whatever the rows: authentication and the report.
    const month = await api.request(FIGURES, { from: '2024-04-01', to: '2024-05-31', groupBy: ['SOURCE', 'MONTH'], where: { informationSourceIds: [radio, calls] } });
    const one = await api.request(FIGURES, { from: '2024-05-01', to: '2024-05-31', groupBy: ['SOURCE'], where: { informationSourceIds: [radio] } });
    expect(month.data.sourceAnalysis).toHaveLength(3);
    expect(one.data.sourceAnalysis).toHaveLength(1);
    expect([month.statements, one.statements]).toEqual([2, 2]);
  });

  it('refuses a grouping that is not one, a filter it cannot apply, ids of another type and a bad period', async () => {
    const radio = (await api.mutate('createInformationSource', { name: `Refused ${process.pid}` }, 'informationSource { id }')).informationSource.id as string;
    const ask = async (variables: Record<string, unknown>) => {
      const result = await api.request(FIGURES, { from: '2024-01-01', to: '2024-01-31', groupBy: ['SOURCE'], ...variables });
      return [errorCodes(result), result.errors?.[0]?.extensions?.field ?? null];
    };
    expect(await ask({ groupBy: [] })).toEqual([['BAD_USER_INPUT'], ['groupBy']]);
    expect(await ask({ groupBy: ['MONTH'] })).toEqual([['BAD_USER_INPUT'], ['groupBy']]);
    expect(await ask({ groupBy: ['SOURCE', 'CAMPAIGN'] })).toEqual([['BAD_USER_INPUT'], ['groupBy']]);
    expect(await ask({ where: { campaignIds: [] } })).toEqual([['BAD_USER_INPUT'], ['where', 'campaignIds']]);
    expect(await ask({ groupBy: ['CAMPAIGN'], where: { campaignIds: [radio] } })).toEqual([['BAD_USER_INPUT'], ['where', 'campaignIds', '0']]);
    expect(await ask({ tz: 'Mars/Olympus' })).toEqual([['BAD_USER_INPUT'], ['timeZone']]);
    expect(await ask({ to: '2023-12-31' })).toEqual([['BAD_USER_INPUT'], ['to']]);
    expect(await ask({ to: '2027-12-31' })).toEqual([['BAD_USER_INPUT'], ['to']]);
    expect(await ask({ where: { informationSourceIds: [radio] } })).toEqual([[], null]);
  });
});
