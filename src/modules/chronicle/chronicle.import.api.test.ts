import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMutation, importRowErrors, importStatuses, startTestApi, type TestApi } from '../../testing/api.js';

let api: TestApi;
// Chunks of 3 rows, so a call of a few rows already spans several transactions.
beforeAll(async () => { api = await startTestApi({ importChunkRows: 3 }); });
afterAll(async () => { await api?.stop(); });

const IMPORT = importMutation('importChronicleEntries');

const importRows = (rows: object[], options: object = {}) => api.importRows('importChronicleEntries', rows, options);

async function entry(id: string) {
  const result = await api.request(`query($id: ID!) { chronicleEntry(id: $id) {
    externalId kind status subject result plannedAt happenedAt durationMinutes importance version
    counterparty { externalId } person { externalId } responsibleEmployee { email }
  } }`, { id });
  return result.data.chronicleEntry;
}

const count = async () => (await api.request('{ chronicleEntries { totalCount } }')).data.chronicleEntries.totalCount as number;


beforeAll(async () => {
  const ids: Record<string, string> = {};
  for (const [externalId, name] of [['acme', 'Acme'], ['globex', 'Globex']]) {
    ids[externalId] = (await api.mutate('createCounterparty', { externalId, kind: 'ORGANIZATION', name }, 'counterparty { id }')).counterparty.id;
  }
  await api.mutate('createPerson', { externalId: 'ann', lastName: 'Ann', positions: [{ counterpartyId: ids.acme }] }, 'person { id }');
  await api.mutate('createPerson', { externalId: 'bob', lastName: 'Bob', positions: [{ counterpartyId: ids.globex }] }, 'person { id }');
  await api.mutate('createEmployee', { fullName: 'Olena Kovalenko', email: 'olena@example.com' }, 'employee { id }');
  const gone = await api.mutate('createEmployee', { fullName: 'Gone Away', email: 'gone@example.com' }, 'employee { id }');
  await api.mutate('updateEmployee', { id: gone.employee.id, expectedVersion: 1, active: false }, 'employee { id }');
});

// Four new entries e-1..e-4 under `prefix`: two DONE (a call with a person and an employee, a KEY note), two PLANNED.
const entries = (prefix: string) => [
  {
    externalId: `${prefix}-e-1`, counterpartyExternalId: 'acme', personExternalId: 'ann', responsibleEmployeeEmail: 'Olena@Example.com',
    kind: 'CALL', subject: 'First call', happenedAt: '2026-03-01T10:00:00Z', durationMinutes: 15,
  },
  { externalId: `${prefix}-e-2`, counterpartyExternalId: 'acme', kind: 'MEETING', status: 'PLANNED', subject: 'Meeting', plannedAt: '2026-12-01T09:00:00+02:00' },
  { externalId: `${prefix}-e-3`, counterpartyExternalId: 'globex', personExternalId: 'bob', kind: 'NOTE', subject: 'A note', happenedAt: '2026-02-01T00:00:00Z', importance: 'KEY' },
  { externalId: `${prefix}-e-4`, counterpartyExternalId: 'globex', kind: 'TASK', status: 'PLANNED', subject: 'Send prices', plannedAt: '2026-11-01T08:00:00Z' },
];

// The update step for the entries under `prefix`: a result for e-1, e-2 done, e-3 as it is, e-4 cancelled.
const updates = (prefix: string) => [
  { externalId: `${prefix}-e-1`, result: 'Agreed to meet' },
  { externalId: `${prefix}-e-2`, status: 'DONE', happenedAt: '2026-12-01T09:30:00Z' },
  { externalId: `${prefix}-e-3`, subject: 'A note', counterpartyExternalId: 'globex' },
  { externalId: `${prefix}-e-4`, status: 'CANCELLED' },
];

// Entries e-1..e-4 under `prefix` as first imported (all version 1); answers their ids in that order.
async function created(prefix: string): Promise<string[]> {
  const payload = await importRows(entries(prefix));
  expect(importStatuses(payload)).toEqual(['CREATED', 'CREATED', 'CREATED', 'CREATED']);
  return payload.rows.map((row: { id: string }) => row.id);
}

// Entries e-1..e-4 under `prefix` after the update step (e-1 with a result at version 2, e-2 DONE, e-4 CANCELLED); answers their ids.
async function updated(prefix: string): Promise<string[]> {
  const ids = await created(prefix);
  expect(importStatuses(await importRows(updates(prefix)))).toEqual(['UPDATED', 'UPDATED', 'UNCHANGED', 'UPDATED']);
  return ids;
}

