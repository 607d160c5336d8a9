import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../lib/global-id.js';
import { errorCodes, fieldsAndCodes, startTestApi, type TestApi } from '../../testing/api.js';
import { expectPagingRefusals, expectSameItemsBothWays, PAGE_INFO } from '../../testing/paging.js';
import { claimFixtures } from './claims-fixtures.js';

let api: TestApi;
let f: ReturnType<typeof claimFixtures>;
beforeAll(async () => {
  api = await startTestApi();
  f = claimFixtures(api);
});
afterAll(async () => { await api?.stop(); });

const CHRONICLE = `chronicle(first: 20) { totalCount edges { node { kind status subject result claim { id } counterparty { id } } } }`;
const claimChronicle = async (id: string) =>
  (await api.request(`query($id: ID!) { claim(id: $id) { ${CHRONICLE} } }`, { id })).data.claim.chronicle;

describe('claims', () => {
  it('registers a claim of any counterparty, numbered, with its registration in its chronicle and the counterparty\'s', async () => {
    const supplier = await f.counterparty('reg-supplier', { roles: ['SUPPLIER'] });
    const person = await f.person(supplier);
    const agent = await f.employee('reg-agent');
    const first = await f.registered({ counterpartyId: supplier, personId: person, responsibleEmployeeId: agent, demand: 'Replace it', amountClaimed: '120.5', currency: 'eur' });
    const second = await f.registered({ counterpartyId: supplier });
    expect(first).toMatchObject({
      status: 'REGISTERED', registeredVia: 'STAFF', version: 1, overdue: false, closedAt: null, amountClaimed: '120.50', currency: 'EUR',
      counterparty: { id: supplier }, person: { id: person }, responsibleEmployee: { id: agent }, tasks: [],
    });
    expect(first.number).toMatch(/^C-\d{6}$/);
    expect(Number(second.number.slice(2))).toBeGreaterThan(Number(first.number.slice(2)));
    const chronicle = await claimChronicle(first.id);
    expect(chronicle.totalCount).toBe(1);
    expect(chronicle.edges[0].node).toEqual({
      kind: 'EVENT', status: 'DONE', subject: `Claim ${first.number} registered: The delivery came broken`, result: 'Replace it',
      claim: { id: first.id }, counterparty: { id: supplier },
    });
    const ofCounterparty = await api.request('query($id: ID!) { node(id: $id) { ... on Counterparty { chronicle { edges { node { claim { id } } } } } } }', { id: supplier });
    expect(ofCounterparty.data.node.chronicle.edges.map((edge: any) => edge.node.claim.id).sort()).toEqual([first.id, second.id].sort());
    const viaNode = await api.request('query($id: ID!) { node(id: $id) { ... on Claim { number } } }', { id: first.id });
    expect(viaNode.data.node).toEqual({ number: first.number });
  });

  it('refuses a registration naming wrong or unknown things, each error on its field, and writes nothing', async () => {
    const client = await f.counterparty('bad-client', { segment: undefined });
    const other = await f.counterparty('bad-other');
    const stranger = await f.person(other);
    const agent = await f.employee('bad-agent');
    const register = (input: Record<string, unknown>) => f.run('registerClaim', { essence: 'x', counterpartyId: client, ...input }, 'claim { id }');

    expect((await register({ counterpartyId: agent })).errors).toEqual([['input.counterpartyId', 'WRONG_TYPE']]);
    expect((await register({ counterpartyId: 'not-an-id' })).errors).toEqual([['input.counterpartyId', 'INVALID']]);
    expect((await register({ counterpartyId: toGlobalId('Counterparty', 987654) })).errors).toEqual([['input.counterpartyId', 'NOT_FOUND']]);
    expect((await register({ essence: '  ' })).errors).toEqual([['input.essence', 'REQUIRED']]);
    expect((await register({ personId: stranger })).errors).toEqual([['input.personId', 'INVALID']]);
    expect((await register({
      causeId: toGlobalId('ClaimCause', 987654), departmentAtFaultId: toGlobalId('Department', 987654), employeeAtFaultId: client,
      productId: toGlobalId('Product', 987654), orderId: toGlobalId('Order', 987654), contractId: toGlobalId('Contract', 987654),
    })).errors).toEqual([
      ['input.employeeAtFaultId', 'WRONG_TYPE'], ['input.departmentAtFaultId', 'NOT_FOUND'], ['input.causeId', 'NOT_FOUND'],
      ['input.orderId', 'NOT_FOUND'], ['input.contractId', 'NOT_FOUND'], ['input.productId', 'NOT_FOUND'],
    ]);
    expect((await register({ amountClaimed: '100' })).errors).toEqual([['input.currency', 'REQUIRED']]);
    expect((await register({ amountClaimed: '-1', currency: 'EUR' })).errors).toEqual([['input.amountClaimed', 'OUT_OF_RANGE']]);
    expect((await register({ amountClaimed: '1.234', currency: 'EUR' })).errors).toEqual([['input.amountClaimed', 'INVALID']]);
    expect((await register({ registeredAt: '2024-05-02T10:00:00Z', dueAt: '2024-05-01T10:00:00Z' })).errors).toEqual([['input.dueAt', 'OUT_OF_RANGE']]);
    expect((await register({ registeredAt: new Date(Date.now() + 3_600_000).toISOString() })).errors).toEqual([['input.registeredAt', 'OUT_OF_RANGE']]);
    // A value of the wrong type never reaches the service.
    expect(errorCodes((await register({ amountClaimed: 12 })).result)).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes((await register({ currency: 'EURO', amountClaimed: '1' })).result)).toEqual(['BAD_USER_INPUT']);

    const written = await api.request('query($w: ClaimFilter) { claims(where: $w) { totalCount } }', { w: { counterpartyId: client } });
    expect(written.data.claims.totalCount).toBe(0);
  });

  it('takes an order and a contract of the claim\'s own counterparty only', async () => {
    const shop = await f.commerce('ord');
    const buyer = await f.counterparty('ord-buyer', { segment: shop.segment });
    const rival = await f.counterparty('ord-rival', { segment: shop.segment });
    const order = await shop.order(buyer, '2024-03-01', '1');
    const rivals = await shop.order(rival, '2024-03-01', '1');
    const contract = (await api.mutate('createContract', {
      counterpartyId: rival, agreementId: shop.agreement, number: `ord-K-${process.pid}`, date: '2024-03-01', lines: [{ productId: shop.product, quantity: '1', unitPrice: '10.00' }],
    }, 'contract { id }')).contract.id;
    const refused = await f.run('registerClaim', { counterpartyId: buyer, essence: 'x', orderId: rivals, contractId: contract }, 'claim { id }');
    expect(refused.errors).toEqual([['input.orderId', 'INVALID'], ['input.contractId', 'INVALID']]);
    const claim = await f.registered({ counterpartyId: buyer, orderId: order, productId: shop.product });
    expect(claim).toMatchObject({ order: { id: order }, product: { id: shop.product } });
    const update = await f.run('updateClaim', { id: claim.id, expectedVersion: 1, orderId: rivals }, 'claim { id }');
    expect(update.errors).toEqual([['input.orderId', 'INVALID']]);
    const cleared = await f.run('updateClaim', { id: claim.id, expectedVersion: 1, orderId: null, demand: 'Money back', amountClaimed: '10', currency: 'EUR' },
      'claim { order { id } demand amountClaimed version }');
    expect(cleared.payload.claim).toEqual({ order: null, demand: 'Money back', amountClaimed: '10.00', version: 2 });
    expect(errorCodes((await f.run('updateClaim', { id: claim.id, expectedVersion: 1, demand: 'Stale' }, 'claim { id }')).result)).toEqual(['CONFLICT']);
    expect(errorCodes((await f.run('updateClaim', { id: toGlobalId('Claim', 987654), expectedVersion: 1, demand: 'x' }, 'claim { id }')).result)).toEqual(['NOT_FOUND']);
  });

  it('moves a claim along the allowed transitions only, closing with a result, reopening explicitly', async () => {
    const client = await f.counterparty('move');
    const claim = await f.registered({ counterpartyId: client, amountClaimed: '100', currency: 'UAH' });
    const change = (version: number, status: string, extra: Record<string, unknown> = {}) =>
      f.run('changeClaimStatus', { id: claim.id, expectedVersion: version, status, ...extra }, `claim { ${f.CLAIM} }`);

    const same = await change(1, 'REGISTERED');
    expect(same.errors).toEqual([['input.status', 'INVALID_STATE']]);
    expect(same.payload.userErrors[0].message).toBe('A REGISTERED claim cannot become REGISTERED; it can become INVESTIGATING, SATISFIED, PARTLY_SATISFIED, REJECTED, WITHDRAWN.');
    const investigating = await f.moved(claim, 'INVESTIGATING');
    expect(investigating).toMatchObject({ status: 'INVESTIGATING', version: 2, closedAt: null });
    expect((await change(2, 'REGISTERED')).errors).toEqual([['input.status', 'INVALID_STATE']]);
    expect((await change(2, 'SATISFIED')).errors).toEqual([['input.result', 'REQUIRED']]);
    expect((await change(2, 'REJECTED', { result: '   ' })).errors).toEqual([['input.result', 'REQUIRED']]);
    expect((await change(2, 'PARTLY_SATISFIED', { result: 'Half', amountGranted: '100.01' })).errors).toEqual([['input.amountGranted', 'OUT_OF_RANGE']]);
    expect((await change(2, 'REJECTED', { result: 'No', amountGranted: '1' })).errors).toEqual([['input.amountGranted', 'INVALID']]);
    expect((await change(2, 'SATISFIED', { result: 'Yes', closedAt: '2000-01-01T00:00:00Z' })).errors).toEqual([['input.closedAt', 'OUT_OF_RANGE']]);
    const partly = await f.moved(investigating, 'PARTLY_SATISFIED', { result: 'Half the money back', amountGranted: '50', comment: 'Agreed on the phone' });
    expect(partly).toMatchObject({ status: 'PARTLY_SATISFIED', result: 'Half the money back', amountGranted: '50.00', version: 3, overdue: false });
    expect(partly.closedAt).not.toBeNull();

    const again = await change(3, 'INVESTIGATING');
    expect(again.errors).toEqual([['input.status', 'INVALID_STATE']]);
    expect(again.payload.userErrors[0].message).toMatch(/reopenClaim/);
    expect((await f.run('reopenClaim', { id: claim.id, expectedVersion: 3, reason: ' ' }, 'claim { id }')).errors).toEqual([['input.reason', 'REQUIRED']]);
    expect(errorCodes((await f.run('reopenClaim', { id: claim.id, expectedVersion: 2, reason: 'x' }, 'claim { id }')).result)).toEqual(['CONFLICT']);
    const reopened = (await f.run('reopenClaim', { id: claim.id, expectedVersion: 3, reason: 'The client called again' }, `claim { ${f.CLAIM} }`)).payload.claim;
    expect(reopened).toMatchObject({ status: 'INVESTIGATING', closedAt: null, amountGranted: null, version: 4 });
    expect((await f.run('reopenClaim', { id: claim.id, expectedVersion: 4, reason: 'x' }, 'claim { id }')).errors).toEqual([['input.id', 'INVALID_STATE']]);
    // The counterparty withdraws it: no result needed.
    const withdrawn = await f.moved(reopened, 'WITHDRAWN');
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', result: 'Half the money back' });
    expect(errorCodes((await change(4, 'REJECTED', { result: 'x' })).result)).toEqual(['CONFLICT']);
    expect(errorCodes((await f.run('changeClaimStatus', { id: toGlobalId('Claim', 987654), expectedVersion: 1, status: 'INVESTIGATING' }, 'claim { id }')).result))
      .toEqual(['NOT_FOUND']);

    const events = (await claimChronicle(claim.id)).edges.map((edge: any) => [edge.node.subject, edge.node.result]).reverse();
    expect(events).toEqual([
      [`Claim ${claim.number} registered: The delivery came broken`, null],
      [`Claim ${claim.number}: REGISTERED → INVESTIGATING`, null],
      [`Claim ${claim.number}: INVESTIGATING → PARTLY_SATISFIED`, 'Half the money back\n\nAgreed on the phone'],
      [`Claim ${claim.number} reopened: PARTLY_SATISFIED → INVESTIGATING`, 'The client called again'],
      [`Claim ${claim.number}: INVESTIGATING → WITHDRAWN`, null],
    ]);

    // Straight from registration to an outcome.
    const direct = await f.registered({ counterpartyId: client });
    expect(await f.moved(direct, 'REJECTED', { result: 'Not our fault' })).toMatchObject({ status: 'REJECTED', result: 'Not our fault' });
  });

  it('keeps a claim open while a task of its plan is open; a done or cancelled task lets it close', async () => {
    const client = await f.counterparty('plan');
    const engineer = await f.employee('plan-engineer');
    const claim = await f.registered({ counterpartyId: client });
    // The investigation plan is the claim's tasks: made with createTask, worked off with the task mutations.
    const TASK = 'task { id title status result closedAt dueAt version assignees { id } claim { id } counterparty { id } }';
    const add = (input: Record<string, unknown>) =>
      f.run('createTask', { claimId: claim.id, dueAt: '2030-01-10T17:00:00.000Z', assigneeIds: [engineer], ...input }, TASK);
    expect((await add({ title: '' })).errors).toEqual([['input.title', 'REQUIRED']]);
    expect((await add({ title: 'x', claimId: toGlobalId('Claim', 987654) })).errors).toEqual([['input.claimId', 'NOT_FOUND']]);
    const inspect = (await add({ title: 'Inspect the batch' })).payload.task;
    const call = (await add({ title: 'Call the carrier', dueAt: '2030-01-05T09:00:00.000Z' })).payload.task;
    expect(inspect).toMatchObject({ status: 'OPEN', assignees: [{ id: engineer }], claim: { id: claim.id }, counterparty: { id: client }, version: 1 });

    const close = (version: number) => f.run('changeClaimStatus', { id: claim.id, expectedVersion: version, status: 'SATISFIED', result: 'Replaced' }, 'claim { status }');
    const blocked = await close(1);
    expect(blocked.errors).toEqual([['input.status', 'INVALID_STATE']]);
    expect(blocked.payload.userErrors[0].message).toContain(`"Inspect the batch" (${inspect.id})`);
    expect(blocked.payload.userErrors[0].message).toContain(`"Call the carrier" (${call.id})`);

    const renamed = await f.run('updateTask', { id: inspect.id, expectedVersion: 1, title: 'Inspect the whole batch' }, TASK);
    expect(renamed.payload.task).toMatchObject({ title: 'Inspect the whole batch', version: 2 });
    expect(errorCodes((await f.run('updateTask', { id: inspect.id, expectedVersion: 1, title: 'Stale' }, TASK)).result)).toEqual(['CONFLICT']);
    const done = (await f.run('completeTask', { id: inspect.id, expectedVersion: 2, result: 'Cracked in transit' }, TASK)).payload.task;
    expect(done).toMatchObject({ status: 'DONE', result: 'Cracked in transit', version: 3 });
    expect((await f.run('completeTask', { id: inspect.id, expectedVersion: 3, result: 'Twice' }, TASK)).errors).toEqual([['input.id', 'INVALID_STATE']]);

    const stillBlocked = await close(1);
    expect(stillBlocked.payload.userErrors[0].message).not.toContain(inspect.id);
    expect(stillBlocked.payload.userErrors[0].message).toContain(call.id);
    const cancelled = (await f.run('cancelTask', { id: call.id, expectedVersion: 1 }, TASK)).payload.task;
    expect(cancelled.status).toBe('CANCELLED');

    expect((await close(1)).payload.claim).toEqual({ status: 'SATISFIED' });
    // A closed claim has no open task: none is added to it, moved onto it or reopened on it.
    expect((await add({ title: 'Too late' })).errors).toEqual([['input.claimId', 'INVALID_STATE']]);
    expect((await f.run('reopenTask', { id: call.id, expectedVersion: 2 }, TASK)).errors).toEqual([['input.id', 'INVALID_STATE']]);
    const elsewhere = (await f.run('createTask', { title: 'Unrelated', dueAt: '2030-01-10T17:00:00.000Z', assigneeIds: [engineer], counterpartyId: client }, TASK)).payload.task;
    expect((await f.run('updateTask', { id: elsewhere.id, expectedVersion: 1, claimId: claim.id }, TASK)).errors).toEqual([['input.claimId', 'INVALID_STATE']]);
    const read = await api.request('query($id: ID!) { claim(id: $id) { tasks { title status } } }', { id: claim.id });
    expect(read.data.claim.tasks).toEqual([{ title: 'Call the carrier', status: 'CANCELLED' }, { title: 'Inspect the whole batch', status: 'DONE' }]);
  });

  it('counts a task made with createTask for the claim, with no plan of its own, as keeping the claim open', async () => {
    const client = await f.counterparty('linked');
    const agent = await f.employee('linked-agent');
    const claim = await f.registered({ counterpartyId: client });
    const task = (await f.run('createTask', { title: 'Send the survey', dueAt: '2030-02-01T10:00:00.000Z', assigneeIds: [agent], claimId: claim.id }, 'task { id version }')).payload.task;
    const closing = await f.run('changeClaimStatus', { id: claim.id, expectedVersion: 1, status: 'WITHDRAWN' }, 'claim { status }');
    expect(closing.errors).toEqual([['input.status', 'INVALID_STATE']]);
    expect(closing.payload.userErrors[0].message).toContain(`"Send the survey" (${task.id})`);
    // Taken off the claim, it no longer keeps it open.
    expect((await f.run('updateTask', { id: task.id, expectedVersion: task.version, claimId: null }, 'task { claim { id } }')).payload.task).toEqual({ claim: null });
    expect((await f.run('changeClaimStatus', { id: claim.id, expectedVersion: 1, status: 'WITHDRAWN' }, 'claim { status }')).payload.claim).toEqual({ status: 'WITHDRAWN' });
  });

  it('never closes a claim with an open task, however a task and the closing race', async () => {
    const client = await f.counterparty('race');
    const agent = await f.employee('race-agent');
    const claims = await Promise.all(Array.from({ length: 8 }, () => f.registered({ counterpartyId: client })));
    await Promise.all(claims.map((claim) => Promise.all([
      f.run('createTask', { claimId: claim.id, title: 'Late idea', dueAt: '2030-01-10T17:00:00.000Z', assigneeIds: [agent] }, 'task { id }'),
      f.run('changeClaimStatus', { id: claim.id, expectedVersion: 1, status: 'WITHDRAWN' }, 'claim { status }'),
    ])));
    const read = await api.request('query($ids: [ID!]!) { nodes(ids: $ids) { ... on Claim { status tasks { status } } } }', { ids: claims.map((claim) => claim.id) });
    for (const claim of read.data.nodes) {
      // One of the two won: the task (and the claim stays open) or the closing (and the claim has no task).
      expect(claim.status === 'WITHDRAWN' ? claim.tasks : [claim.status, claim.tasks.length]).toEqual(claim.status === 'WITHDRAWN' ? [] : ['REGISTERED', 1]);
    }
  });

  it('links chronicle entries to a claim of the entry\'s own counterparty only', async () => {
    const client = await f.counterparty('link');
    const other = await f.counterparty('link-other');
    const claim = await f.registered({ counterpartyId: client });
    const CREATE = 'mutation($input: CreateChronicleEntryInput!) { createChronicleEntry(input: $input) { chronicleEntry { id version claim { id number } } userErrors { field code } } }';
    const foreign = await api.request(CREATE, { input: { counterpartyId: other, claimId: claim.id, kind: 'CALL', subject: 'Wrong one' } });
    expect(fieldsAndCodes(foreign.data.createChronicleEntry.userErrors)).toEqual([['input.claimId', 'INVALID']]);
    const wrongType = await api.request(CREATE, { input: { counterpartyId: client, claimId: client, kind: 'CALL', subject: 'x' } });
    expect(fieldsAndCodes(wrongType.data.createChronicleEntry.userErrors)).toEqual([['input.claimId', 'WRONG_TYPE']]);
    const call = (await api.request(CREATE, { input: { counterpartyId: client, claimId: claim.id, kind: 'CALL', subject: 'Asked for photos' } })).data.createChronicleEntry.chronicleEntry;
    expect(call.claim).toEqual({ id: claim.id, number: claim.number });
    const chronicle = await claimChronicle(claim.id);
    expect(chronicle.edges.map((edge: any) => edge.node.subject)).toEqual(['Asked for photos', `Claim ${claim.number} registered: The delivery came broken`]);
    const UPDATE = 'mutation($input: UpdateChronicleEntryInput!) { updateChronicleEntry(input: $input) { chronicleEntry { claim { id } } userErrors { field code } } }';
    const off = await api.request(UPDATE, { input: { id: call.id, expectedVersion: call.version, claimId: null } });
    expect(off.data.updateChronicleEntry.chronicleEntry).toEqual({ claim: null });
    expect((await claimChronicle(claim.id)).totalCount).toBe(1);
  });

  it('pages a claim\'s chronicle backward through the same entries as forward, and refuses bad backward arguments', async () => {
    const client = await f.counterparty('chronicle-paging');
    const claim = await f.registered({ counterpartyId: client });
    for (const day of ['03', '01', '02']) {
      await api.mutate('createChronicleEntry', { counterpartyId: client, claimId: claim.id, kind: 'CALL', status: 'DONE', subject: `Call ${day}`, happenedAt: `2026-01-${day}T10:00:00Z` }, 'chronicleEntry { id }');
    }
    const paged = {
      send: (variables: Record<string, unknown>) => api.request(`query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
        claim(id: $id) { chronicle(first: $first, after: $after, last: $last, before: $before) { edges { node { subject } } ${PAGE_INFO} } } }`,
      { id: claim.id, ...variables }),
      path: ['claim', 'chronicle'],
    };
    const subjects = (await expectSameItemsBothWays(paged)).map((node: any) => node.subject);
    // The registration (now) first, then the calls newest first.
    expect(subjects.slice(1)).toEqual(['Call 03', 'Call 02', 'Call 01']);
    await expectPagingRefusals(paged);
  });

  it('lists claims by every filter, newest first, in keyset pages; refuses oversized pages and foreign cursors', async () => {
    const client = await f.counterparty('list');
    const [sales, logistics] = [await f.department('list-sales'), await f.department('list-logistics')];
    const [rude, manager] = [await f.employee('list-rude'), await f.employee('list-manager')];
    const quality = await f.cause(`list quality ${process.pid}`);
    const packaging = await f.cause('Packaging', quality);
    const delivery = await f.cause(`list delivery ${process.pid}`);
    const a = await f.registered({ counterpartyId: client, causeId: packaging, departmentAtFaultId: sales, registeredAt: '2024-01-10T10:00:00Z' });
    const b = await f.registered({ counterpartyId: client, causeId: delivery, departmentAtFaultId: logistics, employeeAtFaultId: rude, registeredAt: '2024-02-10T10:00:00Z' });
    const c = await f.registered({ counterpartyId: client, causeId: quality, responsibleEmployeeId: manager, registeredAt: '2024-03-01T10:00:00Z', dueAt: '2024-03-10T10:00:00Z' });
    await f.moved(b, 'REJECTED', { result: 'No' });
    expect(c.overdue).toBe(true);
    expect(a.cause).toEqual({ path: `list quality ${process.pid}/Packaging` });

    const ids = async (where: Record<string, unknown>) =>
      (await api.request('query($w: ClaimFilter) { claims(where: $w) { edges { node { id } } } }', { w: { counterpartyId: client, ...where } }))
        .data.claims.edges.map((edge: any) => edge.node.id);
    expect(await ids({})).toEqual([c.id, b.id, a.id]);
    expect(await ids({ causeId: quality })).toEqual([c.id, a.id]);
    expect(await ids({ causeId: packaging })).toEqual([a.id]);
    expect(await ids({ departmentAtFaultId: logistics })).toEqual([b.id]);
    expect(await ids({ employeeAtFaultId: rude })).toEqual([b.id]);
    expect(await ids({ responsibleEmployeeId: manager })).toEqual([c.id]);
    expect(await ids({ statuses: ['REJECTED'] })).toEqual([b.id]);
    expect(await ids({ statuses: [] })).toEqual([]);
    expect(await ids({ statuses: ['REGISTERED', 'INVESTIGATING'] })).toEqual([c.id, a.id]);
    expect(await ids({ registeredFrom: '2024-01-01T00:00:00Z', registeredTo: '2024-02-01T00:00:00Z' })).toEqual([a.id]);
    expect(await ids({ overdue: true })).toEqual([c.id]);
    expect(await ids({ overdue: false })).toEqual([b.id, a.id]);
    expect(await ids({ registeredVia: 'PORTAL' })).toEqual([]);

    const PAGE = 'query($w: ClaimFilter, $first: Int, $after: String) { claims(where: $w, first: $first, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }';
    const first = await api.request(PAGE, { w: { counterpartyId: client }, first: 2 });
    expect(first.data.claims.edges.map((edge: any) => edge.node.id)).toEqual([c.id, b.id]);
    expect(first.data.claims).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const second = await api.request(PAGE, { w: { counterpartyId: client }, first: 2, after: first.data.claims.pageInfo.endCursor });
    expect(second.data.claims.edges.map((edge: any) => edge.node.id)).toEqual([a.id]);
    expect(second.data.claims.pageInfo.hasNextPage).toBe(false);
    expect(errorCodes(await api.request(PAGE, { first: 101 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await api.request(PAGE, { first: 2, after: 'bm90IGEgY3Vyc29y' }))).toEqual(['BAD_USER_INPUT']);
    const appealCursor = (await api.request('{ appeals(first: 1) { pageInfo { endCursor } } }')).data.appeals.pageInfo.endCursor;
    if (appealCursor) expect(errorCodes(await api.request(PAGE, { first: 2, after: appealCursor }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await api.request(PAGE, { w: { causeId: client } }))).toEqual(['BAD_USER_INPUT']);
  });

  it('files claims by cause in a folder tree that refuses cycles and deletion while in use', async () => {
    const top = await f.cause(`tree ${process.pid}`);
    const child = (await api.mutate('createClaimCause', { name: 'Late', parentId: top }, 'group { id path version }')).group;
    expect(child.path).toBe(`tree ${process.pid}/Late`);
    const cycle = await f.run('moveClaimCause', { id: top, expectedVersion: 1, parentId: child.id }, 'group { id }');
    expect(cycle.errors).toEqual([['input.parentId', 'CYCLE']]);
    const twin = await f.run('createClaimCause', { name: 'LATE', parentId: top }, 'group { id }');
    expect(twin.errors).toEqual([['input.name', 'DUPLICATE']]);
    await f.registered({ counterpartyId: await f.counterparty('tree'), causeId: child.id });
    expect((await f.run('deleteClaimCause', { id: child.id }, 'deletedId')).errors).toEqual([['input.id', 'NOT_EMPTY']]);
    const roots = await api.request('{ claimCauses { name children { name } } }');
    expect(roots.data.claimCauses).toContainEqual({ name: `tree ${process.pid}`, children: [{ name: 'Late' }] });
  });

  it('reads counterparties with their claims, summaries, tasks and chronicle in the same statements for 3 as for 12', async () => {
    const owners: string[] = [];
    const agent = await f.employee('bound-agent');
    for (let i = 0; i < 12; i += 1) {
      const client = await f.counterparty('bound');
      const open = await f.registered({ counterpartyId: client, responsibleEmployeeId: agent, amountClaimed: '30', currency: 'EUR' });
      await f.run('createTask', { claimId: open.id, title: 'Look', dueAt: '2030-01-10T17:00:00.000Z', assigneeIds: [agent] }, 'task { id }');
      const granted = await f.registered({ counterpartyId: client, amountClaimed: '20', currency: 'EUR' });
      await f.moved(granted, 'SATISFIED', { result: 'Paid', amountGranted: '20' });
      const rejected = await f.registered({ counterpartyId: client, amountClaimed: '5', currency: 'UAH' });
      await f.moved(rejected, 'REJECTED', { result: 'No' });
      owners.push(client);
    }
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Counterparty {
      claimSummary { total open satisfied partlySatisfied rejected withdrawn amounts { currency claimed granted } }
      claims { number overdue responsibleEmployee { fullName } cause { path } tasks { title assignees { fullName } }
        chronicle(first: 5) { edges { node { subject } } } } } } }`;
    const three = await api.request(query, { ids: owners.slice(0, 3) });
    const twelve = await api.request(query, { ids: owners });
    expect(twelve.errors).toBeUndefined();
    const claims = twelve.data.nodes.flatMap((node: any) => node.claims);
    expect(claims).toHaveLength(36);
    expect(claims.every((claim: any) => claim.chronicle.edges.length >= 1)).toBe(true);
    expect(claims.filter((claim: any) => claim.tasks.length === 1 && claim.tasks[0].assignees[0].fullName && claim.responsibleEmployee?.fullName)).toHaveLength(12);
    expect(twelve.data.nodes[11].claimSummary).toEqual({
      total: 3, open: 1, satisfied: 1, partlySatisfied: 0, rejected: 1, withdrawn: 0,
      amounts: [{ currency: 'EUR', claimed: '50.00', granted: '20.00' }, { currency: 'UAH', claimed: '5.00', granted: '0.00' }],
    });
    // authentication, the nodes, then one each: claim summaries, claims, employees, tasks, their assignees' employees
    // (one loader with the responsible ones), chronicle pages
    expect(twelve.statements).toBe(three.statements);
    expect(twelve.statements).toBeLessThanOrEqual(8);
    const backward = query.replace('chronicle(first: 5)', 'chronicle(last: 5)');
    const [threeBack, twelveBack] = [await api.request(backward, { ids: owners.slice(0, 3) }), await api.request(backward, { ids: owners })];
    expect(twelveBack.errors).toBeUndefined();
    expect([threeBack.statements, twelveBack.statements]).toEqual([three.statements, three.statements]);
  });

  it('answers a counterparty without claims with an empty summary', async () => {
    const client = await f.counterparty('none');
    const read = await api.request('query($id: ID!) { node(id: $id) { ... on Counterparty { claims { id } claimSummary { total open amounts { currency } } } } }', { id: client });
    expect(read.data.node).toEqual({ claims: [], claimSummary: { total: 0, open: 0, amounts: [] } });
  });
});
