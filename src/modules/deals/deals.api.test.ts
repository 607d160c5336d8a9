import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeGlobalId, toGlobalId } from '../../lib/global-id.js';
import { createApiKey } from '../auth/api-keys.service.js';
import { errorCodes, startTestApi, type TestApi } from '../../testing/api.js';
import { dealFixtures } from './deals-fixtures.js';

let api: TestApi;
let f: ReturnType<typeof dealFixtures>;
beforeAll(async () => {
  api = await startTestApi();
  f = dealFixtures(api);
});
afterAll(async () => { await api?.stop(); });

const keyOf = (id: string) => decodeGlobalId(id)!.key;
const dealsWhere = async (where: Record<string, unknown>) =>
  (await api.request('query($w: DealFilter) { deals(where: $w, first: 100) { totalCount edges { node { id } } } }', { w: where })).data.deals;

describe('deals', () => {
  it('takes a contact card as its owner until the card is converted, then is its counterparty\'s', async () => {
    const card = (await api.mutate('createContactCard', { name: `Lead deal ${process.pid}` }, 'contactCard { id version }')).contactCard;
    const deal = await f.created({ contactCardId: card.id, column: 'CONTACT_1' });
    expect(deal).toMatchObject({ counterparty: null, contract: null });
    const read = async () => (await api.request(`query($id: ID!) { deal(id: $id) { version silentSince followUpDue counterparty { id } contactCard { id } } }`, { id: deal.id })).data.deal;
    expect((await read()).contactCard).toEqual({ id: card.id });
    // Its silence ends with a DONE contact in the card's chronicle, as with a counterparty's.
    await api.db.execute(sql`update deals set last_moved_at = now() - interval '8 days' where id = ${keyOf(deal.id)}`);
    expect((await read()).followUpDue).toBe(true);
    await api.mutate('registerCall', { contactCardId: card.id, result: 'Asked for an offer' }, 'chronicleEntry { id }');
    expect((await read()).followUpDue).toBe(false);
    // Exactly one owner; a lead's deal takes no contract.
    const client = await f.counterparty('lead-owner');
    expect((await f.run('createDeal', { name: 'Both', counterpartyId: client, contactCardId: card.id }, 'deal { id }')).errors).toEqual([['input.contactCardId', 'INVALID']]);
    expect((await f.run('createDeal', { name: 'Neither' }, 'deal { id }')).errors).toEqual([['input.counterpartyId', 'REQUIRED']]);
    const contract = (await api.mutate('createContract', { counterpartyId: client, number: `L-${process.pid}`, date: '2026-03-02', currency: 'EUR' }, 'contract { id }')).contract.id;
    const won = await f.attempt('moveDeal', await read().then((row) => ({ id: deal.id, version: row.version })), { column: 'RESULT', result: 'WON_CONTRACT', contractId: contract });
    expect(won.errors).toEqual([['input.contractId', 'INVALID']]);

    // Converted, the card's deals are the new counterparty's; a converted card takes no new deal.
    const { version } = (await api.request(`query($id: ID!) { contactCard(id: $id) { version } }`, { id: card.id })).data.contactCard;
    const converted = await api.mutate('convertContactCard', { id: card.id, expectedVersion: version }, 'counterparty { id deals { id } }');
    expect(converted.counterparty.deals).toEqual([{ id: deal.id }]);
    expect(await read()).toMatchObject({ counterparty: { id: converted.counterparty.id }, contactCard: null });
    expect((await f.run('createDeal', { name: 'Late', contactCardId: card.id }, 'deal { id }')).errors).toEqual([['input.contactCardId', 'INVALID_STATE']]);
  });

  it('creates a deal in PROSPECT at NEEDS, its history starting with the creation by the key that made it', async () => {
    const client = await f.counterparty('create-client');
    const manager = await f.employee('create-manager');
    const source = (await api.mutate('createInformationSource', { name: `create-fair ${process.pid}` }, 'informationSource { id }')).informationSource.id;
    const deal = await f.created({
      counterpartyId: client, name: ' Forklifts ', amount: '1200.5', currency: 'eur', expectedDate: '2027-05-01',
      assignedEmployeeId: manager, informationSourceId: source,
    });
    expect(deal).toMatchObject({
      name: 'Forklifts', amount: '1200.50', currency: 'EUR', expectedDate: '2027-05-01', stage: 'NEEDS', column: 'PROSPECT', result: null,
      closedAt: null, followUpDue: false, version: 1, counterparty: { id: client }, assignedEmployee: { id: manager }, informationSource: { id: source },
      orders: [], contract: null,
    });
    expect(deal.silentSince).toBe(deal.lastMovedAt);
    expect(deal.moves).toEqual([{
      kind: 'CREATED', fromColumn: null, toColumn: 'PROSPECT', fromStage: null, toStage: 'NEEDS', result: null, lostReason: null, note: null,
      at: deal.lastMovedAt, movedBy: null, movedByApiKeyNumber: expect.any(Number),
    }]);
    const viaNode = await api.request('query($id: ID!) { node(id: $id) { ... on Deal { name } } }', { id: deal.id });
    expect(viaNode.data.node).toEqual({ name: 'Forklifts' });
    const elsewhere = await f.created({ counterpartyId: client, column: 'CONTACT_1', stage: 'OFFER' });
    expect(elsewhere.moves[0]).toMatchObject({ kind: 'CREATED', toColumn: 'CONTACT_1', toStage: 'OFFER' });
  });

  it('refuses a creation naming wrong or unknown things, each error on its field, and writes nothing', async () => {
    const client = await f.counterparty('bad-client');
    const retired = await f.employee('bad-retired');
    const retiredVersion = (await api.request('query($id: ID!) { node(id: $id) { ... on Employee { version } } }', { id: retired })).data.node.version;
    await api.mutate('updateEmployee', { id: retired, expectedVersion: retiredVersion, active: false }, 'employee { id }');
    const create = (input: Record<string, unknown>) => f.run('createDeal', { name: 'x', counterpartyId: client, ...input }, 'deal { id }');

    expect((await create({ counterpartyId: retired })).errors).toEqual([['input.counterpartyId', 'WRONG_TYPE']]);
    expect((await create({ counterpartyId: 'not-an-id' })).errors).toEqual([['input.counterpartyId', 'INVALID']]);
    expect((await create({ counterpartyId: toGlobalId('Counterparty', 987654) })).errors).toEqual([['input.counterpartyId', 'NOT_FOUND']]);
    expect((await create({ name: '  ' })).errors).toEqual([['input.name', 'REQUIRED']]);
    expect((await create({ amount: '10' })).errors).toEqual([['input.currency', 'REQUIRED']]);
    expect((await create({ amount: '-1', currency: 'EUR' })).errors).toEqual([['input.amount', 'OUT_OF_RANGE']]);
    expect((await create({ amount: '1.234', currency: 'EUR' })).errors).toEqual([['input.amount', 'INVALID']]);
    expect((await create({ column: 'RESULT' })).errors).toEqual([['input.column', 'INVALID_STATE']]);
    expect((await create({ assignedEmployeeId: retired })).errors).toEqual([['input.assignedEmployeeId', 'INVALID_STATE']]);
    expect((await create({
      assignedEmployeeId: toGlobalId('Employee', 987654), informationSourceId: toGlobalId('InformationSource', 987654),
    })).errors).toEqual([['input.assignedEmployeeId', 'NOT_FOUND'], ['input.informationSourceId', 'NOT_FOUND']]);
    expect(errorCodes((await create({ amount: 12 })).result)).toEqual(['BAD_USER_INPUT']);
    expect((await dealsWhere({ counterpartyId: client })).totalCount).toBe(0);
  });

  it('moves a deal forward by one or more columns and back by one among the CONTACT columns only, refusing the rest', async () => {
    const client = await f.counterparty('move-client');
    let deal = await f.created({ counterpartyId: client });
    const refused = async (column: string) => {
      const { errors, payload } = await f.attempt('moveDeal', deal, { column });
      expect(errors, `${deal.column} → ${column}`).toEqual([['input.column', 'INVALID_STATE']]);
      expect(payload.deal).toBeNull();
    };
    await refused('PROSPECT');
    deal = await f.moved('moveDeal', deal, { column: 'INTERESTED' });
    await refused('PROSPECT');
    deal = await f.moved('moveDeal', deal, { column: 'CONTACT_2', note: 'asked for an offer at once' });
    await refused('INTERESTED');
    deal = await f.moved('moveDeal', deal, { column: 'CONTACT_1' });
    deal = await f.moved('moveDeal', deal, { column: 'CONTACT_3' });
    await refused('CONTACT_1');
    deal = await f.moved('moveDeal', deal, { column: 'CONTACT_2' });
    expect(deal.column).toBe('CONTACT_2');
    expect(deal.moves.map((move: any) => [move.kind, move.fromColumn, move.toColumn])).toEqual([
      ['CREATED', null, 'PROSPECT'], ['COLUMN', 'PROSPECT', 'INTERESTED'], ['COLUMN', 'INTERESTED', 'CONTACT_2'],
      ['COLUMN', 'CONTACT_2', 'CONTACT_1'], ['COLUMN', 'CONTACT_1', 'CONTACT_3'], ['COLUMN', 'CONTACT_3', 'CONTACT_2'],
    ]);
    expect(deal.moves[2].note).toBe('asked for an offer at once');
    expect(deal.version).toBe(6);
  });

  it('keeps who made each move: the employee of the key and the key\'s number', async () => {
    const client = await f.counterparty('author-client');
    const seller = await f.employee('author-seller');
    const { key, row } = await createApiKey(api.db, { name: 'seller', role: 'MANAGER', employeeId: keyOf(seller) });
    const deal = await f.created({ counterpartyId: client });
    const result = await api.request(`mutation($input: MoveDealInput!) { moveDeal(input: $input) {
      deal { moves { kind movedBy { id } movedByApiKeyNumber } } userErrors { code } } }`,
    { input: { id: deal.id, expectedVersion: deal.version, column: 'INTERESTED' } }, { key });
    expect(result.data.moveDeal.userErrors).toEqual([]);
    expect(result.data.moveDeal.deal.moves).toEqual([
      { kind: 'CREATED', movedBy: null, movedByApiKeyNumber: deal.moves[0].movedByApiKeyNumber },
      { kind: 'COLUMN', movedBy: { id: seller }, movedByApiKeyNumber: row.id },
    ]);
    const viewer = await api.keyFor('VIEWER');
    const forbidden = await api.request('mutation($input: MoveDealInput!) { moveDeal(input: $input) { userErrors { code } } }',
      { input: { id: deal.id, expectedVersion: 2, column: 'CONTACT_1' } }, { key: viewer });
    expect(errorCodes(forbidden)).toEqual(['FORBIDDEN']);
  });

  it('moves to RESULT only with a result, with a lost reason for LOST only, and a contract of the counterparty\'s for WON_CONTRACT', async () => {
    const client = await f.counterparty('result-client');
    const other = await f.counterparty('result-other');
    const reason = await f.lostReason(`result-price ${process.pid}`);
    const retired = await f.lostReason(`result-retired ${process.pid}`);
    await api.mutate('updateLostReason', { id: retired, expectedVersion: 1, active: false }, 'lostReason { id }');
    const deal = await f.created({ counterpartyId: client, column: 'CONTACT_3' });
    const attempt = async (input: Record<string, unknown>) => (await f.attempt('moveDeal', deal, input)).errors;

    expect(await attempt({ column: 'RESULT' })).toEqual([['input.result', 'REQUIRED']]);
    expect(await attempt({ column: 'RESULT', result: 'LOST' })).toEqual([['input.lostReasonId', 'REQUIRED']]);
    expect(await attempt({ column: 'RESULT', result: 'WON_PURCHASE', lostReasonId: reason })).toEqual([['input.lostReasonId', 'INVALID']]);
    expect(await attempt({ column: 'RESULT', result: 'LOST', lostReasonId: retired })).toEqual([['input.lostReasonId', 'INVALID_STATE']]);
    expect(await attempt({ column: 'RESULT', result: 'LOST', lostReasonId: toGlobalId('LostReason', 987654) })).toEqual([['input.lostReasonId', 'NOT_FOUND']]);
    expect(await attempt({ column: 'CONTACT_3', result: 'LOST' })).toEqual([['input.column', 'INVALID_STATE'], ['input.result', 'INVALID']]);

    const shop = await f.commerce('result');
    const buyer = await f.counterparty('result-buyer', { segment: shop.segment });
    const rival = await f.counterparty('result-rival', { segment: shop.segment });
    const contractOf = async (counterpartyId: string) => (await api.mutate('createContract', {
      counterpartyId, agreementId: shop.agreement, number: `R-${Math.random().toString(36).slice(2, 8)}`, date: '2026-03-02',
      lines: [{ productId: shop.product, quantity: '1', unitPrice: '10' }],
    }, 'contract { id }')).contract.id as string;
    const own = await contractOf(buyer);
    const rivals = await contractOf(rival);
    const sale = await f.created({ counterpartyId: buyer, column: 'CONTACT_1' });
    expect((await f.attempt('moveDeal', sale, { column: 'RESULT', result: 'WON_CONTRACT', contractId: rivals })).errors).toEqual([['input.contractId', 'INVALID']]);
    expect((await f.attempt('moveDeal', sale, { column: 'RESULT', result: 'WON_PURCHASE', contractId: own })).errors).toEqual([['input.contractId', 'INVALID']]);
    const won = await f.moved('moveDeal', sale, { column: 'RESULT', result: 'WON_CONTRACT', contractId: own });
    expect(won).toMatchObject({ column: 'RESULT', result: 'WON_CONTRACT', contract: { id: own }, lostReason: null, followUpDue: false });
    expect(won.closedAt).toBe(won.lastMovedAt);

    const lost = await f.moved('moveDeal', deal, { column: 'RESULT', result: 'LOST', lostReasonId: reason, note: 'too dear' });
    expect(lost).toMatchObject({ column: 'RESULT', result: 'LOST', lostReason: { id: reason } });
    expect(lost.moves.at(-1)).toMatchObject({ kind: 'COLUMN', fromColumn: 'CONTACT_3', toColumn: 'RESULT', result: 'LOST', lostReason: { id: reason }, note: 'too dear' });
    // Out of RESULT only by reopening; nor does its stage change there.
    expect((await f.attempt('moveDeal', lost, { column: 'CONTACT_3' })).errors).toEqual([['input.column', 'INVALID_STATE']]);
    expect((await f.attempt('changeDealStage', lost, { stage: 'OFFER' })).errors).toEqual([['input.stage', 'INVALID_STATE']]);
    expect(other).toBeTruthy();
    expect((await dealsWhere({ counterpartyId: client, result: 'LOST' })).totalCount).toBe(1);
  });

  it('reopens a deal in RESULT only, with a reason, into an open column, its result cleared and the reopening in its history', async () => {
    const client = await f.counterparty('reopen-client');
    const reason = await f.lostReason(`reopen-price ${process.pid}`);
    const open = await f.created({ counterpartyId: client, column: 'CONTACT_2', stage: 'OFFER' });
    expect((await f.attempt('reopenDeal', open, { reason: 'why' })).errors).toEqual([['input.id', 'INVALID_STATE']]);
    const lost = await f.moved('moveDeal', open, { column: 'RESULT', result: 'LOST', lostReasonId: reason });
    expect((await f.attempt('reopenDeal', lost, { reason: ' ' })).errors).toEqual([['input.reason', 'REQUIRED']]);
    expect((await f.attempt('reopenDeal', lost, { reason: 'x', column: 'RESULT' })).errors).toEqual([['input.column', 'INVALID']]);
    const reopened = await f.moved('reopenDeal', lost, { reason: 'They called back' });
    expect(reopened).toMatchObject({ column: 'CONTACT_1', stage: 'OFFER', result: null, lostReason: null, closedAt: null });
    expect(reopened.moves.at(-1)).toMatchObject({ kind: 'REOPENED', fromColumn: 'RESULT', toColumn: 'CONTACT_1', note: 'They called back', result: null });
    const again = await f.moved('moveDeal', reopened, { column: 'RESULT', result: 'STILL_PROSPECT' });
    const toProspect = await f.moved('reopenDeal', again, { reason: 'next season', column: 'PROSPECT' });
    expect(toProspect.column).toBe('PROSPECT');
  });

  it('changes the stage to any other, recorded, and refuses the same stage', async () => {
    const client = await f.counterparty('stage-client');
    let deal = await f.created({ counterpartyId: client, column: 'INTERESTED' });
    deal = await f.moved('changeDealStage', deal, { stage: 'NEGOTIATION', note: 'price talks' });
    deal = await f.moved('changeDealStage', deal, { stage: 'RFQ' });
    expect((await f.attempt('changeDealStage', deal, { stage: 'RFQ' })).errors).toEqual([['input.stage', 'INVALID_STATE']]);
    expect(deal.moves.slice(1).map((move: any) => [move.kind, move.fromColumn, move.toColumn, move.fromStage, move.toStage, move.note])).toEqual([
      ['STAGE', 'INTERESTED', 'INTERESTED', 'NEEDS', 'NEGOTIATION', 'price talks'], ['STAGE', 'INTERESTED', 'INTERESTED', 'NEGOTIATION', 'RFQ', null],
    ]);
    expect((await dealsWhere({ counterpartyId: client, stages: ['RFQ'] })).totalCount).toBe(1);
    expect((await dealsWhere({ counterpartyId: client, stages: ['NEEDS'] })).totalCount).toBe(0);
  });

  it('updates a deal\'s own fields at the version read: a stale version is a CONFLICT, an unknown deal NOT_FOUND, nothing written', async () => {
    const shop = await f.commerce('update');
    const client = await f.counterparty('update-client', { segment: shop.segment });
    const rival = await f.counterparty('update-rival', { segment: shop.segment });
    const contract = async (counterpartyId: string) => (await api.mutate('createContract', {
      counterpartyId, agreementId: shop.agreement, number: `U-${Math.random().toString(36).slice(2, 8)}`, date: '2026-03-02',
      lines: [{ productId: shop.product, quantity: '1', unitPrice: '10' }],
    }, 'contract { id }')).contract.id as string;
    const deal = await f.created({ counterpartyId: client, externalId: `update-${process.pid}`, amount: '5', currency: 'USD' });
    const update = (input: Record<string, unknown>) => f.run('updateDeal', { id: deal.id, expectedVersion: deal.version, ...input }, `deal { ${f.DEAL} }`);

    expect((await update({ contractId: await contract(rival) })).errors).toEqual([['input.contractId', 'INVALID']]);
    expect((await update({ currency: null })).errors).toEqual([['input.currency', 'REQUIRED']]);
    const own = await contract(client);
    const saved = (await update({ name: 'Twelve forklifts', amount: null, contractId: own, expectedDate: '2027-06-30' })).payload.deal;
    expect(saved).toMatchObject({ name: 'Twelve forklifts', amount: null, currency: 'USD', contract: { id: own }, version: 2, column: 'PROSPECT' });
    expect(saved.moves).toHaveLength(1);

    const stale = await update({ name: 'Late' });
    expect(errorCodes(stale.result)).toEqual(['CONFLICT']);
    const missing = await f.run('updateDeal', { id: toGlobalId('Deal', 987654), expectedVersion: 1, name: 'x' }, 'deal { id }');
    expect(errorCodes(missing.result)).toEqual(['NOT_FOUND']);
    const moveMissing = await f.run('moveDeal', { id: toGlobalId('Deal', 987654), expectedVersion: 1, column: 'INTERESTED' }, 'deal { id }');
    expect(errorCodes(moveMissing.result)).toEqual(['NOT_FOUND']);
    const staleMove = await f.attempt('moveDeal', deal, { column: 'INTERESTED' });
    expect(errorCodes(staleMove.result)).toEqual(['CONFLICT']);
    const other = await f.created({ counterpartyId: client, externalId: `update-other-${process.pid}` });
    const duplicate = await f.run('updateDeal', { id: other.id, expectedVersion: 1, externalId: `update-${process.pid}` }, 'deal { id }');
    expect(duplicate.errors).toEqual([['input.externalId', 'DUPLICATE']]);
    const unknown = await api.request('query($id: ID!) { deal(id: $id) { id } }', { id: toGlobalId('Deal', 987654) });
    expect(unknown.data.deal).toBeNull();
  });

  it('links orders of the deal\'s counterparty only, each order to one deal at most, and unlinks them', async () => {
    const shop = await f.commerce('link');
    const buyer = await f.counterparty('link-buyer', { segment: shop.segment });
    const rival = await f.counterparty('link-rival', { segment: shop.segment });
    const order = await shop.order(buyer, '2024-03-01', '1');
    const second = await shop.order(buyer, '2024-03-02', '1', true);
    const rivals = await shop.order(rival, '2024-03-01', '1');
    const deal = await f.created({ counterpartyId: buyer });
    const another = await f.created({ counterpartyId: buyer });
    const link = (dealId: string, orderId: string, name = 'linkDealOrder') => f.run(name, { dealId, orderId }, 'deal { id orders { id } }');

    expect((await link(deal.id, rivals)).errors).toEqual([['input.orderId', 'INVALID']]);
    expect((await link(deal.id, toGlobalId('Order', 987654))).errors).toEqual([['input.orderId', 'NOT_FOUND']]);
    expect((await link(toGlobalId('Deal', 987654), order)).errors).toEqual([['input.dealId', 'NOT_FOUND']]);
    expect((await link(buyer, order)).errors).toEqual([['input.dealId', 'WRONG_TYPE']]);
    expect((await link(deal.id, order)).payload.deal.orders).toEqual([{ id: order }]);
    expect((await link(deal.id, second)).payload.deal.orders).toEqual([{ id: order }, { id: second }]);
    expect((await link(another.id, order)).errors).toEqual([['input.orderId', 'DUPLICATE']]);
    expect((await link(deal.id, order)).errors).toEqual([['input.orderId', 'DUPLICATE']]);
    expect((await link(another.id, order, 'unlinkDealOrder')).errors).toEqual([['input.orderId', 'NOT_FOUND']]);
    expect((await link(deal.id, order, 'unlinkDealOrder')).payload.deal.orders).toEqual([{ id: second }]);
    expect((await link(another.id, order)).payload.deal.orders).toEqual([{ id: order }]);
  });

  it('flags a deal silent in a CONTACT column for more than FOLLOW_UP_DAYS days, counting its counterparty\'s DONE contacts, and filters by it in SQL', async () => {
    const client = await f.counterparty('follow-client');
    const quiet = await f.counterparty('follow-quiet');
    const agent = await f.employee('follow-agent');
    const talked = await f.created({ counterpartyId: client, column: 'CONTACT_1', assignedEmployeeId: agent });
    const silent = await f.created({ counterpartyId: quiet, column: 'CONTACT_2', assignedEmployeeId: agent });
    const prospect = await f.created({ counterpartyId: quiet, column: 'PROSPECT', assignedEmployeeId: agent });
    const fresh = await f.created({ counterpartyId: quiet, column: 'CONTACT_3', assignedEmployeeId: agent });
    // Eight days of silence for three of them (the default is 7 days).
    const days = (n: number) => new Date(Date.now() - n * 86_400_000);
    const ids = [talked, silent, prospect].map((deal) => keyOf(deal.id));
    await api.db.execute(sql`update deals set last_moved_at = ${days(8).toISOString()}::timestamptz where id = any(${sql.param(ids)}::bigint[])`);
    // The client was called two days ago (DONE); a planned call does not count.
    await api.mutate('createChronicleEntry', { counterpartyId: client, kind: 'CALL', status: 'DONE', subject: 'Called', happenedAt: days(2).toISOString() }, 'chronicleEntry { id }');
    await api.mutate('createChronicleEntry', { counterpartyId: quiet, kind: 'CALL', status: 'PLANNED', subject: 'To call', plannedAt: days(1).toISOString() }, 'chronicleEntry { id }');

    const read = await api.request(`query($w: DealFilter) { deals(where: $w) { edges { node { id column silentSince followUpDue } } } }`, { w: { assignedEmployeeId: agent } });
    const byId = new Map(read.data.deals.edges.map((edge: any) => [edge.node.id, edge.node]));
    expect(byId.get(talked.id)).toMatchObject({ followUpDue: false });
    expect(new Date((byId.get(talked.id) as any).silentSince).getTime()).toBeGreaterThan(days(3).getTime());
    expect(byId.get(silent.id)).toMatchObject({ followUpDue: true });
    expect(new Date((byId.get(silent.id) as any).silentSince).getTime()).toBeLessThan(days(7).getTime());
    expect(byId.get(prospect.id)).toMatchObject({ followUpDue: false });
    expect(byId.get(fresh.id)).toMatchObject({ followUpDue: false });

    const due = await dealsWhere({ assignedEmployeeId: agent, followUpDue: true });
    expect(due.edges.map((edge: any) => edge.node.id)).toEqual([silent.id]);
    const notDue = await dealsWhere({ assignedEmployeeId: agent, followUpDue: false });
    expect(notDue.edges.map((edge: any) => edge.node.id).sort()).toEqual([talked.id, prospect.id, fresh.id].sort());
    // A move ends the silence.
    const current = (await api.request(`query($id: ID!) { deal(id: $id) { id version } }`, { id: silent.id })).data.deal;
    await f.moved('moveDeal', current, { column: 'CONTACT_3' });
    expect((await dealsWhere({ assignedEmployeeId: agent, followUpDue: true })).totalCount).toBe(0);
  });

  it('filters by counterparty, employee, columns, result and expected period, and pages by cursor', async () => {
    const client = await f.counterparty('filter-client');
    const agent = await f.employee('filter-agent');
    const made = [];
    for (const [column, expectedDate] of [['PROSPECT', '2027-01-10'], ['CONTACT_1', '2027-02-10'], ['CONTACT_2', '2027-03-10'], ['INTERESTED', null]] as const) {
      made.push(await f.created({ counterpartyId: client, column, expectedDate, assignedEmployeeId: agent }));
    }
    expect((await dealsWhere({ assignedEmployeeId: agent, columns: ['CONTACT_1', 'CONTACT_2'] })).totalCount).toBe(2);
    expect((await dealsWhere({ assignedEmployeeId: agent, columns: [] })).totalCount).toBe(0);
    expect((await dealsWhere({ counterpartyId: client, expectedFrom: '2027-02-01', expectedTo: '2027-03-10' })).totalCount).toBe(2);
    const first = await api.request('query($w: DealFilter) { deals(where: $w, first: 3) { edges { node { id } } pageInfo { hasNextPage endCursor } } }', { w: { counterpartyId: client } });
    expect(first.data.deals.edges.map((edge: any) => edge.node.id)).toEqual(made.slice(1).reverse().map((deal) => deal.id));
    const rest = await api.request('query($w: DealFilter, $after: String) { deals(where: $w, first: 3, after: $after) { edges { node { id } } pageInfo { hasNextPage } } }',
      { w: { counterpartyId: client }, after: first.data.deals.pageInfo.endCursor });
    expect(rest.data.deals.edges.map((edge: any) => edge.node.id)).toEqual([made[0].id]);
    expect(rest.data.deals.pageInfo.hasNextPage).toBe(false);

    const oversized = await api.request('{ deals(first: 101) { totalCount } }');
    expect(errorCodes(oversized)).toEqual(['BAD_USER_INPUT']);
    const malformed = await api.request('{ deals(first: 5, after: "not a cursor") { totalCount } }');
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
    const wrongId = await api.request('query($w: DealFilter) { deals(where: $w) { totalCount } }', { w: { counterpartyId: agent } });
    expect(errorCodes(wrongId)).toEqual(['BAD_USER_INPUT']);
  });

  it('keeps a catalogue of lost reasons, names unique whatever the case', async () => {
    const name = `catalogue-late ${process.pid}`;
    const id = await f.lostReason(name);
    expect((await f.run('createLostReason', { name: name.toUpperCase() }, 'lostReason { id }')).errors).toEqual([['input.name', 'DUPLICATE']]);
    expect((await f.run('createLostReason', { name: ' ' }, 'lostReason { id }')).errors).toEqual([['input.name', 'REQUIRED']]);
    const renamed = (await f.run('updateLostReason', { id, expectedVersion: 1, name: `${name} delivery`, active: false }, 'lostReason { id name active version }')).payload.lostReason;
    expect(renamed).toEqual({ id, name: `${name} delivery`, active: false, version: 2 });
    expect(errorCodes((await f.run('updateLostReason', { id, expectedVersion: 1, name: 'x' }, 'lostReason { id }')).result)).toEqual(['CONFLICT']);
    const inactive = await api.request('{ lostReasons(active: false) { id name } }');
    expect(inactive.data.lostReasons).toContainEqual({ id, name: `${name} delivery` });
    const active = await api.request('{ lostReasons(active: true) { id } }');
    expect(active.data.lostReasons).not.toContainEqual({ id });
  });

  it('reads counterparties with their deals, moves, orders and references in the same statements for 2 as for 8', async () => {
    const prefix = `bound-${process.pid}`;
    const agent = await f.employee('bound-agent');
    const clients = [];
    for (let i = 0; i < 8; i += 1) {
      const client = await f.counterparty(`${prefix}-${i}`);
      clients.push(client);
      const deal = await f.created({ counterpartyId: client, column: 'CONTACT_1', assignedEmployeeId: agent });
      await f.moved('moveDeal', deal, { column: 'CONTACT_2' });
      await f.created({ counterpartyId: client });
    }
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Counterparty { id deals {
      name column silentSince followUpDue assignedEmployee { fullName } lostReason { name } contract { number } orders { number }
      moves { kind toColumn movedBy { id } }
    } } } }`;
    const two = await api.request(query, { ids: clients.slice(0, 2) });
    const eight = await api.request(query, { ids: clients });
    expect(two.errors).toBeUndefined();
    expect(eight.errors).toBeUndefined();
    expect(eight.data.nodes).toHaveLength(8);
    expect(eight.data.nodes.every((node: any) => node.deals.length === 2 && node.deals[1].moves.length === 2 && node.deals[1].assignedEmployee)).toBe(true);
    expect(eight.statements).toBe(two.statements);
    // authentication, the counterparties, their deals, then (one level down) employees, moves,
    // order links and last contacts, then the orders of the links
    expect(eight.statements).toBeLessThanOrEqual(8);
  });
});
