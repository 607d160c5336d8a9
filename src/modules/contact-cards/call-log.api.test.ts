import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, fieldsAndCodes, startTestApi, type ImportAnswer, type TestApi } from '../../testing/api.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api?.stop(); });

let serial = 0;
const prefix = (name: string) => `${name} ${process.pid}-${++serial}-${Math.floor(Math.random() * 1e6)}`;
const source = async (name: string) => (await api.mutate('createInformationSource', { name }, 'informationSource { id }')).informationSource.id as string;
const call = (input: Record<string, unknown>) =>
  api.mutate('registerCall', input, 'chronicleEntry { id kind status channel direction subject result informationSource { id } contactCard { id } counterparty { id } } contactCard { id name phones { number } informationSource { id } }');

/** The log's cells of the sources given, as [day, source id, calls]. */
const cells = async (args: Record<string, unknown>, sources: string[]) => {
  const result = await api.request(`query($from: LocalDate!, $to: LocalDate!, $tz: String, $dir: ContactDirection) {
    callLog(from: $from, to: $to, timeZone: $tz, direction: $dir) { day informationSource { id } calls } }`, args);
  expect(result.errors).toBeUndefined();
  return result.data.callLog
    .filter((row: any) => row.informationSource && sources.includes(row.informationSource.id))
    .map((row: any) => [row.day, row.informationSource.id, row.calls]);
};

