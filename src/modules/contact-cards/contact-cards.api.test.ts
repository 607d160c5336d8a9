import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeRows } from '../../db/raw.js';
import { keyOf, toGlobalId } from '../../lib/global-id.js';
import { errorCodes, fieldsAndCodes, startTestApi, type TestApi } from '../../testing/api.js';
import { expectPagingRefusals, expectSameItemsBothWays, PAGE_INFO } from '../../testing/paging.js';
import { duplicatesStatement } from './contact-cards.repository.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api?.stop(); });

let serial = 0;
/** A name, a phone's digits and an e-mail of the calling test's own. */
const unique = (prefix: string) => {
  const n = `${process.pid % 10000}${String(++serial).padStart(3, '0')}${Math.floor(Math.random() * 1000)}`;
  return { name: `${prefix} ${n}`, digits: `380${n.padEnd(9, '7').slice(0, 9)}`, email: `${prefix}-${n}@Example.com`, tax: `TX${n}` };
};

const CARD = `id name companyName taxNumber phones { number } emails { address } version archived convertedAt
  convertedCounterparty { id name } persons { person { id lastName } title isPrimary }`;

const run = async (name: string, input: Record<string, unknown>, selection: string) => {
  const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
  const result = await api.request(`mutation($input: ${type}!) { ${name}(input: $input) { ${selection} userErrors { field code message } } }`, { input });
  const payload = result.data?.[name];
  return { result, payload, errors: payload ? fieldsAndCodes(payload.userErrors) : null };
};
const createCard = async (input: Record<string, unknown>) => (await api.mutate('createContactCard', input, `contactCard { ${CARD} }`)).contactCard;
const card = async (id: string, selection = CARD) => (await api.request(`query($id: ID!) { contactCard(id: $id) { ${selection} } }`, { id })).data.contactCard;
const counterparty = async (input: Record<string, unknown>) =>
  (await api.mutate('createCounterparty', { kind: 'ORGANIZATION', ...input }, 'counterparty { id name }')).counterparty;
const DUPLICATES = 'duplicates { counterparty { id } contactCard { id } matches { kind value } } hasDuplicates';

