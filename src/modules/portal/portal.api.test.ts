import { eq, inArray } from 'drizzle-orm';
import {
  getIntrospectionQuery, type IntrospectionField, type IntrospectionInputObjectType, type IntrospectionObjectType, type IntrospectionOutputTypeRef, type IntrospectionQuery,
  type IntrospectionType, type IntrospectionTypeRef,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appealActions, appeals, apiKeys, employees, obligationFulfilments, obligations, orders } from '../../db/schema/index.js';
import { decodeGlobalId, keyOf, toGlobalId } from '../../lib/global-id.js';
import { errorCodes, fieldsAndCodes, startTestApi, type TestApi } from '../../testing/api.js';
import { expectPagingRefusals, expectSameItemsBothWays, PAGE_INFO } from '../../testing/paging.js';
import { addRecords, attachFile, makeCatalogue, makePartner, type PartnerData } from './portal-fixture.js';
import { asPartner } from './row-security.js';

let api: TestApi;
let alpha: PartnerData; let beta: PartnerData;
let alphaKey: string; let betaKey: string;

beforeAll(async () => {
  api = await startTestApi();
  const catalogue = await makeCatalogue(api, 'portal');
  alpha = await makePartner(api, catalogue, 'alpha');
  beta = await makePartner(api, catalogue, 'beta');
  alphaKey = await api.partnerKeyFor(keyOf(alpha.counterpartyId, 'Counterparty')!, keyOf(alpha.personId, 'Person'));
  betaKey = await api.partnerKeyFor(keyOf(beta.counterpartyId, 'Counterparty')!);
}, 60_000);
afterAll(async () => { await api?.stop(); });

describe('who may use the portal', () => {
  it('refuses staff keys on the portal and partner keys on the staff API, with FORBIDDEN', async () => {
    const staffOnPortal = await api.portal(api.adminKey, '{ organisation { name } }');
    expect(staffOnPortal.status).toBe(403);
    expect(errorCodes(staffOnPortal)).toEqual(['FORBIDDEN']);
    const partnerOnStaff = await api.request('{ viewer { role } }', {}, { key: alphaKey });
    expect(partnerOnStaff.status).toBe(403);
    expect(errorCodes(partnerOnStaff)).toEqual(['FORBIDDEN']);
    expect((await api.portal(null, '{ organisation { name } }')).status).toBe(401);
  });

  it('issues partner keys to ADMIN keys only, for a person holding a position at the counterparty', async () => {
    const create = (input: Record<string, unknown>, key?: string) => api.request(
      `mutation($input: CreatePartnerApiKeyInput!) { createPartnerApiKey(input: $input) {
        key apiKey { number role prefix counterparty { id } person { id } } userErrors { field code } } }`, { input }, { key });
    const manager = await create({ name: 'x', counterpartyId: alpha.counterpartyId }, await api.keyFor('MANAGER'));
    expect(errorCodes(manager)).toEqual(['FORBIDDEN']);

    const wrong = (await create({ name: ' ', counterpartyId: toGlobalId('Counterparty', 999999), personId: beta.personId })).data.createPartnerApiKey;
    expect(fieldsAndCodes(wrong.userErrors)).toEqual([['input.name', 'REQUIRED'], ['input.counterpartyId', 'NOT_FOUND']]);
    const stranger = (await create({ name: 'Alpha portal', counterpartyId: alpha.counterpartyId, personId: beta.personId })).data.createPartnerApiKey;
    expect(fieldsAndCodes(stranger.userErrors)).toEqual([['input.personId', 'INVALID']]);
    expect(stranger.key).toBeNull();

    const made = (await create({ name: 'Alpha portal', counterpartyId: alpha.counterpartyId, personId: alpha.personId })).data.createPartnerApiKey;
    expect(made.apiKey).toMatchObject({ role: 'PARTNER', counterparty: { id: alpha.counterpartyId }, person: { id: alpha.personId } });
    expect(made.key.startsWith(made.apiKey.prefix)).toBe(true);
    const me = await api.portal(made.key, '{ organisation { id } me { id } }');
    expect(me.data).toEqual({ organisation: { id: alpha.counterpartyId }, me: { id: alpha.personId } });
  });
});

