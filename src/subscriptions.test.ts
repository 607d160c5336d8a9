import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from './lib/global-id.js';
import { createApiKey, revokeApiKey } from './modules/auth/api-keys.service.js';
import { startTestApi, type TestApi } from './testing/api.js';
import { subscriber, subscriptionUsage, untilSubscriptions, type TestSubscriber } from './testing/subscriptions.js';

/**
 * Subscriptions over graphql-ws on a real server and database (PGlite, or PostgreSQL with
 * DATABASE_URL): what is delivered, to whom, and when a connection is refused or closed.
 */
let api: TestApi;
const subscribers: TestSubscriber[] = [];
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => {
  await Promise.all(subscribers.map((one) => one.dispose()));
  await api.stop();
});

const connect = (key: string | null, params?: Record<string, unknown>) => {
  const one = subscriber(api.url, params ?? (key ? { authorization: `Bearer ${key}` } : null));
  subscribers.push(one);
  return one;
};

const counterparty = async (name: string) =>
  (await api.mutate('createCounterparty', { kind: 'ORGANIZATION', name, roles: ['CLIENT'] }, 'counterparty { id }')).counterparty.id as string;
let employees = 0;
const employee = async () => {
  employees += 1;
  return (await api.mutate('createEmployee', { fullName: `Investigator ${employees}`, email: `investigator-${employees}-${process.pid}@example.com` }, 'employee { id }')).employee.id as string;
};

const CHRONICLE = `subscription($id: ID!) { chronicleChanged(counterpartyId: $id) { kind entryId entry { subject status responsibleEmployee { id } } } }`;
const CLAIMS = `subscription($id: ID!) { claimChanged(counterpartyId: $id) { kind claimId claim { number status essence } } }`;
const APPEALS = `subscription($id: ID!) { appealChanged(counterpartyId: $id) { kind appealId appeal { subject status } } }`;

