import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMutation, importRowErrors, importStatuses, startTestApi, type TestApi } from '../../testing/api.js';

let api: TestApi;
// Chunks of 3 rows, so a call of a few rows already spans several transactions.
beforeAll(async () => { api = await startTestApi({ importChunkRows: 3 }); });
afterAll(async () => { await api?.stop(); });

const IMPORT = importMutation('importObligations');

const importRows = (rows: object[], options: object = {}) => api.importRows('importObligations', rows, options);

async function obligation(id: string) {
  const result = await api.request(`query($id: ID!) { obligation(id: $id) {
    externalId kind debtor description amount currency fulfilledAmount dueDate status version counterparty { externalId }
  } }`, { id });
  return result.data.obligation;
}

const count = async () => (await api.request('{ obligations { totalCount } }')).data.obligations.totalCount as number;


beforeAll(async () => {
  for (const [externalId, name] of [['acme', 'Acme'], ['globex', 'Globex']]) {
    await api.mutate('createCounterparty', { externalId, kind: 'ORGANIZATION', name }, 'counterparty { id }');
  }
});

// Four new OPEN obligations o-1..o-4 under `prefix`: a payment due 2026-12-31, a delivery, a document without amount, a zero refund.
const terms = (prefix: string) => [
  { externalId: `${prefix}-o-1`, counterpartyExternalId: 'acme', kind: 'PAYMENT', debtor: 'THEIRS', description: 'Invoice 1', amount: '100', currency: 'eur', dueDate: '2026-12-31' },
  { externalId: `${prefix}-o-2`, counterpartyExternalId: 'acme', kind: 'DELIVERY', debtor: 'OURS', description: 'Deliver goods', amount: '250.5', currency: 'UAH' },
  { externalId: `${prefix}-o-3`, counterpartyExternalId: 'globex', kind: 'DOCUMENT', debtor: 'THEIRS', description: 'Signed act' },
  { externalId: `${prefix}-o-4`, counterpartyExternalId: ' globex ', kind: 'PAYMENT', debtor: 'OURS', description: 'Refund', amount: '0.000', currency: 'USD' },
];

// Records 40 of the obligation `id` (at version 1) as fulfilled, before the update step.
const fulfil40 = (id: string) => api.mutate('recordObligationFulfilment', { id, expectedVersion: 1, amount: '40' }, 'obligation { id }');

// The update step's import for the obligations under `prefix`: o-1 settled at 40, o-2 due later, o-3 as it is, o-4 without amount.
const updates = (prefix: string) => [
  { externalId: `${prefix}-o-1`, amount: '40' },
  { externalId: `${prefix}-o-2`, dueDate: '2027-01-15' },
  { externalId: `${prefix}-o-3`, description: 'Signed act' },
  { externalId: `${prefix}-o-4`, amount: null, currency: null },
];

// The last import of the update step: o-1 raised above what was fulfilled, which reopens it.
const reopening = (prefix: string) => [{ externalId: `${prefix}-o-1`, amount: '90' }];

// Obligations o-1..o-4 under `prefix` as first imported (all OPEN, version 1); answers their ids in that order.
async function created(prefix: string): Promise<string[]> {
  const payload = await importRows(terms(prefix));
  expect(importStatuses(payload)).toEqual(['CREATED', 'CREATED', 'CREATED', 'CREATED']);
  return payload.rows.map((row: { id: string }) => row.id);
}

// Obligations o-1..o-4 under `prefix` after the update step (o-1 at 90 with 40 fulfilled, PARTIALLY_FULFILLED; o-2 due 2027-01-15 at version 2); answers their ids.
async function updated(prefix: string): Promise<string[]> {
  const ids = await created(prefix);
  await fulfil40(ids[0]);
  expect(importStatuses(await importRows(updates(prefix)))).toEqual(['UPDATED', 'UPDATED', 'UNCHANGED', 'UPDATED']);
  expect(importStatuses(await importRows(reopening(prefix)))).toEqual(['UPDATED']);
  return ids;
}

