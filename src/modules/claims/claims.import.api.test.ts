import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ImportAnswer, importRowFieldErrors, importStatuses, startTestApi, type TestApi } from '../../testing/api.js';

let api: TestApi;
// Chunks of 3 rows, so a call of a few rows already spans several transactions.
beforeAll(async () => { api = await startTestApi({ importChunkRows: 3 }); });
afterAll(async () => { await api?.stop(); });

const importRows = (rows: object[], options: object = {}): Promise<ImportAnswer> => api.importRows('importClaims', rows, options);

async function claim(id: string) {
  const result = await api.request(`query($id: ID!) { claim(id: $id) {
    externalId number essence demand amountClaimed currency status result amountGranted registeredAt closedAt version
    counterparty { externalId } cause { path } departmentAtFault { name } employeeAtFault { email } responsibleEmployee { email }
    chronicle { edges { node { kind status subject } } }
  } }`, { id });
  return result.data.claim;
}

let serial = 0;
/** A counterparty, a department, an active employee and a claim cause, under names of the calling test's own. */
async function catalogue(prefix: string) {
  await api.mutate('createCounterparty', { externalId: `${prefix}-client`, kind: 'ORGANIZATION', name: `${prefix} client` }, 'counterparty { id }');
  await api.mutate('createCounterparty', { externalId: `${prefix}-other`, kind: 'ORGANIZATION', name: `${prefix} other` }, 'counterparty { id }');
  await api.mutate('createDepartment', { name: `${prefix} warehouse` }, 'department { id }');
  const email = `${prefix}-agent${++serial}@example.com`;
  await api.mutate('createEmployee', { fullName: `${prefix} agent`, email }, 'employee { id }');
  const top = (await api.mutate('createClaimCause', { name: `${prefix} quality` }, 'group { id }')).group.id;
  await api.mutate('createClaimCause', { name: 'Packaging', parentId: top }, 'group { id }');
  return { client: `${prefix}-client`, other: `${prefix}-other`, department: `${prefix} warehouse`, email, cause: `${prefix} quality/Packaging` };
}