describe('call log', () => {
  it('registers a call from a new caller as a new card with the call in its chronicle', async () => {
    const radio = await source(prefix('Radio'));
    const answer = await call({ informationSourceId: radio, callerName: 'Olena', callerPhone: '+380 67 000 11 22', result: 'Send a price list' });
    expect(answer.contactCard).toMatchObject({ name: 'Olena', phones: [{ number: '+380 67 000 11 22' }], informationSource: { id: radio } });
    expect(answer.chronicleEntry).toMatchObject({
      kind: 'CALL', status: 'DONE', channel: 'PHONE', direction: 'INCOMING', subject: 'Call from Olena', result: 'Send a price list',
      informationSource: { id: radio }, contactCard: { id: answer.contactCard.id }, counterparty: null,
    });
    const chronicle = await api.request('query($id: ID!) { contactCard(id: $id) { chronicle { totalCount edges { node { id } } } } }', { id: answer.contactCard.id });
    expect(chronicle.data.contactCard.chronicle.edges).toEqual([{ node: { id: answer.chronicleEntry.id } }]);

    const counterparty = (await api.mutate('createCounterparty', { kind: 'INDIVIDUAL', name: prefix('Caller') }, 'counterparty { id }')).counterparty.id;
    const known = await call({ counterpartyId: counterparty, direction: 'OUTGOING', subject: 'Reminder' });
    expect(known).toMatchObject({ contactCard: null, chronicleEntry: { direction: 'OUTGOING', subject: 'Reminder', counterparty: { id: counterparty } } });
  });

  it('refuses a call naming nobody, both owners, a future time or unknown things, writing nothing', async () => {
    const run = async (input: Record<string, unknown>) => {
      const result = await api.request('mutation($input: RegisterCallInput!) { registerCall(input: $input) { chronicleEntry { id } userErrors { field code } } }', { input });
      return fieldsAndCodes(result.data.registerCall.userErrors);
    };
    expect(await run({})).toEqual([['input.callerName', 'REQUIRED']]);
    expect(await run({ callerPhone: 'abc' })).toEqual([['input.callerPhone', 'INVALID']]);
    expect(await run({ callerName: 'x', happenedAt: new Date(Date.now() + 3_600_000).toISOString() })).toEqual([['input.happenedAt', 'OUT_OF_RANGE']]);
    expect(await run({ callerName: 'x', durationMinutes: -1 })).toEqual([['input.durationMinutes', 'OUT_OF_RANGE']]);
    const counterparty = (await api.mutate('createCounterparty', { kind: 'INDIVIDUAL', name: prefix('Both') }, 'counterparty { id }')).counterparty.id;
    expect(await run({ counterpartyId: counterparty, contactCardId: counterparty })).toEqual([['input.contactCardId', 'INVALID'], ['input.contactCardId', 'WRONG_TYPE']]);
    expect(await run({ callerName: 'x', informationSourceId: counterparty })).toEqual([['input.informationSourceId', 'WRONG_TYPE']]);
  });

  it('counts calls per day of the time zone and source, in one grouped answer matching the calls made', async () => {
    // Made one after the other, so the log (by day, then source id) lists them in this order.
    const press = await source(prefix('Press'));
    const fair = await source(prefix('Fair'));
    const web = await source(prefix('Web'));
    // 2025-03-01T22:30Z is March 2 in Kyiv (UTC+2) but March 1 in UTC.
    const made: Array<[string, string, 'INCOMING' | 'OUTGOING']> = [
      ['2025-03-01T08:00:00Z', press, 'INCOMING'], ['2025-03-01T12:00:00Z', press, 'INCOMING'], ['2025-03-01T22:30:00Z', press, 'INCOMING'],
      ['2025-03-01T09:00:00Z', fair, 'INCOMING'], ['2025-03-02T10:00:00Z', fair, 'INCOMING'], ['2025-03-03T10:00:00Z', fair, 'OUTGOING'],
      ['2025-03-04T10:00:00Z', web, 'INCOMING'],
    ];
    for (const [happenedAt, informationSourceId, direction] of made) {
      await call({ informationSourceId, direction, callerName: 'Caller', happenedAt });
    }
    const sources = [press, fair, web];
    expect(await cells({ from: '2025-03-01', to: '2025-03-03' }, sources)).toEqual([
      ['2025-03-01', press, 3], ['2025-03-01', fair, 1], ['2025-03-02', fair, 1],
    ]);
    expect(await cells({ from: '2025-03-01', to: '2025-03-03', tz: 'Europe/Kyiv' }, sources)).toEqual([
      ['2025-03-01', press, 2], ['2025-03-01', fair, 1], ['2025-03-02', press, 1], ['2025-03-02', fair, 1],
    ]);
    expect(await cells({ from: '2025-03-03', to: '2025-03-04', dir: 'OUTGOING' }, sources)).toEqual([['2025-03-03', fair, 1]]);
    expect(await cells({ from: '2025-03-03', to: '2025-03-04', dir: null }, sources)).toEqual([['2025-03-03', fair, 1], ['2025-03-04', web, 1]]);

    const badZone = await api.request('{ callLog(from: "2025-03-01", to: "2025-03-02", timeZone: "Mars/Olympus") { calls } }');
    expect(errorCodes(badZone)).toEqual(['BAD_USER_INPUT']);
    const backwards = await api.request('{ callLog(from: "2025-03-02", to: "2025-03-01") { calls } }');
    expect(errorCodes(backwards)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('importContactCards', () => {
  it('creates, finds unchanged, updates, and fails bad rows on their fields', async () => {
    const p = prefix('Import');
    const radio = await source(`${p} radio`);
    const group = (await api.mutate('createContactCardGroup', { name: p }, 'group { id }')).group.id;
    const rows = [
      { externalId: `${p}-1`, name: 'Olena', phones: [{ number: '+380 67 111 22 33' }], informationSourceName: `${p} RADIO`, groupPath: ` ${p} / ` },
      { externalId: `${p}-2`, phones: [{ number: '0671112234' }] },
    ];
    const first = await api.importRows<ImportAnswer>('importContactCards', rows);
    expect(first.rows.map((row) => row.status)).toEqual(['CREATED', 'CREATED']);
    const read = await api.request('query($id: ID!) { contactCard(id: $id) { name informationSource { id } group { id } phones { number } } }', { id: first.rows[0].id });
    expect(read.data.contactCard).toEqual({ name: 'Olena', informationSource: { id: radio }, group: { id: group }, phones: [{ number: '+380 67 111 22 33' }] });

    const again = await api.importRows<ImportAnswer>('importContactCards', rows);
    expect(again.rows.map((row) => row.status)).toEqual(['UNCHANGED', 'UNCHANGED']);

    const changed = await api.importRows<ImportAnswer>('importContactCards', [
      { externalId: `${p}-1`, interest: 'Boilers' },
      { externalId: `${p}-2`, phones: [] },
      { externalId: `${p}-3`, companyName: 'Nameless' },
      { externalId: `${p}-4`, name: 'x', responsibleEmployeeEmail: 'nobody@example.com', groupPath: 'No/Such' },
    ]);
    expect(changed.rows.map((row) => [row.status, fieldsAndCodes(row.errors)])).toEqual([
      ['UPDATED', []],
      ['FAILED', [['input.rows.1.name', 'REQUIRED']]],
      ['FAILED', [['input.rows.2.name', 'REQUIRED']]],
      ['FAILED', [['input.rows.3.responsibleEmployeeEmail', 'NOT_FOUND'], ['input.rows.3.groupPath', 'NOT_FOUND']]],
    ]);
    const updated = await api.request('query($id: ID!) { contactCard(id: $id) { interest version } }', { id: first.rows[0].id });
    expect(updated.data.contactCard).toEqual({ interest: 'Boilers', version: 2 });

    // A converted card does not change through an import.
    await api.mutate('convertContactCard', { id: first.rows[1].id, expectedVersion: 1 }, 'counterparty { id }');
    const converted = await api.importRows<ImportAnswer>('importContactCards', [{ externalId: `${p}-2`, name: 'Late' }]);
    expect(converted.rows.map((row) => [row.status, fieldsAndCodes(row.errors)])).toEqual([['FAILED', [['input.rows.0.externalId', 'INVALID_STATE']]]]);
  });
});
