import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRowFieldErrors, importStatuses, startTestApi, type TestApi } from '../../testing/api.js';
import { claimFixtures } from '../claims/claims-fixtures.js';

let api: TestApi;
let f: ReturnType<typeof claimFixtures>;
beforeAll(async () => {
  api = await startTestApi();
  f = claimFixtures(api);
});
afterAll(async () => { await api?.stop(); });

const key = (prefix: string) => `${prefix}-${process.pid}`;
const byExternalId = async (externalId: string) => {
  const result = await api.request('{ campaigns(first: 100) { edges { node { externalId name status place budget currency informationSource { name } group { path } } } } }');
  return result.data.campaigns.edges.map((edge: any) => edge.node).find((node: any) => node.externalId === externalId);
};

describe('importCampaigns', () => {
  it('creates, leaves unchanged, updates, and fails rows by the rules of the mutations', async () => {
    const p = key('imp');
    await api.mutate('createCampaignGroup', { name: `Fairs ${p}` }, 'group { id }');
    const row = { externalId: `${p}-1`, name: `Fair ${p}`, kind: 'EXHIBITION', startsOn: '2025-06-01', endsOn: '2025-06-03', currency: 'EUR', groupPath: `fairs ${p}`, budget: '100' };
    const first = await api.importRows('importCampaigns', [
      row,
      { externalId: `${p}-2`, name: `Bad ${p}`, kind: 'SEMINAR', startsOn: '2025-06-02', endsOn: '2025-06-01', currency: 'EUR' },
      { externalId: `${p}-3`, kind: 'SEMINAR' },
      { externalId: `${p}-4`, name: `History ${p}`, kind: 'MAILING', startsOn: '2024-01-01', currency: 'UAH', status: 'FINISHED', informationSourceName: `Fair ${p}` },
    ]);
    expect(importStatuses(first)).toEqual(['CREATED', 'FAILED', 'FAILED', 'FAILED']);
    expect(importRowFieldErrors(first, 1)).toEqual([['endsOn', 'OUT_OF_RANGE']]);
    expect(importRowFieldErrors(first, 2)).toEqual([['name', 'REQUIRED'], ['startsOn', 'REQUIRED'], ['currency', 'REQUIRED']]);
    // Its source, named like the first campaign, is made in the same chunk: not there when checked.
    expect(importRowFieldErrors(first, 3)).toEqual([['informationSourceName', 'NOT_FOUND']]);
    expect(await byExternalId(`${p}-1`)).toMatchObject({ status: 'PLANNED', budget: '100.00', informationSource: { name: `Fair ${p}` }, group: { path: `Fairs ${p}` } });

    const second = await api.importRows('importCampaigns', [
      { ...row, budget: '100.00' },
      { externalId: `${p}-4`, name: `History ${p}`, kind: 'MAILING', startsOn: '2024-01-01', currency: 'UAH', status: 'FINISHED', informationSourceName: `fair ${p}` },
      { externalId: `${p}-5`, name: `Fair ${p}`, kind: 'OTHER', startsOn: '2025-01-01', currency: 'EUR' },
    ]);
    expect(importStatuses(second)).toEqual(['UNCHANGED', 'CREATED', 'FAILED']);
    expect(importRowFieldErrors(second, 2)).toEqual([['name', 'DUPLICATE']]);
    expect(await byExternalId(`${p}-4`)).toMatchObject({ status: 'FINISHED', informationSource: { name: `Fair ${p}` } });

    const third = await api.importRows('importCampaigns', [
      { externalId: `${p}-1`, place: 'Hall 1', status: 'PLANNED' },
      { externalId: `${p}-4`, status: 'RUNNING' },
    ]);
    expect(importStatuses(third)).toEqual(['UPDATED', 'FAILED']);
    expect(importRowFieldErrors(third, 1)).toEqual([['status', 'INVALID_STATE']]);
    expect((await byExternalId(`${p}-1`)).place).toBe('Hall 1');
    expect(importStatuses(await api.importRows('importCampaigns', [{ externalId: `${p}-1`, place: 'Hall 2' }], { mode: 'CREATE_ONLY' }))).toEqual(['FAILED']);
  });

  it('writes nothing of an atomic call with a failing row', async () => {
    const p = key('atomic');
    const answer = await api.importRows('importCampaigns', [
      { externalId: `${p}-1`, name: `Atomic ${p}`, kind: 'OTHER', startsOn: '2025-01-01', currency: 'EUR' },
      { externalId: `${p}-2`, name: `Atomic two ${p}`, kind: 'OTHER', startsOn: '2025-01-01', currency: 'EUR', responsibleEmployeeEmail: `nobody-${p}@example.com` },
    ], { atomic: true });
    expect(importStatuses(answer)).toEqual(['SKIPPED', 'FAILED']);
    expect(await byExternalId(`${p}-1`)).toBeUndefined();
    const sources = await api.request('{ informationSources(first: 100) { edges { node { name } } } }');
    expect(sources.data.informationSources.edges.map((edge: any) => edge.node.name)).not.toContain(`Atomic ${p}`);
  });
});