describe('contact cards', () => {
  it('takes a card with a name only or a phone only, and refuses one with neither, writing nothing', async () => {
    const u = unique('Minimal');
    const named = await createCard({ name: u.name });
    expect(named).toMatchObject({ name: u.name, phones: [], emails: [], version: 1, archived: false, convertedAt: null, persons: [] });
    const phoned = await createCard({ phones: [{ number: `+${u.digits}` }] });
    expect(phoned).toMatchObject({ name: null, phones: [{ number: `+${u.digits}` }] });

    expect((await run('createContactCard', { companyName: `${u.name} Ltd` }, 'contactCard { id }')).errors).toEqual([['input.name', 'REQUIRED']]);
    expect((await run('createContactCard', { name: '  ', phones: [] }, 'contactCard { id }')).errors).toEqual([['input.name', 'REQUIRED']]);
    expect((await run('createContactCard', { phones: [{ number: '12' }] }, 'contactCard { id }')).errors).toEqual([['input.phones.0.number', 'INVALID']]);
    expect((await run('createContactCard', { name: u.name, informationSourceId: toGlobalId('InformationSource', 987654), groupId: named.id }, 'contactCard { id }')).errors)
      .toEqual([['input.groupId', 'WRONG_TYPE'], ['input.informationSourceId', 'NOT_FOUND']]);
    const found = await api.request('query($s: String) { contactCards(first: 10, where: { search: $s }) { totalCount } }', { s: u.name });
    expect(found.data.contactCards.totalCount).toBe(1);

    // An update keeps a name or a phone.
    expect((await run('updateContactCard', { id: phoned.id, expectedVersion: 1, phones: [] }, 'contactCard { id }')).errors).toEqual([['input.phones', 'REQUIRED']]);
    const stale = await run('updateContactCard', { id: named.id, expectedVersion: 7, interest: 'x' }, 'contactCard { id }');
    expect(errorCodes(stale.result)).toEqual(['CONFLICT']);
    const missing = await run('updateContactCard', { id: toGlobalId('ContactCard', 987654), expectedVersion: 1, interest: 'x' }, 'contactCard { id }');
    expect(errorCodes(missing.result)).toEqual(['NOT_FOUND']);
  });

  it('creates a card with its person and files it in a group; lists filter by group subtree, source, responsible', async () => {
    const u = unique('Filed');
    const top = (await api.mutate('createContactCardGroup', { name: u.name }, 'group { id }')).group.id;
    const sub = (await api.mutate('createContactCardGroup', { name: 'Fair', parentId: top }, 'group { id path }')).group;
    expect(sub.path).toBe(`${u.name}/Fair`);
    const source = (await api.mutate('createInformationSource', { name: `${u.name} radio` }, 'informationSource { id }')).informationSource.id;
    const made = await createCard({
      name: u.name, groupId: sub.id, informationSourceId: source, person: { lastName: 'Koval', firstName: 'Olena' }, personTitle: 'Buyer',
    });
    expect(made.persons).toMatchObject([{ person: { lastName: 'Koval' }, title: 'Buyer', isPrimary: true }]);
    const list = async (where: Record<string, unknown>) =>
      (await api.request('query($w: ContactCardFilter) { contactCards(first: 10, where: $w) { edges { node { id } } } }', { w: where })).data.contactCards.edges.map((e: any) => e.node.id);
    expect(await list({ groupId: top })).toEqual([made.id]);
    expect(await list({ groupId: top, includeSubgroups: false })).toEqual([]);
    expect(await list({ informationSourceId: source })).toEqual([made.id]);
    expect(await list({ informationSourceId: source, converted: true })).toEqual([]);
    expect((await run('deleteContactCardGroup', { id: sub.id }, 'deletedId')).errors).toEqual([['input.id', 'NOT_EMPTY']]);
  });

  it('flags duplicates by phone digits, e-mail case and tax number, against counterparties and other cards', async () => {
    const u = unique('Dup');
    const company = await counterparty({ name: `${u.name} Steel`, phones: [{ number: `+${u.digits.slice(0, 2)} (${u.digits.slice(2, 5)}) ${u.digits.slice(5)}` }] });
    const taxed = await counterparty({ name: `${u.name} Taxed`, taxNumber: `${u.tax.slice(0, 4)}-${u.tax.slice(4)}` });
    const other = await createCard({ name: `${u.name} other`, emails: [{ address: u.email.toLowerCase() }] });
    const lead = await createCard({
      name: u.name, phones: [{ number: u.digits }], emails: [{ address: u.email.toUpperCase() }], taxNumber: ` ${u.tax.toLowerCase()} `,
    });
    const answer = await card(lead.id, DUPLICATES);
    expect(answer).toEqual({
      hasDuplicates: true,
      duplicates: [
        { counterparty: { id: company.id }, contactCard: null, matches: [{ kind: 'PHONE', value: u.digits }] },
        { counterparty: { id: taxed.id }, contactCard: null, matches: [{ kind: 'TAX_NUMBER', value: u.tax.toUpperCase() }] },
        { counterparty: null, contactCard: { id: other.id }, matches: [{ kind: 'EMAIL', value: u.email.toLowerCase() }] },
      ],
    });
    // The other card sees this one too; a card sharing nothing has none.
    expect((await card(other.id, DUPLICATES)).duplicates).toEqual([
      { counterparty: null, contactCard: { id: lead.id }, matches: [{ kind: 'EMAIL', value: u.email.toLowerCase() }] },
    ]);
    const lonely = await createCard({ name: `${u.name} lonely`, phones: [{ number: `${u.digits}1` }] });
    expect(await card(lonely.id, DUPLICATES)).toEqual({ duplicates: [], hasDuplicates: false });
    const flagged = await api.request('query($s: String) { yes: contactCards(first: 10, where: { search: $s, hasDuplicates: true }) { edges { node { id } } } no: contactCards(first: 10, where: { search: $s, hasDuplicates: false }) { edges { node { id } } } }', { s: u.name });
    expect(flagged.data.yes.edges.map((e: any) => e.node.id).sort()).toEqual([lead.id, other.id].sort());
    expect(flagged.data.no.edges.map((e: any) => e.node.id)).toEqual([lonely.id]);
    // An archived card is no one's duplicate any more.
    await api.mutate('archiveContactCard', { id: other.id, expectedVersion: 1 }, 'contactCard { id }');
    expect((await card(lead.id, DUPLICATES)).duplicates.map((d: any) => d.contactCard)).toEqual([null, null]);
  });

  it('finds duplicates through the GIN indexes on contact keys, not by scanning', async () => {
    // With sequential scans priced out the planner shows which indexes can serve the statement:
    // both sides are probed by `&&` on their contact_keys index.
    const u = unique('Plan');
    const lead = await createCard({ name: u.name, phones: [{ number: u.digits }] });
    const plan = await api.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      const query = duplicatesStatement([keyOf(lead.id, 'ContactCard')!]);
      const rows = await executeRows<Record<string, string>>(tx, sql`explain ${query}`);
      return rows.map((row) => Object.values(row)[0]).join('\n');
    });
    expect(plan).toContain('counterparties_contact_keys_idx');
    expect(plan).toContain('contact_cards_contact_keys_idx');
    expect(plan).not.toMatch(/Seq Scan on counterparties/);
  });

  it('converts a card into a new counterparty with its persons and whole chronicle, once', async () => {
    const u = unique('Convert');
    const source = (await api.mutate('createInformationSource', { name: `${u.name} fair` }, 'informationSource { id }')).informationSource.id;
    const lead = await createCard({
      name: u.name, companyName: `${u.name} LLC`, phones: [{ number: u.digits }], emails: [{ address: u.email }], taxNumber: u.tax,
      informationSourceId: source, interest: 'Boilers', person: { lastName: 'Bondar' }, personTitle: 'Director',
    });
    const person = lead.persons[0].person.id;
    const entry = (await api.mutate('createChronicleEntry', { contactCardId: lead.id, personId: person, kind: 'MEETING', subject: 'Met at the fair' },
      'chronicleEntry { id counterparty { id } contactCard { id } }')).chronicleEntry;
    expect(entry).toMatchObject({ counterparty: null, contactCard: { id: lead.id } });
    await api.mutate('registerCall', { contactCardId: lead.id, informationSourceId: source, result: 'Wants a price list' }, 'chronicleEntry { id }');
    // An entry about a card names none of a counterparty's things.
    const claimed = await run('createChronicleEntry', { contactCardId: lead.id, counterpartyId: (await counterparty({ name: `${u.name} x` })).id, kind: 'NOTE', subject: 'x' }, 'chronicleEntry { id }');
    expect(claimed.errors).toEqual([['input.contactCardId', 'INVALID']]);
    const current = await card(lead.id, 'version');

    const converted = await api.mutate('convertContactCard', { id: lead.id, expectedVersion: current.version, roles: ['CLIENT'] },
      `contactCard { convertedAt convertedCounterparty { id } persons { title } chronicle { totalCount } }
       counterparty { id kind name roles taxNumber notes phones { number } emails { address } informationSource { id }
         contactCard { id } persons { id positions { title } } chronicle(first: 10) { totalCount edges { node { id subject counterparty { id } contactCard { id } } } } }`);
    const made = converted.counterparty;
    expect(made).toMatchObject({
      kind: 'ORGANIZATION', name: `${u.name} LLC`, roles: ['CLIENT'], taxNumber: u.tax, notes: 'Interest: Boilers',
      phones: [{ number: u.digits }], emails: [{ address: u.email.toLowerCase() }], informationSource: { id: source }, contactCard: { id: lead.id },
      persons: [{ id: person, positions: [{ title: 'Director' }] }],
    });
    expect(made.chronicle.totalCount).toBe(2);
    expect(made.chronicle.edges.map((e: any) => e.node.counterparty.id)).toEqual([made.id, made.id]);
    expect(made.chronicle.edges.map((e: any) => e.node.contactCard)).toEqual([null, null]);
    expect(converted.contactCard).toMatchObject({ convertedCounterparty: { id: made.id }, persons: [], chronicle: { totalCount: 0 } });
    expect(converted.contactCard.convertedAt).not.toBeNull();

    // Twice is refused, at the current version as at the old one; nothing else changes.
    const again = await card(lead.id, 'version');
    expect((await run('convertContactCard', { id: lead.id, expectedVersion: again.version }, 'counterparty { id }')).errors).toEqual([['input.id', 'INVALID_STATE']]);
    expect(errorCodes((await run('convertContactCard', { id: lead.id, expectedVersion: current.version }, 'counterparty { id }')).result)).toEqual(['CONFLICT']);
    expect((await run('updateContactCard', { id: lead.id, expectedVersion: again.version, interest: 'x' }, 'contactCard { id }')).errors).toEqual([['input.id', 'INVALID_STATE']]);
    expect((await run('registerCall', { contactCardId: lead.id }, 'chronicleEntry { id }')).errors).toEqual([['input.contactCardId', 'INVALID_STATE']]);
    // Its counterparty is not its duplicate.
    expect((await card(lead.id, DUPLICATES)).duplicates).toEqual([]);
    const count = await api.request('query($s: String) { counterparties(first: 10, where: { search: $s }) { totalCount } }', { s: `${u.name} LLC` });
    expect(count.data.counterparties.totalCount).toBe(1);
  });

  it('attaches a card to an existing counterparty (its duplicate), moving persons and chronicle', async () => {
    const u = unique('Attach');
    const client = await counterparty({ name: `${u.name} Client`, phones: [{ number: u.digits }] });
    const lead = await createCard({ phones: [{ number: `+${u.digits}` }], person: { lastName: 'Shevchenko' } });
    await api.mutate('registerCall', { contactCardId: lead.id, callerName: 'Taras' }, 'chronicleEntry { id }');
    const duplicate = (await card(lead.id, DUPLICATES)).duplicates[0].counterparty.id;
    expect(duplicate).toBe(client.id);
    expect((await run('convertContactCard', { id: lead.id, expectedVersion: 1, counterpartyId: client.id, name: 'x' }, 'counterparty { id }')).errors)
      .toEqual([['input.name', 'INVALID']]);
    const done = await api.mutate('convertContactCard', { id: lead.id, expectedVersion: 1, counterpartyId: duplicate },
      'counterparty { id name phones { number } persons { lastName } chronicle { edges { node { subject } } } contactCards { id } }');
    expect(done.counterparty).toEqual({
      id: client.id, name: client.name, phones: [{ number: u.digits }], persons: [{ lastName: 'Shevchenko' }],
      chronicle: { edges: [{ node: { subject: 'Call from Taras' } }] }, contactCards: [{ id: lead.id }],
    });
  });

  it('converts all or nothing: a refused conversion leaves the card, its persons and chronicle as they were', async () => {
    const u = unique('Atomic');
    const taken = await api.mutate('createCounterparty', { kind: 'INDIVIDUAL', name: `${u.name} taken`, externalId: `ext-${u.name}` }, 'counterparty { id }');
    expect(taken.counterparty.id).toBeTruthy();
    const lead = await createCard({ name: u.name, person: { lastName: 'Melnyk' } });
    await api.mutate('registerCall', { contactCardId: lead.id }, 'chronicleEntry { id }');
    const refused = await run('convertContactCard', { id: lead.id, expectedVersion: 1, externalId: `ext-${u.name}` }, 'counterparty { id }');
    expect(refused.errors).toEqual([['input.externalId', 'DUPLICATE']]);
    expect(await card(lead.id, 'version convertedCounterparty { id } persons { person { lastName } } chronicle { totalCount }')).toEqual({
      version: 1, convertedCounterparty: null, persons: [{ person: { lastName: 'Melnyk' } }], chronicle: { totalCount: 1 },
    });
    const none = await api.request('query($s: String) { counterparties(first: 10, where: { search: $s }) { totalCount } }', { s: u.name });
    expect(none.data.counterparties.totalCount).toBe(1);

    // Two conversions at once: one wins, the other writes nothing (no second counterparty).
    const both = await Promise.all([1, 2].map(() => run('convertContactCard', { id: lead.id, expectedVersion: 1, name: `${u.name} won` }, 'counterparty { id }')));
    expect(both.filter((attempt) => attempt.payload?.counterparty).length).toBe(1);
    const made = await api.request('query($s: String) { counterparties(first: 10, where: { search: $s }) { totalCount } }', { s: `${u.name} won` });
    expect(made.data.counterparties.totalCount).toBe(1);
  });

  it('adds and removes persons of a card, and takes a card\'s person as the contact of its chronicle entries', async () => {
    const u = unique('People');
    const lead = await createCard({ name: u.name });
    const stranger = (await api.mutate('createPerson', { lastName: `${u.name} stranger` }, 'person { id }')).person.id;
    const added = await api.mutate('addContactCardPerson', { contactCardId: lead.id, person: { lastName: 'Lysenko' }, title: 'Engineer' }, 'contactCard { persons { person { id } title } }');
    const lysenko = added.contactCard.persons[0].person.id;
    expect((await run('createChronicleEntry', { contactCardId: lead.id, personId: stranger, kind: 'NOTE', subject: 'x' }, 'chronicleEntry { id }')).errors)
      .toEqual([['input.personId', 'INVALID']]);
    await api.mutate('createChronicleEntry', { contactCardId: lead.id, personId: lysenko, kind: 'NOTE', subject: 'x' }, 'chronicleEntry { id }');
    expect((await run('addContactCardPerson', { contactCardId: lead.id, personId: lysenko }, 'contactCard { id }')).errors).toEqual([['input.personId', 'DUPLICATE']]);
    expect((await run('addContactCardPerson', { contactCardId: lead.id }, 'contactCard { id }')).errors).toEqual([['input.personId', 'REQUIRED']]);
    await api.mutate('addContactCardPerson', { contactCardId: lead.id, personId: stranger, isPrimary: true }, 'contactCard { id }');
    expect((await card(lead.id, 'persons { person { id } isPrimary }')).persons).toEqual([
      { person: { id: stranger }, isPrimary: true }, { person: { id: lysenko }, isPrimary: false },
    ]);
    await api.mutate('removeContactCardPerson', { contactCardId: lead.id, personId: stranger }, 'contactCard { id }');
    expect((await run('removeContactCardPerson', { contactCardId: lead.id, personId: stranger }, 'contactCard { id }')).errors).toEqual([['input.personId', 'NOT_FOUND']]);
    expect((await run('createChronicleEntry', { kind: 'NOTE', subject: 'x' }, 'chronicleEntry { id }')).errors).toEqual([['input.counterpartyId', 'REQUIRED']]);
  });

  // The query names cards at one level only (the matches'): asked from two levels whose reads
  // answer in different ticks, the by-id loader reads them in one statement or two, as it happens.
  it('reads duplicates, persons and chronicles of 2 or 6 cards in the same number of statements', async () => {
    const u = unique('Bound');
    await counterparty({ name: `${u.name} match`, phones: [{ number: u.digits }] });
    const make = async (i: number) => {
      const lead = await createCard({ name: `${u.name} ${i}`, phones: [{ number: u.digits }], person: { lastName: `P${i}` } });
      await api.mutate('registerCall', { contactCardId: lead.id }, 'chronicleEntry { id }');
      return lead;
    };
    for (let i = 0; i < 6; i += 1) await make(i);
    const query = `query($s: String, $n: Int) { contactCards(first: $n, where: { search: $s }) { edges { node {
      name duplicates { counterparty { name } contactCard { name } matches { kind } } persons { person { lastName } }
      chronicle(first: 5) { edges { node { subject } } } } } } }`;
    const two = await api.request(query, { s: u.name, n: 2 });
    const six = await api.request(query, { s: u.name, n: 6 });
    expect(six.data.contactCards.edges).toHaveLength(6);
    for (const { node } of six.data.contactCards.edges) {
      expect(node.duplicates).toHaveLength(6);
      expect(node.persons).toHaveLength(1);
      expect(node.chronicle.edges).toHaveLength(1);
    }
    expect(Number.isFinite(two.statements)).toBe(true);
    expect(six.statements).toBe(two.statements);
    const backward = query.replace('chronicle(first: 5)', 'chronicle(last: 5)');
    const [twoBack, sixBack] = [await api.request(backward, { s: u.name, n: 2 }), await api.request(backward, { s: u.name, n: 6 })];
    expect(sixBack.data.contactCards.edges.every(({ node }: any) => node.chronicle.edges.length === 1)).toBe(true);
    expect([twoBack.statements, sixBack.statements]).toEqual([two.statements, two.statements]);
  });

  it('pages a card\'s chronicle backward through the same entries as forward, and refuses bad backward arguments', async () => {
    const lead = await createCard({ name: unique('Chronicled').name });
    for (const day of ['03', '01', '02']) {
      await api.mutate('createChronicleEntry', { contactCardId: lead.id, subject: `Call ${day}`, kind: 'CALL', status: 'DONE', happenedAt: `2026-01-${day}T10:00:00Z` }, 'chronicleEntry { id }');
    }
    const paged = {
      send: (variables: Record<string, unknown>) => api.request(`query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
        contactCard(id: $id) { chronicle(first: $first, after: $after, last: $last, before: $before) { edges { node { subject } } ${PAGE_INFO} } } }`,
      { id: lead.id, ...variables }),
      path: ['contactCard', 'chronicle'],
    };
    expect(await expectSameItemsBothWays(paged)).toEqual(['Call 03', 'Call 02', 'Call 01'].map((subject) => ({ subject })));
    await expectPagingRefusals(paged);
  });

  it('refuses an oversized page and a malformed cursor', async () => {
    const big = await api.request('{ contactCards(first: 101) { totalCount } }');
    expect(errorCodes(big)).toEqual(['BAD_USER_INPUT']);
    const cursor = await api.request('{ contactCards(first: 1, after: "nonsense") { totalCount } }');
    expect(errorCodes(cursor)).toEqual(['BAD_USER_INPUT']);
    const chronicle = await api.request('query { contactCards(first: 1) { edges { node { chronicle(first: 1000) { totalCount } } } } }');
    expect(chronicle.errors === undefined || errorCodes(chronicle).every((code) => code === 'BAD_USER_INPUT')).toBe(true);
  });

  it('keeps a viewer from writing', async () => {
    const viewer = await api.keyFor('VIEWER');
    const result = await api.request('mutation { createContactCard(input: { name: "x" }) { contactCard { id } } }', {}, { key: viewer });
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
  });
});
