import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ImportAnswer, importRowFieldErrors, importStatuses, startTestApi, type TestApi } from '../../testing/api.js';

let api: TestApi;
// Chunks of 3 rows, so a call of a few rows already spans several transactions.
beforeAll(async () => { api = await startTestApi({ importChunkRows: 3 }); });
afterAll(async () => { await api?.stop(); });

const importRows = (rows: object[], options: object = {}): Promise<ImportAnswer> => api.importRows('importDeals', rows, options);

async function deal(id: string) {
  const result = await api.request(`query($id: ID!) { deal(id: $id) {
    externalId name amount currency expectedDate stage column result closedAt version
    counterparty { externalId } assignedEmployee { email } informationSource { name } lostReason { name }
    moves { kind fromColumn toColumn toStage result lostReason { name } }
  } }`, { id });
  return result.data.deal;
}

let serial = 0;
/** A counterparty, an active employee, an information source and a lost reason, under names of the calling test's own. */
async function catalogue(prefix: string) {
  await api.mutate('createCounterparty', { externalId: `${prefix}-client`, kind: 'ORGANIZATION', name: `${prefix} client` }, 'counterparty { id }');
  await api.mutate('createCounterparty', { externalId: `${prefix}-other`, kind: 'ORGANIZATION', name: `${prefix} other` }, 'counterparty { id }');
  const email = `${prefix}-seller${++serial}@example.com`;
  await api.mutate('createEmployee', { fullName: `${prefix} seller`, email }, 'employee { id }');
  await api.mutate('createInformationSource', { name: `${prefix} fair` }, 'informationSource { id }');
  await api.mutate('createLostReason', { name: `${prefix} price` }, 'lostReason { id }');
  return { client: `${prefix}-client`, other: `${prefix}-other`, email, source: `${prefix} fair`, reason: `${prefix} price` };
}

