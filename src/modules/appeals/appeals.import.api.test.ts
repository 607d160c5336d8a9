import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ImportAnswer, importRowFieldErrors, importStatuses, startTestApi, type TestApi } from '../../testing/api.js';

let api: TestApi;
// Chunks of 3 rows, so a call of a few rows already spans several transactions.
beforeAll(async () => { api = await startTestApi({ importChunkRows: 3 }); });
afterAll(async () => { await api?.stop(); });

const importRows = (rows: object[], options: object = {}): Promise<ImportAnswer> => api.importRows('importAppeals', rows, options);

async function appeal(id: string) {
  const result = await api.request(`query($id: ID!) { appeal(id: $id) {
    externalId number subject channel importance status resolution text version callerPhone
    counterparty { externalId } type { path } department { name } responsibleEmployee { email } actions { kind toStatus }
  } }`, { id });
  return result.data.appeal;
}

let serial = 0;
/** A counterparty, a department, an active employee and an appeal type, under names of the calling test's own. */
async function catalogue(prefix: string) {
  await api.mutate('createCounterparty', { externalId: `${prefix}-client`, kind: 'ORGANIZATION', name: `${prefix} client` }, 'counterparty { id }');
  await api.mutate('createDepartment', { name: `${prefix} support` }, 'department { id }');
  const email = `${prefix}-agent${++serial}@example.com`;
  await api.mutate('createEmployee', { fullName: `${prefix} agent`, email }, 'employee { id }');
  await api.mutate('createAppealType', { name: `${prefix} complaints` }, 'group { id }');
  return { client: `${prefix}-client`, department: `${prefix} support`, email, type: `${prefix} complaints` };
}

describe('importAppeals', () => {
  it('creates appeals numbered with their registration, naming references by natural keys; a re-run changes nothing', async () => {
    const keys = await catalogue('create');
    const rows = [
      {
        externalId: 'create-1', counterpartyExternalId: keys.client, channel: 'EMAIL', subject: 'Invoice missing', callerPhone: '+380 44 000 11 22',
        typePath: keys.type.toUpperCase(), departmentName: keys.department, responsibleEmployeeEmail: keys.email, importance: 'KEY',
      },
      { externalId: 'create-2', channel: 'PHONE', subject: 'Old question', status: 'CLOSED', resolution: 'Answered on the phone' },
    ];
    const first = await importRows(rows);
    expect(importStatuses(first)).toEqual(['CREATED', 'CREATED']);
    const created = await appeal(first.rows[0].id!);
    expect(created).toMatchObject({
      externalId: 'create-1', subject: 'Invoice missing', channel: 'EMAIL', importance: 'KEY', status: 'NEW', version: 1,
      counterparty: { externalId: keys.client }, type: { path: keys.type }, department: { name: keys.department }, responsibleEmployee: { email: keys.email },
      actions: [{ kind: 'REGISTERED', toStatus: 'NEW' }],
    });
    expect(created.number).toMatch(/^A-\d{6}$/);
    expect(await appeal(first.rows[1].id!)).toMatchObject({ status: 'CLOSED', resolution: 'Answered on the phone', importance: 'NORMAL', actions: [{ kind: 'REGISTERED', toStatus: 'CLOSED' }] });

    expect(importStatuses(await importRows(rows))).toEqual(['UNCHANGED', 'UNCHANGED']);
    const changed = await importRows([{ externalId: 'create-1', text: 'Sent twice' }]);
    expect(importStatuses(changed)).toEqual(['UPDATED']);
    expect(await appeal(first.rows[0].id!)).toMatchObject({ text: 'Sent twice', version: 2, number: created.number, actions: [{ kind: 'REGISTERED' }] });
  });

  it('fails bad rows with their fields and codes, writing nothing of them, and writes the good ones', async () => {
    const keys = await catalogue('bad');
    const stored = await importRows([{ externalId: 'bad-stored', channel: 'PHONE', subject: 'Stored' }]);
    expect(importStatuses(stored)).toEqual(['CREATED']);
    const payload = await importRows([
      { externalId: 'bad-1', channel: 'PHONE', subject: 'x', counterpartyExternalId: 'nobody' },
      { externalId: 'bad-2', channel: 'PHONE', subject: 'x', typePath: 'No/Such' },
      { externalId: 'bad-3', channel: 'PHONE', subject: 'x', departmentName: 'Nowhere' },
      { externalId: 'bad-4', channel: 'PHONE', subject: 'x', responsibleEmployeeEmail: 'ghost@example.com' },
      { externalId: 'bad-5', channel: 'PHONE' },
      { externalId: 'bad-6', subject: 'No channel' },
      { externalId: 'bad-stored', status: 'RESOLVED' },
      { externalId: 'bad-7', channel: 'PHONE', subject: 'x', callerPhone: 'call me' },
      { externalId: 'bad-good', channel: 'LETTER', subject: 'Fine', counterpartyExternalId: keys.client },
    ]);
    expect(importStatuses(payload)).toEqual(['FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'CREATED']);
    expect(payload.rows.slice(0, 8).map((_, i) => importRowFieldErrors(payload, i))).toEqual([
      [['counterpartyExternalId', 'NOT_FOUND']],
      [['typePath', 'NOT_FOUND']],
      [['departmentName', 'NOT_FOUND']],
      [['responsibleEmployeeEmail', 'NOT_FOUND']],
      [['subject', 'REQUIRED']],
      [['channel', 'REQUIRED']],
      [['status', 'INVALID_STATE']],
      [['callerPhone', 'INVALID']],
    ]);
    const written = await api.request('query { appeals(first: 100) { edges { node { externalId status } } } }');
    const mine = written.data.appeals.edges.map((edge: any) => edge.node).filter((node: any) => node.externalId?.startsWith('bad-'));
    expect(mine).toEqual([{ externalId: 'bad-good', status: 'NEW' }, { externalId: 'bad-stored', status: 'NEW' }]);
  });
});