describe('what a partner sees', () => {
  it('its organisation, people, terms, contracts, orders, settlements, obligations, service and appeals', async () => {
    const { data, errors } = await api.portal(alphaKey, `{
      organisation { name taxNumber persons { lastName positions { title isPrimary } } }
      agreements { name status terms { currency deliveryDays discountPercent } }
      contracts { totalCount edges { node { number status total lines { product { name unit } quantity unitPrice } obligations { kind debtor amount fulfilments { date amount source } } } } }
      orders { totalCount edges { node { number status total shippedAmount paidAmount shipmentState paymentState
        lines { quantity price shippedQuantity product { name } } shipments { date amount } payments { date amount } } } }
      settlements { receivable overdue }
      obligations(open: true) { edges { node { kind description overdue } } }
      serviceCards { edges { node { number status visits { plannedDate status } } } }
      appeals { edges { node { subject status actions { kind description fromOrganisation } } } }
      claims { edges { node { number essence status amountClaimed currency order { number } events { subject text fromOrganisation } } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.organisation).toEqual({
      name: `${alpha.secret} Ltd`, taxNumber: 'TXalpha', persons: [{ lastName: `Buyer ${alpha.secret}`, positions: [{ title: 'Purchasing', isPrimary: true }] }],
    });
    // The individual agreement's own discount, with the currency and delivery days of its typical agreement.
    expect(data.agreements).toEqual([{ name: `Agreement ${alpha.secret} 2`, status: 'ACTIVE', terms: { currency: 'EUR', deliveryDays: 30, discountPercent: '2.00' } }]);
    expect(data.contracts.edges[0].node).toMatchObject({ number: `K-${alpha.secret}-2`, status: 'ACTIVE', lines: [{ quantity: '3.000', unitPrice: '98.00' }] });
    expect(data.contracts.edges[0].node.obligations.length).toBeGreaterThan(0);
    // The order under the contract shipped and paid part of it: the obligations' chronicle shows it.
    const chronicle = data.contracts.edges.flatMap((edge: { node: { obligations: { fulfilments: { date: string; source: string }[] }[] } }) =>
      edge.node.obligations.flatMap((o) => o.fulfilments.map((f) => [f.date, f.source])));
    expect(chronicle).toEqual(expect.arrayContaining([['2026-03-05', 'SHIPMENT'], ['2026-03-06', 'PAYMENT']]));
    expect(data.orders.edges.map((edge: { node: unknown }) => edge.node)).toEqual([expect.objectContaining({
      number: `O-${alpha.secret}-2`, status: 'POSTED', shipmentState: 'PARTIAL', paymentState: 'PARTIAL', paidAmount: '50.00',
      shipments: [{ date: '2026-03-05', amount: expect.any(String) }], payments: [{ date: '2026-03-06', amount: '50.00' }],
    })]);
    expect(data.obligations.edges.map((edge: { node: { description: string } }) => edge.node.description)).toContain(`Signed act ${alpha.secret}`);
    expect(data.serviceCards.edges).toEqual([{ node: { number: `S-${alpha.secret}-2`, status: 'ACTIVE', visits: [{ plannedDate: '2026-05-01', status: 'PLANNED' }] } }]);
    // Staff's registration and the work they shared; not the work they kept to themselves.
    const actions = data.appeals.edges[0].node.actions;
    expect(actions.map((action: { kind: string }) => action.kind)).toEqual(['REGISTERED', 'WORK']);
    expect(JSON.stringify(actions)).not.toContain(alpha.hiddenWork);
    // A claim's registration and what staff shared of its chronicle; not their internal note.
    const claim = data.claims.edges[0].node;
    expect(claim).toMatchObject({ essence: `Broken valve ${alpha.secret}`, status: 'REGISTERED', amountClaimed: '98.00', currency: 'EUR', order: { number: `O-${alpha.secret}-2` } });
    const subjects = claim.events.map((event: { subject: string }) => event.subject);
    expect(subjects).toHaveLength(2);
    expect(subjects).toEqual(expect.arrayContaining([expect.stringMatching(/^Claim C-\d{6} registered: Broken valve/), `We sent a new valve ${alpha.secret}`]));
    expect(JSON.stringify(claim)).not.toContain(alpha.hiddenWork);
  });

  it('reads nested lists in a number of statements that does not grow with the rows', async () => {
    const query = `{ orders(first: 100) { edges { node { number lines { product { name } } shipments { date } payments { date } } } }
      contracts { edges { node { lines { quantity } obligations { kind fulfilments { amount } } } } } serviceCards { edges { node { visits { status } } } }
      appeals { edges { node { actions { kind } } } } }`;
    const catalogue = await makeCatalogue(api, 'statements');
    const gamma = await makePartner(api, catalogue, 'gamma');
    const gammaKey = await api.partnerKeyFor(keyOf(gamma.counterpartyId, 'Counterparty')!);
    const before = await api.portal(gammaKey, query);
    // Another order, contract, card and appeal of gamma's, like the first ones.
    await addRecords(api, catalogue, gamma);
    const after = await api.portal(gammaKey, query);
    expect(after.data.orders.edges).toHaveLength(2);
    expect(after.statements).toBe(before.statements);
    expect(before.statements).toBeLessThanOrEqual(15);
  });

  it('pages every list backward through the same items as forward, the partner\'s own only, and refuses bad backward arguments', async () => {
    const catalogue = await makeCatalogue(api, 'paging');
    const delta = await makePartner(api, catalogue, 'delta');
    for (let i = 0; i < 2; i += 1) await addRecords(api, catalogue, delta);
    const deltaKey = await api.partnerKeyFor(keyOf(delta.counterpartyId, 'Counterparty')!);
    for (const field of ['appeals', 'claims', 'contracts', 'obligations', 'orders', 'serviceCards']) {
      const paged = {
        send: (variables: Record<string, unknown>) => api.portal(deltaKey, `query($first: Int, $after: String, $last: Int, $before: String) {
          ${field}(first: $first, after: $after, last: $last, before: $before) { edges { node { id } } ${PAGE_INFO} } }`, variables),
        path: [field],
      };
      const items = await expectSameItemsBothWays(paged) as Array<{ id: string }>;
      expect(items.length, field).toBeGreaterThanOrEqual(3);
      expect(items.every((item) => delta.ids.includes(item.id)), field).toBe(true);
      await expectPagingRefusals(paged);
    }
  }, 60_000);
});

describe('introspection', () => {
  it('is refused on the portal when PORTAL_INTROSPECTION is off, as in production, while queries still run', async () => {
    const closed = await startTestApi({ portalIntrospection: false });
    try {
      const partner = (await closed.mutate('createCounterparty', { kind: 'ORGANIZATION', name: 'Closed portal' }, 'counterparty { id }')).counterparty.id;
      const key = await closed.partnerKeyFor(keyOf(partner, 'Counterparty')!);
      expect(errorCodes(await closed.portal(key, '{ __schema { types { name } } }'))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect((await closed.portal(key, '{ organisation { name } }')).data).toEqual({ organisation: { name: 'Closed portal' } });
      expect((await closed.request('{ __schema { queryType { name } } }')).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await closed.stop();
    }
  });
});

describe('self-service', () => {
  it('registers a claim on its own order and comments on it; staff see both arrive', async () => {
    const order = alpha.ids.find((id) => keyOf(id, 'Order') !== null)!;
    const registered = await api.portal(alphaKey, `mutation($input: RegisterClaimInput!) { registerClaim(input: $input) {
      claim { id number status order { number } events { subject fromOrganisation } } userErrors { field code } } }`,
    { input: { essence: 'Two valves leak', demand: 'Money back', amountClaimed: '196', currency: 'EUR', orderId: order } });
    const claim = registered.data.registerClaim.claim;
    expect(claim).toMatchObject({ status: 'REGISTERED', order: { number: `O-${alpha.secret}-2` }, events: [{ fromOrganisation: false }] });

    const commented = await api.portal(alphaKey, `mutation($input: CommentOnClaimInput!) { commentOnClaim(input: $input) {
      claim { events { text fromOrganisation } } userErrors { field code } } }`, { input: { claimId: claim.id, text: 'Photos attached.' } });
    expect(commented.data.commentOnClaim.claim.events.at(-1)).toEqual({ text: 'Photos attached.', fromOrganisation: true });

    const staff = await api.request(`query($id: ID!) { claim(id: $id) { registeredVia counterparty { id } person { id } amountClaimed
      chronicle { edges { node { kind direction result visibleToClient } } } } }`, { id: claim.id });
    expect(staff.data.claim).toMatchObject({ registeredVia: 'PORTAL', counterparty: { id: alpha.counterpartyId }, person: { id: alpha.personId }, amountClaimed: '196.00' });
    expect(staff.data.claim.chronicle.edges.map((edge: { node: object }) => edge.node)).toContainEqual(
      { kind: 'NOTE', direction: 'INCOMING', result: 'Photos attached.', visibleToClient: true });
  });

  it('refuses a claim on another partner\'s order, or with an amount and no currency, writing nothing', async () => {
    const betaOrder = beta.ids.find((id) => keyOf(id, 'Order') !== null)!;
    const before = (await api.request('{ claims(first: 1) { totalCount } }')).data.claims.totalCount;
    const refused = await api.portal(alphaKey, `mutation($input: RegisterClaimInput!) { registerClaim(input: $input) { claim { id } userErrors { field code } } }`,
      { input: { essence: 'Planted', amountClaimed: '5', orderId: betaOrder } });
    expect(fieldsAndCodes(refused.data.registerClaim.userErrors)).toEqual([['input.currency', 'REQUIRED'], ['input.orderId', 'NOT_FOUND']]);
    const betaClaim = beta.ids.find((id) => keyOf(id, 'Claim') !== null)!;
    const comment = await api.portal(alphaKey, `mutation($id: ID!) { commentOnClaim(input: { claimId: $id, text: "hi" }) { claim { id } userErrors { field code } } }`, { id: betaClaim });
    expect(fieldsAndCodes(comment.data.commentOnClaim.userErrors)).toEqual([['input.claimId', 'NOT_FOUND']]);
    expect((await api.request('{ claims(first: 1) { totalCount } }')).data.claims.totalCount).toBe(before);
  });

  it('registers an appeal and comments on it; staff see both arrive', async () => {
    const registered = await api.portal(alphaKey, `mutation($input: RegisterAppealInput!) { registerAppeal(input: $input) {
      appeal { id number status actions { kind } } userErrors { field code } } }`, { input: { subject: 'The valve leaks', text: 'Since Monday.' } });
    const appeal = registered.data.registerAppeal.appeal;
    expect(appeal).toMatchObject({ status: 'NEW', actions: [{ kind: 'REGISTERED' }] });
    expect(appeal.number).toMatch(/^A-\d{6}$/);

    const commented = await api.portal(alphaKey, `mutation($input: CommentOnAppealInput!) { commentOnAppeal(input: $input) {
      appeal { actions { kind description fromOrganisation } } userErrors { field code } } }`, { input: { appealId: appeal.id, text: 'Photo sent by mail.' } });
    expect(commented.data.commentOnAppeal.appeal.actions.at(-1)).toEqual({ kind: 'COMMENT', description: 'Photo sent by mail.', fromOrganisation: true });

    const staff = await api.request(`query($id: ID!) { node(id: $id) { ... on Appeal {
      registeredVia counterparty { id } channel actions { kind visibleToClient person { id } } } } }`, { id: appeal.id });
    expect(staff.data.node).toEqual({
      registeredVia: 'PORTAL', counterparty: { id: alpha.counterpartyId }, channel: 'OTHER',
      actions: [{ kind: 'REGISTERED', visibleToClient: true, person: { id: alpha.personId } }, { kind: 'COMMENT', visibleToClient: true, person: { id: alpha.personId } }],
    });
  });

  it('refuses a blank appeal and a comment on another partner\'s appeal, writing nothing', async () => {
    const blank = await api.portal(alphaKey, `mutation { registerAppeal(input: { subject: "  " }) { appeal { id } userErrors { field code } } }`);
    expect(fieldsAndCodes(blank.data.registerAppeal.userErrors)).toEqual([['input.subject', 'REQUIRED']]);

    const betaAppeal = beta.ids.find((id) => keyOf(id, 'Appeal') !== null)!;
    const before = await api.db.select().from(appealActions).where(eq(appealActions.appealId, keyOf(betaAppeal, 'Appeal')!));
    const foreign = await api.portal(alphaKey, `mutation($id: ID!) { commentOnAppeal(input: { appealId: $id, text: "hi" }) { appeal { id } userErrors { field code } } }`, { id: betaAppeal });
    expect(foreign.data.commentOnAppeal).toEqual({ appeal: null, userErrors: [{ field: ['input', 'appealId'], code: 'NOT_FOUND' }] });
    const after = await api.db.select().from(appealActions).where(eq(appealActions.appealId, keyOf(betaAppeal, 'Appeal')!));
    expect(after).toEqual(before);
  });
});

describe('files', () => {
  const origin = () => new URL(api.url).origin;
  const download = (path: string, key: string) => fetch(`${origin()}${path}`, { headers: { authorization: `Bearer ${key}` } });

  it('lists, takes and serves the files of its own appeals and claims, and only those', async () => {
    const claim = alpha.ids.find((id) => keyOf(id, 'Claim') !== null)!;
    const listed = await api.portal(alphaKey, `query($id: ID!) { node(id: $id) { ... on Claim { attachments { id fileName contentType size sha256 downloadUrl } } } }`, { id: claim });
    expect(listed.data.node.attachments).toEqual([expect.objectContaining({ fileName: `${alpha.secret}.txt`, contentType: 'text/plain' })]);

    const mine = await attachFile(api.portalUrl, alphaKey, claim, 'акт огляду.txt', 'Пошкоджено два клапани.');
    const served = await download(mine.downloadUrl, alphaKey);
    expect(served.status).toBe(200);
    expect(await served.text()).toBe('Пошкоджено два клапани.');
    // Staff see the partner's file on the claim.
    const staff = await api.request(`query($id: ID!) { claim(id: $id) { attachments { fileName } } }`, { id: claim });
    expect(staff.data.claim.attachments.map((file: { fileName: string }) => file.fileName)).toContain('акт огляду.txt');

    // Another partner's file is not found, by the portal nor by its download.
    expect((await download(mine.downloadUrl, betaKey)).status).toBe(404);
    const betaFile = beta.ids.find((id) => keyOf(id, 'Attachment') !== null)!;
    expect((await download(`/attachments/${betaFile}`, alphaKey)).status).toBe(404);
    expect((await download(`/attachments/${betaFile}`, betaKey)).status).toBe(200);
  });

  it('refuses a file for another partner\'s claim, writing nothing', async () => {
    const betaClaim = beta.ids.find((id) => keyOf(id, 'Claim') !== null)!;
    const before = (await api.request(`query($id: ID!) { claim(id: $id) { attachments { id } } }`, { id: betaClaim })).data.claim.attachments;
    await expect(attachFile(api.portalUrl, alphaKey, betaClaim, 'planted.txt')).rejects.toThrow(/NOT_FOUND/);
    const after = (await api.request(`query($id: ID!) { claim(id: $id) { attachments { id } } }`, { id: betaClaim })).data.claim.attachments;
    expect(after).toEqual(before);
  });
});

/**
 * The leak test: every field of the portal's schema, read as alpha, with beta's ids wherever an
 * id is taken. The schema is read by introspection here, so a field added later is probed too.
 */
describe('no partner sees another partner\'s data', () => {
  let types: Map<string, IntrospectionType>;
  beforeAll(async () => {
    const { data } = await api.portal(alphaKey, getIntrospectionQuery());
    types = new Map((data as IntrospectionQuery).__schema.types.map((type) => [type.name, type]));
  });

  const named = (ref: IntrospectionTypeRef | IntrospectionOutputTypeRef): string =>
    ('ofType' in ref && ref.ofType ? named(ref.ofType) : (ref as { name: string }).name);

  /** Every field of `typeName`, nested objects included, down to `depth` (no type twice on one path). */
  function selection(typeName: string, depth: number, path: readonly string[] = []): string {
    const type = types.get(typeName)!;
    if (type.kind === 'INTERFACE' || type.kind === 'UNION') {
      const possible = (type as { possibleTypes: readonly { name: string }[] }).possibleTypes;
      return `{ __typename ${possible.map((p) => `... on ${p.name} ${selection(p.name, depth, path)}`).join(' ')} }`;
    }
    if (type.kind !== 'OBJECT') return '';
    const fields = (type as IntrospectionObjectType).fields.flatMap((field: IntrospectionField) => {
      const target = named(field.type);
      const kind = types.get(target)!.kind;
      if (kind === 'SCALAR' || kind === 'ENUM') return [field.name];
      if (depth === 0 || path.includes(target)) return [];
      const args = field.args.some((arg) => arg.name === 'first') ? '(first: 100)' : '';
      return [`${field.name}${args} ${selection(target, depth - 1, [...path, typeName])}`];
    });
    return `{ ${fields.join(' ')} }`;
  }

  /** The portal's name of a staff type, where it has another. */
  const PORTAL_TYPES: Record<string, string> = { Counterparty: 'Organisation' };

  const assertNothingOf = (partner: PartnerData, answer: unknown) => {
    const text = JSON.stringify(answer);
    expect(text).not.toContain(partner.secret);
    for (const id of partner.ids) expect(text).not.toContain(id);
  };

  /** Values of the required arguments a root field may take besides ids (a report's period). */
  const REQUIRED: Record<string, string> = { from: '"2026-01-01"', to: '"2026-12-31"' };
  const rootArgs = (field: IntrospectionField) => {
    const given = field.args.filter((arg) => arg.type.kind === 'NON_NULL' && arg.name in REQUIRED).map((arg) => `${arg.name}: ${REQUIRED[arg.name]}`);
    if (field.args.some((arg) => arg.name === 'first')) given.push('first: 100');
    return given.length > 0 ? `(${given.join(', ')})` : '';
  };

  it('walks every root field and everything under it', async () => {
    const query = (types.get('Query') as IntrospectionObjectType).fields.filter((field) => field.args.every((arg) => named(arg.type) !== 'ID'));
    expect(query.length).toBeGreaterThan(5);
    for (const field of query) {
      const args = rootArgs(field);
      const answer = await api.portal(alphaKey, `{ ${field.name}${args} ${selection(named(field.type), 5)} }`);
      expect(answer.errors, field.name).toBeUndefined();
      assertNothingOf(beta, answer.data);
    }
    // The walk reads alpha's own records, so it would have found beta's had they been there.
    const everything = await Promise.all(query.map((field) => api.portal(alphaKey, `{ ${field.name}${rootArgs(field)} ${selection(named(field.type), 5)} }`)));
    expect(JSON.stringify(everything)).toContain(alpha.secret);
  });

  it('answers null to node and nodes for every id of another partner, and guessed ones', async () => {
    // One query per type: fragments of several types would clash on fields such as `status`.
    const nodeTypes = (types.get('Node') as { possibleTypes: readonly { name: string }[] }).possibleTypes.map((type) => type.name);
    const guessed = ['Order', 'Appeal', 'Counterparty', 'Person', 'Employee', 'Product', 'ApiKey', 'ChronicleEntry', 'Contract']
      .map((type) => toGlobalId(type, 1)).filter((id) => !alpha.ids.includes(id));
    for (const type of nodeTypes) {
      const fields = `{ __typename ... on ${type} ${selection(type, 3)} }`;
      for (const id of [...beta.ids, ...guessed]) {
        const answer = await api.portal(alphaKey, `query($id: ID!) { node(id: $id) ${fields} }`, { id });
        expect(answer.data, `${type} ${id} ${JSON.stringify(answer.errors)}`).toEqual({ node: null });
      }
      const many = await api.portal(alphaKey, `query($ids: [ID!]!) { nodes(ids: $ids) ${fields} }`, { ids: beta.ids });
      expect(many.data.nodes).toEqual(beta.ids.map(() => null));
    }
    // The same ids, asked by their own partner, are found: null above is the wall, not a broken fetch.
    const shown = beta.ids.filter((id) => nodeTypes.includes(PORTAL_TYPES[decodeGlobalId(id)!.type] ?? decodeGlobalId(id)!.type));
    expect(shown.length).toBeGreaterThan(10);
    const own = await api.portal(betaKey, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: shown });
    expect(own.data.nodes.map((node: { id: string } | null) => node?.id)).toEqual(shown);
  });

  it('refuses every mutation that names another partner\'s record, writing nothing', async () => {
    // Each mutation's input, its required fields filled, each id field in turn one of beta's ids;
    // a file field cannot be sent in JSON, so those mutations are probed in the files tests.
    const sample: Record<string, string> = { String: 'probe', Decimal: '1', Currency: 'EUR', Int: '1' };
    const mutations = (types.get('Mutation') as IntrospectionObjectType).fields;
    // What beta has that a mutation could add to: its appeals, claims, their actions, events and files.
    const BETA_RECORDS = `{ appeals(first: 100) { edges { node { id actions { kind description } attachments { id } } } }
      claims(first: 100) { edges { node { id events { subject text } attachments { id } } } } }`;
    let probed = 0;
    for (const mutation of mutations) {
      const inputType = types.get(named(mutation.args[0].type)) as IntrospectionInputObjectType;
      if (inputType.inputFields.some((field) => named(field.type) === 'Upload')) continue;
      const idFields = inputType.inputFields.filter((field) => named(field.type) === 'ID');
      for (const idField of idFields) {
        for (const id of beta.ids) {
          const input = Object.fromEntries(inputType.inputFields
            .filter((field) => field.type.kind === 'NON_NULL' || field === idField)
            .map((field) => [field.name, field === idField ? id : named(field.type) === 'ID' ? alpha.ids[0] : sample[named(field.type)]]));
          const before = await api.portal(betaKey, BETA_RECORDS);
          const answer = await api.portal(alphaKey, `mutation($input: ${inputType.name}!) { ${mutation.name}(input: $input) { userErrors { field code } } }`, { input });
          const payload = answer.data?.[mutation.name];
          expect(payload?.userErrors.length ?? answer.errors?.length, `${mutation.name} ${idField.name}=${id}`).toBeGreaterThan(0);
          assertNothingOf(beta, answer);
          expect(await api.portal(betaKey, BETA_RECORDS)).toEqual(before);
          probed += 1;
        }
      }
    }
    expect(probed).toBeGreaterThan(beta.ids.length * 3);
  });

  it('refuses malformed ids as bad input', async () => {
    for (const id of ['', 'not-an-id', '%%%', toGlobalId('Order', 1).slice(0, -2) + '!!']) {
      const answer = await api.portal(alphaKey, `query($id: ID!) { node(id: $id) { id } }`, { id });
      expect(errorCodes(answer), id).toEqual(['BAD_USER_INPUT']);
    }
  });
});

/** The second wall, under the first: what PostgreSQL itself lets a portal request's role see and write. */
describe('row-level security under the portal', () => {
  /** What the database answered a statement: Drizzle wraps its error in a "Failed query" one. */
  const refusal = (work: Promise<unknown>) =>
    work.then(() => 'done', (error: Error & { cause?: Error }) => (error.cause ?? error).message);

  it('shows a statement that names no partner only the partner\'s rows', async () => {
    const alphaId = keyOf(alpha.counterpartyId, 'Counterparty')!;
    const seen = await asPartner(api.db, alphaId, (tx) => tx.select({ counterpartyId: orders.counterpartyId }).from(orders));
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen.map((row) => row.counterpartyId))).toEqual(new Set([alphaId]));
    // So with the chronicle of obligations: only the partner's own entries.
    const entries = await asPartner(api.db, alphaId, (tx) => tx.select({ obligationId: obligationFulfilments.obligationId }).from(obligationFulfilments));
    expect(entries.length).toBeGreaterThan(0);
    const owners = await api.db.select({ counterpartyId: obligations.counterpartyId }).from(obligations)
      .where(inArray(obligations.id, entries.map((row) => row.obligationId)));
    expect(new Set(owners.map((row) => row.counterpartyId))).toEqual(new Set([alphaId]));
    expect((await api.db.select({ obligationId: obligationFulfilments.obligationId }).from(obligationFulfilments)).length).toBeGreaterThan(entries.length);
    // Staff, outside it, see every partner's orders.
    expect(new Set((await api.db.select({ counterpartyId: orders.counterpartyId }).from(orders)).map((row) => row.counterpartyId)).size).toBeGreaterThan(1);
  });

  it('grants nothing on what the portal does not show', async () => {
    const alphaId = keyOf(alpha.counterpartyId, 'Counterparty')!;
    for (const table of [employees, apiKeys]) {
      expect(await refusal(asPartner(api.db, alphaId, (tx) => tx.select().from(table)))).toMatch(/permission denied/);
    }
  });

  it('refuses to write an appeal of another partner', async () => {
    const alphaId = keyOf(alpha.counterpartyId, 'Counterparty')!;
    const betaId = keyOf(beta.counterpartyId, 'Counterparty')!;
    expect(await refusal(asPartner(api.db, alphaId, (tx) => tx.insert(appeals).values({
      counterpartyId: betaId, channel: 'OTHER', subject: 'Planted', registeredVia: 'PORTAL',
    })))).toMatch(/row-level security/);
  });
});