describe('importObligations', () => {
  it('creates obligations toward counterparties named by externalId, and a re-run changes nothing', async () => {
    const first = await importRows(terms('rerun'));
    expect(importStatuses(first)).toEqual(['CREATED', 'CREATED', 'CREATED', 'CREATED']);
    const ids = first.rows.map((row: { id: string }) => row.id);
    expect(await obligation(ids[0])).toMatchObject({
      externalId: 'rerun-o-1', kind: 'PAYMENT', debtor: 'THEIRS', description: 'Invoice 1', amount: '100.00', currency: 'EUR',
      fulfilledAmount: '0.00', dueDate: '2026-12-31', status: 'OPEN', version: 1, counterparty: { externalId: 'acme' },
    });
    expect(await obligation(ids[2])).toMatchObject({ amount: null, currency: null, status: 'OPEN' });
    expect((await obligation(ids[3])).amount).toBe('0.00');

    // "100" against the stored "100.00" is the same amount, and so is "100.00".
    const again = await importRows(terms('rerun'));
    expect(importStatuses(again)).toEqual(['UNCHANGED', 'UNCHANGED', 'UNCHANGED', 'UNCHANGED']);
    expect(again.rows.map((row: { id: string }) => row.id)).toEqual(ids);
    const written = await importRows([{ externalId: 'rerun-o-1', amount: '100.00', currency: 'EUR' }, { externalId: 'rerun-o-2', amount: '250.50000' }]);
    expect(importStatuses(written)).toEqual(['UNCHANGED', 'UNCHANGED']);
    expect((await obligation(ids[0])).version).toBe(1);
  });

  it('updates only what differs, and a new amount settles or reopens the obligation', async () => {
    const ids = await created('update');
    await fulfil40(ids[0]);
    const payload = await importRows(updates('update'));
    expect(importStatuses(payload)).toEqual(['UPDATED', 'UPDATED', 'UNCHANGED', 'UPDATED']);
    expect(await obligation(ids[0])).toMatchObject({ amount: '40.00', fulfilledAmount: '40.00', status: 'FULFILLED', version: 3, description: 'Invoice 1' });
    expect(await obligation(ids[1])).toMatchObject({ dueDate: '2027-01-15', amount: '250.50', currency: 'UAH', version: 2 });
    expect(await obligation(ids[3])).toMatchObject({ amount: null, currency: null });

    const reopened = await importRows(reopening('update'));
    expect(importStatuses(reopened)).toEqual(['UPDATED']);
    expect(await obligation(ids[0])).toMatchObject({ amount: '90.00', status: 'PARTIALLY_FULFILLED' });
  });

  it('fails bad rows with their fields and codes and writes the good ones', async () => {
    const ids = await updated('mixed');
    const before = await count();
    const payload = await importRows([
      { externalId: 'good-1', counterpartyExternalId: 'acme', kind: 'SERVICE', debtor: 'OURS', description: 'Consulting', amount: '10.10', currency: 'EUR' },
      { externalId: 'bad-1', counterpartyExternalId: 'acme', kind: 'PAYMENT', debtor: 'OURS', description: 'Too precise', amount: '1.234', currency: 'EUR' },
      { externalId: 'bad-2', counterpartyExternalId: 'acme', kind: 'PAYMENT', debtor: 'OURS', description: 'Negative', amount: '-5', currency: 'EUR' },
      { externalId: 'bad-3', counterpartyExternalId: 'acme', kind: 'PAYMENT', debtor: 'OURS', description: 'No currency', amount: '5' },
      { externalId: 'bad-4', counterpartyExternalId: 'nowhere', kind: 'PAYMENT', debtor: 'OURS', description: 'Unknown' },
      { externalId: 'bad-5', counterpartyExternalId: 'acme', description: 'x'.repeat(2001) },
      { externalId: 'mixed-o-1', amount: '30' },
      { externalId: 'mixed-o-2', counterpartyExternalId: 'globex', currency: null },
      { externalId: 'bad-6', amount: '1', currency: 'EUR' },
      { externalId: 'good-2', counterpartyExternalId: 'globex', kind: 'OTHER', debtor: 'THEIRS', description: 'Anything' },
    ]);
    expect(importStatuses(payload)).toEqual(['CREATED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'CREATED']);
    expect(payload).toMatchObject({ created: 2, failed: 8 });
    expect(importRowErrors(payload, 1)).toEqual([['input.rows.1.amount', 'INVALID']]);
    expect(importRowErrors(payload, 2)).toEqual([['input.rows.2.amount', 'OUT_OF_RANGE']]);
    expect(importRowErrors(payload, 3)).toEqual([['input.rows.3.currency', 'REQUIRED']]);
    expect(importRowErrors(payload, 4)).toEqual([['input.rows.4.counterpartyExternalId', 'NOT_FOUND']]);
    expect(importRowErrors(payload, 5)).toEqual([['input.rows.5.description', 'TOO_LONG']]);
    expect(importRowErrors(payload, 6)).toEqual([['input.rows.6.amount', 'OUT_OF_RANGE']]);
    expect(importRowErrors(payload, 7)).toEqual([['input.rows.7.counterpartyExternalId', 'INVALID_STATE'], ['input.rows.7.currency', 'REQUIRED']]);
    expect(importRowErrors(payload, 8)).toEqual([
      ['input.rows.8.counterpartyExternalId', 'REQUIRED'], ['input.rows.8.kind', 'REQUIRED'],
      ['input.rows.8.debtor', 'REQUIRED'], ['input.rows.8.description', 'REQUIRED'],
    ]);
    expect(payload.rows[1].id).toBeNull();
    expect(await count()).toBe(before + 2);
    expect(await obligation(ids[0])).toMatchObject({ amount: '90.00', status: 'PARTIALLY_FULFILLED' });
    expect(await obligation(ids[1])).toMatchObject({ currency: 'UAH', counterparty: { externalId: 'acme' } });
    expect(await obligation(payload.rows[0].id)).toMatchObject({ amount: '10.10', status: 'OPEN', fulfilledAmount: '0.00' });
  });

  it('costs the same statements for a chunk of one row as for a chunk of three', async () => {
    const rows = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => ({
      externalId: `${prefix}-${i}`, counterpartyExternalId: i % 2 ? 'globex' : 'acme', kind: 'PAYMENT', debtor: 'OURS', description: `Counted ${i}`,
    }));
    const one = await api.request(IMPORT, { input: { rows: rows('count-a', 1) } });
    const three = await api.request(IMPORT, { input: { rows: rows('count-b', 3) } });
    expect(three.data.importObligations.created).toBe(3);
    expect(three.statements).toBe(one.statements);
  });

  it('writes nothing of an atomic call with a bad row, and reports the good rows SKIPPED', async () => {
    const ids = await updated('rollback');
    const before = await count();
    const payload = await importRows([
      { externalId: 'atomic-1', counterpartyExternalId: 'acme', kind: 'PAYMENT', debtor: 'OURS', description: 'Atomic' },
      { externalId: 'rollback-o-2', description: 'Rolled back' },
      { externalId: 'atomic-2', counterpartyExternalId: 'acme', kind: 'PAYMENT', debtor: 'OURS', description: 'Atomic 2' },
      { externalId: 'atomic-3', counterpartyExternalId: 'acme', kind: 'PAYMENT', debtor: 'OURS', description: 'Atomic 3' },
      { externalId: 'atomic-4', counterpartyExternalId: 'nowhere', kind: 'PAYMENT', debtor: 'OURS', description: 'Bad' },
    ], { atomic: true });
    expect(importStatuses(payload)).toEqual(['SKIPPED', 'SKIPPED', 'SKIPPED', 'SKIPPED', 'FAILED']);
    expect(importRowErrors(payload, 4)).toEqual([['input.rows.4.counterpartyExternalId', 'NOT_FOUND']]);
    expect(payload.rows[1].id).toBe(ids[1]);
    expect(await count()).toBe(before);
    expect(await obligation(ids[1])).toMatchObject({ description: 'Deliver goods', version: 2 });
  });
});