describe('delivery', () => {
  it('tells a counterparty chronicle\'s watchers what happened to its entries, read as they are when delivered', async () => {
    const watched = await counterparty('Watched Chronicle Ltd');
    const other = await counterparty('Unwatched Chronicle Ltd');
    const viewer = connect(await api.keyFor('VIEWER'));
    const changes = viewer.subscribe(CHRONICLE, { id: watched });
    await untilSubscriptions(api.url, 1);

    await api.mutate('createChronicleEntry', { counterpartyId: other, kind: 'CALL', subject: 'Not yours' }, 'chronicleEntry { id }');
    const created = (await api.mutate('createChronicleEntry', {
      counterpartyId: watched, kind: 'CALL', subject: 'Planned call', status: 'PLANNED', plannedAt: '2030-01-01T10:00:00Z',
    }, 'chronicleEntry { id version }')).chronicleEntry;
    expect(await changes.next()).toEqual({
      data: { chronicleChanged: { kind: 'CREATED', entryId: created.id, entry: { subject: 'Planned call', status: 'PLANNED', responsibleEmployee: null } } },
    });
    const updated = (await api.mutate('updateChronicleEntry', { id: created.id, expectedVersion: created.version, subject: 'Call about prices' }, 'chronicleEntry { version }')).chronicleEntry;
    await api.mutate('completeChronicleEntry', { id: created.id, expectedVersion: updated.version }, 'chronicleEntry { id }');
    // Each change is read when it is delivered: the update may already show the completion.
    expect(await changes.next()).toMatchObject({ data: { chronicleChanged: { kind: 'UPDATED', entry: { subject: 'Call about prices' } } } });
    expect(await changes.next()).toMatchObject({ data: { chronicleChanged: { kind: 'STATUS_CHANGED', entry: { status: 'DONE' } } } });
    // The other counterparty's entry never came.
    expect(await changes.next(300)).toBe('none');
    changes.unsubscribe();
    await untilSubscriptions(api.url, 0);
  });

  it('tells claims\' and appeals\' watchers of staff changes and of the partner\'s through the portal', async () => {
    const watched = await counterparty('Claimant Ltd');
    const staff = connect(await api.keyFor('VIEWER'));
    const claims = staff.subscribe(CLAIMS, { id: watched });
    const appeals = staff.subscribe(APPEALS, { id: watched });
    const chronicle = staff.subscribe(CHRONICLE, { id: watched });
    await untilSubscriptions(api.url, 3);

    const claim = (await api.mutate('registerClaim', { counterpartyId: watched, essence: 'Broken pallets' }, 'claim { id version number }')).claim;
    expect(await claims.next()).toEqual({ data: { claimChanged: { kind: 'CREATED', claimId: claim.id, claim: { number: claim.number, status: 'REGISTERED', essence: 'Broken pallets' } } } });
    // The registration opens the claim's chronicle, and that entry is the counterparty's chronicle too.
    expect(await chronicle.next()).toMatchObject({ data: { chronicleChanged: { kind: 'CREATED', entry: { subject: expect.stringContaining('Broken pallets') } } } });
    await api.mutate('changeClaimStatus', { id: claim.id, expectedVersion: claim.version, status: 'INVESTIGATING' }, 'claim { id }');
    expect(await claims.next()).toMatchObject({ data: { claimChanged: { kind: 'STATUS_CHANGED', claim: { status: 'INVESTIGATING' } } } });
    expect(await chronicle.next()).toMatchObject({ data: { chronicleChanged: { kind: 'CREATED' } } });
    const planned = (await api.mutate('createTask', { claimId: claim.id, title: 'Check the batch', dueAt: '2030-01-10T17:00:00.000Z', assigneeIds: [await employee()] }, 'task { id version }')).task;
    expect(await claims.next()).toMatchObject({ data: { claimChanged: { kind: 'TASK_CHANGED', claimId: claim.id } } });
    await api.mutate('completeTask', { id: planned.id, expectedVersion: planned.version, result: 'Fine' }, 'task { id }');
    expect(await claims.next()).toMatchObject({ data: { claimChanged: { kind: 'TASK_CHANGED', claimId: claim.id } } });

    const partnerKey = await api.partnerKeyFor(Number(Buffer.from(watched, 'base64url').toString().split(':')[1]));
    const comment = await api.portal(partnerKey, 'mutation($input: CommentOnClaimInput!) { commentOnClaim(input: $input) { userErrors { code } } }', { input: { claimId: claim.id, text: 'Any news?' } });
    expect(comment.data.commentOnClaim.userErrors).toEqual([]);
    expect(await claims.next()).toMatchObject({ data: { claimChanged: { kind: 'COMMENTED', claimId: claim.id } } });
    expect(await chronicle.next()).toMatchObject({ data: { chronicleChanged: { kind: 'CREATED', entry: { subject: `Comment on claim ${claim.number}` } } } });

    const registered = await api.portal(partnerKey, 'mutation($input: RegisterAppealInput!) { registerAppeal(input: $input) { appeal { id } userErrors { code } } }', { input: { subject: 'Invoice missing' } });
    expect(await appeals.next()).toEqual({ data: { appealChanged: { kind: 'CREATED', appealId: registered.data.registerAppeal.appeal.id, appeal: { subject: 'Invoice missing', status: 'NEW' } } } });
    const appeal = (await api.mutate('registerAppeal', { counterpartyId: watched, subject: 'Call back', channel: 'PHONE' }, 'appeal { id version }')).appeal;
    expect(await appeals.next()).toMatchObject({ data: { appealChanged: { kind: 'CREATED', appealId: appeal.id } } });
    await api.mutate('changeAppealStatus', { id: appeal.id, expectedVersion: appeal.version, status: 'IN_PROGRESS' }, 'appeal { id }');
    expect(await appeals.next()).toMatchObject({ data: { appealChanged: { kind: 'STATUS_CHANGED', appeal: { status: 'IN_PROGRESS' } } } });
    await api.portal(partnerKey, 'mutation($input: CommentOnAppealInput!) { commentOnAppeal(input: $input) { userErrors { code } } }', { input: { appealId: appeal.id, text: 'Thanks' } });
    expect(await appeals.next()).toMatchObject({ data: { appealChanged: { kind: 'COMMENTED', appealId: appeal.id } } });

    for (const one of [claims, appeals, chronicle]) one.unsubscribe();
    await untilSubscriptions(api.url, 0);
  });

  it('tells of the records an import creates or changes, not of those it leaves as they are', async () => {
    const externalId = `importing-${process.pid}`;
    const watched = (await api.mutate('createCounterparty', { kind: 'ORGANIZATION', name: 'Imported Claims Ltd', externalId }, 'counterparty { id }')).counterparty.id;
    const staff = connect(api.adminKey);
    const claims = staff.subscribe(CLAIMS, { id: watched });
    await untilSubscriptions(api.url, 1);
    const rows = [{ externalId: `${externalId}-1`, counterpartyExternalId: externalId, essence: 'Imported one' }];
    expect((await api.importRows('importClaims', rows)).created).toBe(1);
    expect(await claims.next()).toMatchObject({ data: { claimChanged: { kind: 'CREATED', claim: { essence: 'Imported one' } } } });
    expect((await api.importRows('importClaims', rows)).unchanged).toBe(1);
    expect((await api.importRows('importClaims', [{ ...rows[0], essence: 'Imported, corrected' }])).updated).toBe(1);
    expect(await claims.next()).toMatchObject({ data: { claimChanged: { kind: 'UPDATED', claim: { essence: 'Imported, corrected' } } } });
    expect(await claims.next(300)).toBe('none');
    claims.unsubscribe();
    await untilSubscriptions(api.url, 0);
  });

  it('publishes nothing for a write refused inside its transaction', async () => {
    const watched = await counterparty('Refused Ltd');
    const staff = connect(api.adminKey);
    const claims = staff.subscribe(CLAIMS, { id: watched });
    await untilSubscriptions(api.url, 1);
    const claim = (await api.mutate('registerClaim', { counterpartyId: watched, essence: 'Late', externalId: `late-${process.pid}` }, 'claim { id version }')).claim;
    expect(await claims.next()).toMatchObject({ data: { claimChanged: { kind: 'CREATED' } } });
    // The same external id again: the insert fails on its unique constraint and the transaction rolls back.
    const duplicate = await api.request('mutation($input: RegisterClaimInput!) { registerClaim(input: $input) { userErrors { code } } }', {
      input: { counterpartyId: watched, essence: 'Late again', externalId: `late-${process.pid}` },
    });
    expect(duplicate.data.registerClaim.userErrors).toEqual([{ code: 'DUPLICATE' }]);
    // A task added and the claim closed in one go is refused under the claim's lock, after its update: nothing is told.
    await api.mutate('createTask', { claimId: claim.id, title: 'Weigh the goods', dueAt: '2030-01-10T17:00:00.000Z', assigneeIds: [await employee()] }, 'task { id }');
    expect(await claims.next()).toMatchObject({ data: { claimChanged: { kind: 'TASK_CHANGED' } } });
    const closing = await api.request('mutation($input: ChangeClaimStatusInput!) { changeClaimStatus(input: $input) { userErrors { code } } }', {
      input: { id: claim.id, expectedVersion: claim.version, status: 'REJECTED', result: 'No grounds' },
    });
    expect(closing.data.changeClaimStatus.userErrors).toEqual([{ code: 'INVALID_STATE' }]);
    expect(await claims.next(500)).toBe('none');
    claims.unsubscribe();
    await untilSubscriptions(api.url, 0);
  });
});