describe('importDeals', () => {
  it('creates deals anywhere in the funnel with their creation in their history, naming references by natural keys; a re-run changes nothing', async () => {
    const keys = await catalogue('create');
    const rows = [
      {
        externalId: 'create-1', counterpartyExternalId: keys.client, name: 'Forklifts', amount: '1200', currency: 'eur', expectedDate: '2027-05-01',
        assignedEmployeeEmail: keys.email, informationSourceName: ` ${keys.source.toUpperCase()} `, stage: 'OFFER', column: 'CONTACT_2',
      },
      { externalId: 'create-2', counterpartyExternalId: keys.client, name: 'Pallets' },
      { externalId: 'create-3', counterpartyExternalId: keys.other, name: 'Racks', column: 'RESULT', result: 'LOST', lostReasonName: keys.reason },
      { externalId: 'create-4', counterpartyExternalId: keys.other, name: 'Belts', column: 'RESULT', result: 'WON_PURCHASE', amount: '5', currency: 'USD' },
    ];
    const first = await importRows(rows);
    expect(importStatuses(first)).toEqual(['CREATED', 'CREATED', 'CREATED', 'CREATED']);
    expect(await deal(first.rows[0].id!)).toMatchObject({
      externalId: 'create-1', name: 'Forklifts', amount: '1200.00', currency: 'EUR', expectedDate: '2027-05-01', stage: 'OFFER', column: 'CONTACT_2',
      result: null, closedAt: null, version: 1, counterparty: { externalId: keys.client }, assignedEmployee: { email: keys.email },
      informationSource: { name: keys.source }, moves: [{ kind: 'CREATED', fromColumn: null, toColumn: 'CONTACT_2', toStage: 'OFFER', result: null, lostReason: null }],
    });
    expect(await deal(first.rows[1].id!)).toMatchObject({ stage: 'NEEDS', column: 'PROSPECT', moves: [{ kind: 'CREATED', toColumn: 'PROSPECT' }] });
    const lost = await deal(first.rows[2].id!);
    expect(lost).toMatchObject({ column: 'RESULT', result: 'LOST', lostReason: { name: keys.reason }, moves: [{ kind: 'CREATED', toColumn: 'RESULT', result: 'LOST', lostReason: { name: keys.reason } }] });
    expect(lost.closedAt).toEqual(expect.any(String));

    const again = await importRows(rows);
    expect(importStatuses(again)).toEqual(['UNCHANGED', 'UNCHANGED', 'UNCHANGED', 'UNCHANGED']);
    expect(again.rows.map((row) => row.id)).toEqual(first.rows.map((row) => row.id));
  });

  it('names the campaign a deal came from by its externalId', async () => {
    const keys = await catalogue('campaign');
    await api.mutate('createCampaign', { externalId: 'campaign-fair', name: `Fair ${process.pid}`, kind: 'EXHIBITION', startsOn: '2026-01-10', endsOn: '2026-01-12', currency: 'EUR' }, 'campaign { id }');
    const answer = await importRows([
      { externalId: 'campaign-1', counterpartyExternalId: keys.client, name: 'From the fair', campaignExternalId: 'campaign-fair' },
      { externalId: 'campaign-2', counterpartyExternalId: keys.client, name: 'Nowhere', campaignExternalId: 'campaign-none' },
    ]);
    expect(importStatuses(answer)).toEqual(['CREATED', 'FAILED']);
    expect(importRowFieldErrors(answer, 1)).toEqual([['campaignExternalId', 'NOT_FOUND']]);
    const read = await api.request(`query($id: ID!) { deal(id: $id) { campaign { externalId } } }`, { id: answer.rows[0].id });
    expect(read.data.deal.campaign).toEqual({ externalId: 'campaign-fair' });
    const off = await importRows([{ externalId: 'campaign-1', campaignExternalId: '' }]);
    expect(importStatuses(off)).toEqual(['UPDATED']);
  });

  it('updates a stored deal\'s own fields, and refuses to move it, change its counterparty or break a rule, row by row', async () => {
    const keys = await catalogue('update');
    const [made] = (await importRows([{ externalId: 'update-1', counterpartyExternalId: keys.client, name: 'Forklifts', column: 'CONTACT_1' }])).rows;
    const answer = await importRows([
      { externalId: 'update-1', name: 'Twelve forklifts', amount: '99.5', currency: 'PLN', assignedEmployeeEmail: keys.email },
      { externalId: 'update-1', column: 'CONTACT_2' },
    ]);
    // The second row names the same key: each key once per call.
    expect(importStatuses(answer)).toEqual(['UPDATED', 'FAILED']);
    expect(importRowFieldErrors(answer, 1)).toEqual([['externalId', 'DUPLICATE']]);
    expect(await deal(made.id!)).toMatchObject({ name: 'Twelve forklifts', amount: '99.50', currency: 'PLN', column: 'CONTACT_1', version: 2, moves: [{ kind: 'CREATED' }] });

    const refused = await importRows([
      { externalId: 'update-1', column: 'CONTACT_2' },
      { externalId: 'update-1b', counterpartyExternalId: keys.client, name: 'x', column: 'RESULT' },
    ]);
    expect(importStatuses(refused)).toEqual(['FAILED', 'FAILED']);
    expect(importRowFieldErrors(refused, 0)).toEqual([['column', 'INVALID_STATE']]);
    expect(importRowFieldErrors(refused, 1)).toEqual([['result', 'REQUIRED']]);

    const rules = await importRows([
      { externalId: 'update-1', counterpartyExternalId: keys.other },
      { externalId: 'update-2', counterpartyExternalId: 'nobody', name: 'x' },
      { externalId: 'update-3', counterpartyExternalId: keys.client, name: 'x', amount: '10' },
      { externalId: 'update-4', counterpartyExternalId: keys.client, name: 'x', column: 'RESULT', result: 'LOST' },
      { externalId: 'update-5', counterpartyExternalId: keys.client, name: 'x', lostReasonName: keys.reason },
      { externalId: 'update-6', counterpartyExternalId: keys.client, name: 'x', assignedEmployeeEmail: 'nobody@example.com', lostReasonName: 'no such reason' },
      { externalId: 'update-7', name: 'x' },
      { externalId: 'update-8', counterpartyExternalId: keys.client, name: 'fine' },
    ]);
    expect(importStatuses(rules)).toEqual(['FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'CREATED']);
    expect(importRowFieldErrors(rules, 0)).toEqual([['counterpartyExternalId', 'INVALID_STATE']]);
    expect(importRowFieldErrors(rules, 1)).toEqual([['counterpartyExternalId', 'NOT_FOUND']]);
    expect(importRowFieldErrors(rules, 2)).toEqual([['currency', 'REQUIRED']]);
    expect(importRowFieldErrors(rules, 3)).toEqual([['lostReasonName', 'REQUIRED']]);
    expect(importRowFieldErrors(rules, 4)).toEqual([['lostReasonName', 'INVALID']]);
    expect(importRowFieldErrors(rules, 5)).toEqual([['assignedEmployeeEmail', 'NOT_FOUND'], ['lostReasonName', 'NOT_FOUND']]);
    expect(importRowFieldErrors(rules, 6)).toEqual([['counterpartyExternalId', 'REQUIRED']]);
  });

  it('writes nothing of an atomic call with a failing row, and everything once the row is fixed', async () => {
    const keys = await catalogue('atomic');
    const rows = [
      { externalId: 'atomic-1', counterpartyExternalId: keys.client, name: 'A' },
      { externalId: 'atomic-2', counterpartyExternalId: keys.client, name: 'B', column: 'CONTACT_1' },
      { externalId: 'atomic-3', counterpartyExternalId: keys.client, name: 'C' },
      { externalId: 'atomic-4', counterpartyExternalId: keys.client, name: 'D', amount: '-5', currency: 'EUR' },
    ];
    const refused = await importRows(rows, { atomic: true });
    expect(importStatuses(refused)).toEqual(['SKIPPED', 'SKIPPED', 'SKIPPED', 'FAILED']);
    expect(importRowFieldErrors(refused, 3)).toEqual([['amount', 'OUT_OF_RANGE']]);
    const none = await api.request('{ deals(first: 100) { edges { node { externalId } } } }');
    expect(none.data.deals.edges.filter((edge: any) => edge.node.externalId?.startsWith('atomic-'))).toEqual([]);
    rows[3].amount = '5';
    const written = await importRows(rows, { atomic: true });
    expect(importStatuses(written)).toEqual(['CREATED', 'CREATED', 'CREATED', 'CREATED']);
    const counterparty = await api.request('query($w: CounterpartyFilter) { counterparties(where: $w) { edges { node { deals { externalId moves { kind } } } } } }',
      { w: { search: `${keys.client.replace('-client', '')} client` } });
    const imported = counterparty.data.counterparties.edges[0].node.deals;
    expect(imported.map((row: any) => row.externalId).sort()).toEqual(['atomic-1', 'atomic-2', 'atomic-3', 'atomic-4']);
    expect(imported.every((row: any) => row.moves.length === 1)).toBe(true);
  });
});
