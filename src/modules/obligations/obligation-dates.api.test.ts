import { DateTime } from 'luxon';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { keyOf } from '../../lib/global-id.js';
import { startTestApi, type TestApi } from '../../testing/api.js';
import { createApiKey } from '../auth/api-keys.service.js';

/**
 * "Today" is the date in the request's zone: the key's employee's, else DEFAULT_TIME_ZONE. Two
 * zones 25 hours apart (UTC−11 and UTC+14) never share a date, so an obligation due today in the
 * western one is overdue in the eastern one, whatever the hour the test runs at.
 */
const WEST = 'Pacific/Pago_Pago';
const EAST = 'Pacific/Kiritimati';

let api: TestApi;
beforeAll(async () => { api = await startTestApi({ defaultTimeZone: WEST }); });
afterAll(async () => { await api?.stop(); });

it('decides what is overdue by the date in the key\'s employee\'s zone, else DEFAULT_TIME_ZONE', async () => {
  const counterpartyId = (await api.mutate('createCounterparty', { kind: 'ORGANIZATION', name: 'Dated client' }, 'counterparty { id }')).counterparty.id;
  const dueToday = DateTime.now().setZone(WEST).toISODate();
  const obligation = (await api.mutate('createObligation', {
    counterpartyId, kind: 'PAYMENT', debtor: 'THEIRS', description: 'Due today in the west', amount: '10', currency: 'EUR', dueDate: dueToday,
  }, 'obligation { id }')).obligation.id;
  const employee = (await api.mutate('createEmployee', { fullName: 'Eastern manager', email: 'east@example.com', timeZone: EAST }, 'employee { id }')).employee.id;
  const eastern = (await createApiKey(api.db, { name: 'east', role: 'MANAGER', employeeId: keyOf(employee, 'Employee') })).key;

  const read = async (key: string) => (await api.request(`query($id: ID!, $c: ID!) {
    node(id: $id) { ... on Obligation { overdue } }
    obligations(where: { counterpartyId: $c, overdue: true }) { totalCount }
  }`, { id: obligation, c: counterpartyId }, { key })).data;
  // The ADMIN key has no employee: DEFAULT_TIME_ZONE's date, on which it is due, not overdue.
  expect(await read(api.adminKey)).toEqual({ node: { overdue: false }, obligations: { totalCount: 0 } });
  // The eastern employee's date is already later.
  expect(await read(eastern)).toEqual({ node: { overdue: true }, obligations: { totalCount: 1 } });
});