describe('arguments', () => {
  it('refuses an unknown counterparty and an id of another type as a query does', async () => {
    const staff = connect(api.adminKey);
    const unknown = staff.subscribe(CLAIMS, { id: toGlobalId('Counterparty', 999_999) });
    expect(await unknown.next()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND', field: ['counterpartyId'] } }] });
    expect(await unknown.next()).toBe('complete');
    const wrongType = staff.subscribe(APPEALS, { id: toGlobalId('Person', 1) });
    expect(await wrongType.next()).toMatchObject({ errors: [{ message: `"${toGlobalId('Person', 1)}" is not a valid Counterparty id.`, extensions: { code: 'BAD_USER_INPUT' } }] });
    const invalid = staff.subscribe('subscription { claimChanged(counterpartyId: "x") { nope } }');
    expect(await invalid.next()).toBe('complete');
    expect(invalid.error()).toMatchObject([{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }]);
    expect((await subscriptionUsage(api.url)).subscriptions).toBe(0);
  });

  it('serves only subscriptions over WebSocket, and refuses a subscription over HTTP', async () => {
    const staff = connect(api.adminKey);
    const query = staff.subscribe('{ viewer { role } }');
    expect(await query.next()).toBe('complete');
    expect(query.error()).toMatchObject([{ extensions: { code: 'BAD_REQUEST' } }]);
    const overHttp = await api.request(CLAIMS, { id: await counterparty('Http Ltd') });
    expect(overHttp.errors).toMatchObject([{ message: expect.stringContaining('served over WebSocket'), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }]);
  });
});

describe('keys', () => {
  it('closes a connection without a key or with an unknown one with 4401, and a partner key\'s with 4403', async () => {
    expect(await connect(null).closed).toMatchObject({ code: 4401 });
    expect(await connect('crm_not-a-key').closed).toMatchObject({ code: 4401 });
    expect(await connect(null, { authorization: 'Basic abc' }).closed).toMatchObject({ code: 4401 });
    const partnerKey = await api.partnerKeyFor(Number(Buffer.from(await counterparty('Partner Ltd'), 'base64url').toString().split(':')[1]));
    expect(await connect(partnerKey).closed).toMatchObject({ code: 4403 });
  });

  it('takes the key as { apiKey } too', async () => {
    const staff = connect(null, { apiKey: api.adminKey });
    const changes = staff.subscribe(CHRONICLE, { id: await counterparty('ApiKey Ltd') });
    await untilSubscriptions(api.url, 1);
    changes.unsubscribe();
    await untilSubscriptions(api.url, 0);
  });

  it('closes the sockets of a revoked key within the revocation check period, and frees the listener', async () => {
    const { key, row } = await createApiKey(api.db, { name: 'to revoke', role: 'VIEWER' });
    const staff = connect(key);
    const kept = connect(api.adminKey);
    staff.subscribe(CLAIMS, { id: await counterparty('Revoked Ltd') });
    const other = kept.subscribe(CLAIMS, { id: await counterparty('Kept Ltd') });
    await untilSubscriptions(api.url, 2);
    const revokedAt = Date.now();
    await revokeApiKey(api.db, row.id);
    // Told at once, or found by the periodic check if that came first.
    expect(await staff.closed).toEqual({ code: 4403, reason: expect.stringMatching(/^Forbidden: the API key was revoked/) });
    expect(Date.now() - revokedAt).toBeLessThan(2500);
    await untilSubscriptions(api.url, 1);
    other.unsubscribe();
    await untilSubscriptions(api.url, 0);
    expect(await subscriptionUsage(api.url)).toMatchObject({ subscriptions: 0, listening: 0 });
  });
  it('closes the sockets of a key that expires while they are open', async () => {
    const { key } = await createApiKey(api.db, { name: 'to expire', role: 'VIEWER', expiresAt: new Date(Date.now() + 1500) });
    const staff = connect(key);
    staff.subscribe(CLAIMS, { id: await counterparty('Expiring Ltd') });
    await untilSubscriptions(api.url, 1);
    expect(await staff.closed).toEqual({ code: 4403, reason: 'Forbidden: the API key was revoked or has expired.' });
    await untilSubscriptions(api.url, 0);
  });
});

describe('shutdown', () => {
  it('closes its sockets with 1001 and stops listening when the server stops', async () => {
    const own = await startTestApi();
    const watcher = subscriber(own.url, { authorization: `Bearer ${own.adminKey}` });
    const id = (await own.mutate('createCounterparty', { kind: 'ORGANIZATION', name: 'Closing Ltd' }, 'counterparty { id }')).counterparty.id;
    const changes = watcher.subscribe(CLAIMS, { id });
    await untilSubscriptions(own.url, 1);
    const stopped = own.stop();
    expect(await watcher.closed).toMatchObject({ code: 1001 });
    expect(await changes.next()).toBe('complete');
    await stopped;
    await watcher.dispose();
  });
});