describe('importCampaignParticipants', () => {
  it('matches participants by campaign and counterparty or person, creating, updating and failing rows', async () => {
    const p = key('part');
    await api.importRows('importCampaigns', [{ externalId: `${p}-c`, name: `Seminar ${p}`, kind: 'SEMINAR', startsOn: '2025-02-01', currency: 'EUR' }]);
    await api.mutate('createCounterparty', { kind: 'ORGANIZATION', name: `Client ${p}`, externalId: `${p}-cp` }, 'counterparty { id }');
    const holder = await f.counterparty('part-holder');
    await api.mutate('createPerson', { lastName: `Person ${p}`, externalId: `${p}-p`, positions: [{ counterpartyId: holder }] }, 'person { id }');
    const rows = [
      { campaignExternalId: `${p}-c`, counterpartyExternalId: `${p}-cp`, status: 'CONFIRMED', invitedAt: '2025-01-10T00:00:00Z' },
      { campaignExternalId: `${p}-c`, personExternalId: `${p}-p` },
      { campaignExternalId: `${p}-c` },
      { campaignExternalId: `${p}-c`, counterpartyExternalId: `${p}-none` },
      { campaignExternalId: `${p}-none`, personExternalId: `${p}-p` },
    ];
    const first = await api.importRows('importCampaignParticipants', rows);
    expect(importStatuses(first)).toEqual(['CREATED', 'CREATED', 'FAILED', 'FAILED', 'FAILED']);
    expect(importRowFieldErrors(first, 2)).toEqual([['counterpartyExternalId', 'REQUIRED']]);
    expect(importRowFieldErrors(first, 3)).toEqual([['counterpartyExternalId', 'NOT_FOUND']]);
    expect(importRowFieldErrors(first, 4)).toEqual([['campaignExternalId', 'NOT_FOUND']]);
    const second = await api.importRows('importCampaignParticipants', [rows[0], { ...rows[1], status: 'DECLINED', note: 'busy' }]);
    expect(importStatuses(second)).toEqual(['UNCHANGED', 'UPDATED']);
    const campaigns = await api.request('{ campaigns(first: 100) { edges { node { id externalId } } } }');
    const campaignId = campaigns.data.campaigns.edges.find((edge: any) => edge.node.externalId === `${p}-c`).node.id;
    const read = await api.request(`query($id: ID!) { campaign(id: $id) { participants { edges { node { status respondedAt invitedAt note counterparty { name } person { lastName } } } } } }`,
      { id: campaignId });
    expect(read.data.campaign.participants.edges.map((edge: any) => edge.node)).toEqual([
      { status: 'CONFIRMED', respondedAt: '2025-01-10T00:00:00.000Z', invitedAt: '2025-01-10T00:00:00.000Z', note: null, counterparty: { name: `Client ${p}` }, person: null },
      expect.objectContaining({ status: 'DECLINED', note: 'busy', counterparty: null, person: { lastName: `Person ${p}` } }),
    ]);
    const repeated = await api.importRows('importCampaignParticipants', [rows[0], rows[0]]);
    expect(importStatuses(repeated)).toEqual(['UNCHANGED', 'FAILED']);

    // A lead by its contact card's externalId; one owner per row.
    await api.mutate('createContactCard', { name: `Lead ${p}`, externalId: `${p}-lead` }, 'contactCard { id }');
    const leads = await api.importRows('importCampaignParticipants', [
      { campaignExternalId: `${p}-c`, contactCardExternalId: `${p}-lead`, status: 'ATTENDED' },
      { campaignExternalId: `${p}-c`, contactCardExternalId: `${p}-lead`, personExternalId: `${p}-p` },
      { campaignExternalId: `${p}-c`, contactCardExternalId: `${p}-nobody` },
    ]);
    expect(importStatuses(leads)).toEqual(['CREATED', 'FAILED', 'FAILED']);
    expect(importRowFieldErrors(leads, 1)).toEqual([['contactCardExternalId', 'INVALID']]);
    expect(importRowFieldErrors(leads, 2)).toEqual([['contactCardExternalId', 'NOT_FOUND']]);
    const again = await api.importRows('importCampaignParticipants', [{ campaignExternalId: `${p}-c`, contactCardExternalId: `${p}-lead`, status: 'ATTENDED' }]);
    expect(importStatuses(again)).toEqual(['UNCHANGED']);
  });
});