describe('importChronicleEntries', () => {
  it('creates entries with the counterparty, person and employee named by natural keys, and a re-run changes nothing', async () => {
    const first = await importRows(entries('rerun'));
    expect(importStatuses(first)).toEqual(['CREATED', 'CREATED', 'CREATED', 'CREATED']);
    const ids = first.rows.map((row: { id: string }) => row.id);
    expect(await entry(ids[0])).toMatchObject({
      externalId: 'rerun-e-1', kind: 'CALL', status: 'DONE', subject: 'First call', happenedAt: '2026-03-01T10:00:00.000Z', durationMinutes: 15,
      importance: 'NORMAL', version: 1, counterparty: { externalId: 'acme' }, person: { externalId: 'ann' }, responsibleEmployee: { email: 'olena@example.com' },
    });
    expect(await entry(ids[1])).toMatchObject({ status: 'PLANNED', plannedAt: '2026-12-01T07:00:00.000Z', happenedAt: null, responsibleEmployee: null });

    const again = await importRows(entries('rerun'));
    expect(importStatuses(again)).toEqual(['UNCHANGED', 'UNCHANGED', 'UNCHANGED', 'UNCHANGED']);
    expect(again.rows.map((row: { id: string }) => row.id)).toEqual(ids);
    expect((await entry(ids[0])).version).toBe(1);
  });

  it('updates only what differs, keeping the fields a row leaves out, and completes a planned entry', async () => {
    const ids = await created('update');
    const payload = await importRows(updates('update'));
    expect(importStatuses(payload)).toEqual(['UPDATED', 'UPDATED', 'UNCHANGED', 'UPDATED']);
    expect(await entry(ids[0])).toMatchObject({ result: 'Agreed to meet', subject: 'First call', durationMinutes: 15, version: 2, person: { externalId: 'ann' } });
    expect(await entry(ids[1])).toMatchObject({ status: 'DONE', happenedAt: '2026-12-01T09:30:00.000Z', plannedAt: '2026-12-01T07:00:00.000Z' });
    expect(await entry(ids[3])).toMatchObject({ status: 'CANCELLED', version: 2 });
  });

  it('fails bad rows with their fields and codes and writes the good ones', async () => {
    const ids = await updated('mixed');
    const before = await count();
    const payload = await importRows([
      { externalId: 'good-1', counterpartyExternalId: 'acme', kind: 'EMAIL', subject: 'Good', happenedAt: '2026-01-05T12:00:00Z' },
      // A new DONE entry needs happenedAt: an import does not default it to now.
      { externalId: 'bad-1', counterpartyExternalId: 'acme', kind: 'CALL', subject: 'When?' },
      { externalId: 'bad-2', counterpartyExternalId: 'acme', kind: 'CALL', status: 'PLANNED', subject: 'Planned', happenedAt: '2026-01-01T00:00:00Z' },
      { externalId: 'bad-3', counterpartyExternalId: 'acme', personExternalId: 'bob', kind: 'CALL', subject: 'Wrong person', happenedAt: '2026-01-01T00:00:00Z' },
      { externalId: 'bad-4', counterpartyExternalId: 'nowhere', personExternalId: 'nobody', responsibleEmployeeEmail: 'nobody@example.com', kind: 'CALL', subject: 'x', happenedAt: '2026-01-01T00:00:00Z' },
      { externalId: 'bad-5', happenedAt: '2026-01-01T00:00:00Z', durationMinutes: 100_001, subject: null },
      { externalId: 'mixed-e-1', status: 'PLANNED', plannedAt: '2026-05-01T00:00:00Z', counterpartyExternalId: 'globex' },
      { externalId: 'mixed-e-3', responsibleEmployeeEmail: 'gone@example.com' },
      { externalId: 'good-2', counterpartyExternalId: 'globex', personExternalId: 'bob', kind: 'VISIT', status: 'PLANNED', subject: 'Visit', plannedAt: '2026-06-01T00:00:00Z' },
    ]);
    expect(importStatuses(payload)).toEqual(['CREATED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'CREATED']);
    expect(payload).toMatchObject({ created: 2, failed: 7 });
    expect(importRowErrors(payload, 1)).toEqual([['input.rows.1.happenedAt', 'REQUIRED']]);
    expect(importRowErrors(payload, 2)).toEqual([['input.rows.2.plannedAt', 'REQUIRED'], ['input.rows.2.happenedAt', 'INVALID']]);
    expect(importRowErrors(payload, 3)).toEqual([['input.rows.3.personExternalId', 'INVALID']]);
    expect(importRowErrors(payload, 4)).toEqual([
      ['input.rows.4.counterpartyExternalId', 'NOT_FOUND'],
      ['input.rows.4.personExternalId', 'NOT_FOUND'],
      ['input.rows.4.responsibleEmployeeEmail', 'NOT_FOUND'],
    ]);
    expect(importRowErrors(payload, 5)).toEqual([['input.rows.5.subject', 'REQUIRED'], ['input.rows.5.durationMinutes', 'OUT_OF_RANGE']]);
    expect(importRowErrors(payload, 6)).toEqual([['input.rows.6.counterpartyExternalId', 'INVALID_STATE'], ['input.rows.6.status', 'INVALID_STATE']]);
    expect(importRowErrors(payload, 7)).toEqual([['input.rows.7.responsibleEmployeeEmail', 'INVALID_STATE']]);
    expect(payload.rows[1].id).toBeNull();
    expect(await count()).toBe(before + 2);
    expect(await entry(ids[0])).toMatchObject({ status: 'DONE', version: 2, counterparty: { externalId: 'acme' } });
    expect(await entry(payload.rows[8].id)).toMatchObject({ status: 'PLANNED', person: { externalId: 'bob' }, happenedAt: null });
  });

  it('costs the same statements for a chunk of one row as for a chunk of three', async () => {
    const rows = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => ({
      externalId: `${prefix}-${i}`, counterpartyExternalId: i % 2 ? 'globex' : 'acme', personExternalId: i % 2 ? 'bob' : 'ann',
      responsibleEmployeeEmail: 'olena@example.com', kind: 'CALL', subject: `Counted ${i}`, happenedAt: '2026-01-01T00:00:00Z',
    }));
    const one = await api.request(IMPORT, { input: { rows: rows('count-a', 1) } });
    const three = await api.request(IMPORT, { input: { rows: rows('count-b', 3) } });
    expect(three.data.importChronicleEntries.created).toBe(3);
    expect(three.statements).toBe(one.statements);
  });

  it('lets an entry keep a responsible employee who has since left', async () => {
    const leaving = await api.mutate('createEmployee', { fullName: 'Leaving Soon', email: 'leaving@example.com' }, 'employee { id }');
    const row = { externalId: 'kept-1', counterpartyExternalId: 'acme', responsibleEmployeeEmail: 'leaving@example.com', kind: 'CALL', subject: 'Kept', happenedAt: '2026-01-01T00:00:00Z' };
    expect(importStatuses(await importRows([row]))).toEqual(['CREATED']);
    await api.mutate('updateEmployee', { id: leaving.employee.id, expectedVersion: 1, active: false }, 'employee { id }');
    expect(importStatuses(await importRows([row]))).toEqual(['UNCHANGED']);
    const other = await importRows([{ ...row, externalId: 'kept-2' }]);
    expect(importRowErrors(other, 0)).toEqual([['input.rows.0.responsibleEmployeeEmail', 'INVALID_STATE']]);
  });

  it('fails a new entry without the counterparty, kind or subject', async () => {
    const payload = await importRows([{ externalId: 'bare-1', happenedAt: '2026-01-01T00:00:00Z' }]);
    expect(importRowErrors(payload, 0)).toEqual([
      ['input.rows.0.counterpartyExternalId', 'REQUIRED'], ['input.rows.0.kind', 'REQUIRED'], ['input.rows.0.subject', 'REQUIRED'],
    ]);
  });

  it('writes nothing of an atomic call with a bad row, and reports the good rows SKIPPED', async () => {
    const ids = await updated('rollback');
    const before = await count();
    const payload = await importRows([
      { externalId: 'atomic-1', counterpartyExternalId: 'acme', kind: 'CALL', subject: 'Atomic', happenedAt: '2026-01-01T00:00:00Z' },
      { externalId: 'rollback-e-1', result: 'Rolled back' },
      { externalId: 'atomic-2', counterpartyExternalId: 'acme', kind: 'CALL', subject: 'Atomic 2', happenedAt: '2026-01-01T00:00:00Z' },
      { externalId: 'atomic-3', counterpartyExternalId: 'acme', kind: 'CALL', subject: 'Atomic 3', happenedAt: '2026-01-01T00:00:00Z' },
      { externalId: 'atomic-4', counterpartyExternalId: 'acme', personExternalId: 'bob', kind: 'CALL', subject: 'Bad', happenedAt: '2026-01-01T00:00:00Z' },
    ], { atomic: true });
    expect(importStatuses(payload)).toEqual(['SKIPPED', 'SKIPPED', 'SKIPPED', 'SKIPPED', 'FAILED']);
    expect(importRowErrors(payload, 4)).toEqual([['input.rows.4.personExternalId', 'INVALID']]);
    expect(payload.rows[1].id).toBe(ids[0]);
    expect(await count()).toBe(before);
    expect(await entry(ids[0])).toMatchObject({ result: 'Agreed to meet', version: 2 });
  });
});