describe('importClaims', () => {
  it('creates claims numbered with their registration in their chronicle, naming references by natural keys; a re-run changes nothing', async () => {
    const keys = await catalogue('create');
    const rows = [
      {
        externalId: 'create-1', counterpartyExternalId: keys.client, essence: 'Broken boxes', demand: 'New boxes', amountClaimed: '250', currency: 'eur',
        causePath: ` ${keys.cause.toUpperCase()} `, departmentAtFaultName: keys.department, employeeAtFaultEmail: keys.email, responsibleEmployeeEmail: keys.email,
        registeredAt: '2024-02-01T10:00:00Z',
      },
      {
        externalId: 'create-2', counterpartyExternalId: keys.client, essence: 'Old one', status: 'PARTLY_SATISFIED', result: 'Half paid',
        amountClaimed: '100', amountGranted: '50', currency: 'UAH', registeredAt: '2023-01-01T10:00:00Z', closedAt: '2023-02-01T10:00:00Z',
      },
      { externalId: 'create-3', counterpartyExternalId: keys.client, essence: 'Withdrawn', status: 'WITHDRAWN', registeredAt: '2023-05-01T10:00:00Z' },
    ];
    const first = await importRows(rows);
    expect(importStatuses(first)).toEqual(['CREATED', 'CREATED', 'CREATED']);
    const created = await claim(first.rows[0].id!);
    expect(created).toMatchObject({
      externalId: 'create-1', essence: 'Broken boxes', demand: 'New boxes', amountClaimed: '250.00', currency: 'EUR', status: 'REGISTERED', version: 1,
      counterparty: { externalId: keys.client }, cause: { path: keys.cause }, departmentAtFault: { name: keys.department },
      employeeAtFault: { email: keys.email }, responsibleEmployee: { email: keys.email }, registeredAt: '2024-02-01T10:00:00.000Z', closedAt: null,
      chronicle: { edges: [{ node: { kind: 'EVENT', status: 'DONE', subject: 'Claim registered: Broken boxes' } }] },
    });
    expect(created.number).toMatch(/^C-\d{6}$/);
    expect(await claim(first.rows[1].id!)).toMatchObject({ status: 'PARTLY_SATISFIED', result: 'Half paid', amountGranted: '50.00', closedAt: '2023-02-01T10:00:00.000Z' });
    expect(await claim(first.rows[2].id!)).toMatchObject({ status: 'WITHDRAWN', result: null, closedAt: '2023-05-01T10:00:00.000Z' });

    expect(importStatuses(await importRows(rows))).toEqual(['UNCHANGED', 'UNCHANGED', 'UNCHANGED']);
    const changed = await importRows([{ externalId: 'create-1', demand: 'Money back', amountClaimed: '250.00' }]);
    expect(importStatuses(changed)).toEqual(['UPDATED']);
    expect(await claim(first.rows[0].id!)).toMatchObject({ demand: 'Money back', version: 2, number: created.number, chronicle: { edges: [{ node: { kind: 'EVENT' } }] } });
  });

  it('fails bad rows with their fields and codes, writing nothing of them, and writes the good ones', async () => {
    const keys = await catalogue('bad');
    const stored = await importRows([{ externalId: 'bad-stored', counterpartyExternalId: keys.client, essence: 'Stored', registeredAt: '2024-01-01T10:00:00Z' }]);
    expect(importStatuses(stored)).toEqual(['CREATED']);
    const payload = await importRows([
      { externalId: 'bad-1', counterpartyExternalId: 'nobody', essence: 'x' },
      { externalId: 'bad-2', counterpartyExternalId: keys.client, essence: 'x', causePath: 'No/Such' },
      { externalId: 'bad-3', counterpartyExternalId: keys.client, essence: 'x', departmentAtFaultName: 'Nowhere' },
      { externalId: 'bad-4', counterpartyExternalId: keys.client, essence: 'x', responsibleEmployeeEmail: 'ghost@example.com' },
      { externalId: 'bad-5', counterpartyExternalId: keys.client },
      { externalId: 'bad-6', essence: 'No counterparty' },
      { externalId: 'bad-stored', status: 'REJECTED', result: 'No' },
      { externalId: 'bad-stored', essence: 'Twice' },
      { externalId: 'bad-7', counterpartyExternalId: keys.client, essence: 'x', status: 'SATISFIED' },
      { externalId: 'bad-8', counterpartyExternalId: keys.client, essence: 'x', amountClaimed: '5' },
      { externalId: 'bad-9', counterpartyExternalId: keys.client, essence: 'x', amountClaimed: '5.001', currency: 'EUR' },
      { externalId: 'bad-good', counterpartyExternalId: keys.client, essence: 'Fine' },
    ]);
    expect(importStatuses(payload)).toEqual(['FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'CREATED']);
    expect(payload.rows.slice(0, 11).map((_, i) => importRowFieldErrors(payload, i))).toEqual([
      [['counterpartyExternalId', 'NOT_FOUND']],
      [['causePath', 'NOT_FOUND']],
      [['departmentAtFaultName', 'NOT_FOUND']],
      [['responsibleEmployeeEmail', 'NOT_FOUND']],
      [['essence', 'REQUIRED']],
      [['counterpartyExternalId', 'REQUIRED']],
      [['status', 'INVALID_STATE'], ['result', 'INVALID_STATE']],
      [['externalId', 'DUPLICATE']],
      [['result', 'REQUIRED']],
      [['currency', 'REQUIRED']],
      [['amountClaimed', 'INVALID']],
    ]);
    const moved = await importRows([{ externalId: 'bad-stored', counterpartyExternalId: keys.other }]);
    expect(importRowFieldErrors(moved, 0)).toEqual([['counterpartyExternalId', 'INVALID_STATE']]);

    const written = await api.request('query { claims(first: 100) { edges { node { externalId status essence } } } }');
    const mine = written.data.claims.edges.map((edge: any) => edge.node).filter((node: any) => node.externalId?.startsWith('bad-'));
    expect(mine).toEqual([{ externalId: 'bad-good', status: 'REGISTERED', essence: 'Fine' }, { externalId: 'bad-stored', status: 'REGISTERED', essence: 'Stored' }]);
  });

  it('writes nothing of an atomic call with a failed row', async () => {
    const keys = await catalogue('atomic');
    const payload = await importRows([
      { externalId: 'atomic-1', counterpartyExternalId: keys.client, essence: 'Good' },
      { externalId: 'atomic-2', counterpartyExternalId: keys.client },
    ], { atomic: true });
    expect(importStatuses(payload)).toEqual(['SKIPPED', 'FAILED']);
    const written = await api.request('query { claims(first: 100) { edges { node { externalId } } } }');
    expect(written.data.claims.edges.filter((edge: any) => edge.node.externalId?.startsWith('atomic-'))).toEqual([]);
  });
});
