import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractLines, contracts, contractTemplates, obligations } from '../../db/schema/index.js';
import { keyOf, toGlobalId } from '../../lib/global-id.js';
import { errorCodes, fieldsAndCodes, startTestApi, type TestApi } from '../../testing/api.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api?.stop(); });

const FIELDS = `id number date status currency total version subject text
  counterparty { id } agreement { id } template { id }
  lines { lineNo quantity unitPrice amount product { id name } }
  obligations { kind debtor amount currency dueDate status contract { id } }`;
const mutation = (name: string) =>
  `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { contract { ${FIELDS} } userErrors { field code message } } }`;
const run = async (name: string, input: Record<string, unknown>, key?: string) => {
  const result = await api.request(mutation(name), { input }, { key });
  const payload = result.data?.[name];
  return { result, payload, errors: payload ? fieldsAndCodes(payload.userErrors) : null };
};
/**
 * The rows of one test: the contracts of its `counterpartyId`, their lines and the counterparty's
 * obligations; and the templates, which belong to no counterparty, over the whole table (only the
 * template test writes one).
 */
const rowCounts = async (counterpartyId: string) => {
  const key = keyOf(counterpartyId, 'Counterparty')!;
  return {
    contracts: (await api.db.select({ n: count() }).from(contracts).where(eq(contracts.counterpartyId, key)))[0].n,
    lines: (await api.db.select({ n: count() }).from(contractLines)
      .innerJoin(contracts, eq(contractLines.contractId, contracts.id)).where(eq(contracts.counterpartyId, key)))[0].n,
    obligations: (await api.db.select({ n: count() }).from(obligations).where(eq(obligations.counterpartyId, key)))[0].n,
    templates: (await api.db.select({ n: count() }).from(contractTemplates))[0].n,
  };
};

let counter = 0;
const counterparty = async (segment: string | null, name = `Buyer ${++counter}`) =>
  (await api.mutate('createCounterparty', { kind: 'ORGANIZATION', name, segment }, 'counterparty { id }')).counterparty.id as string;
const product = async (name: string) =>
  (await api.mutate('createProduct', { name, type: 'GOODS', unit: 'pcs' }, 'product { id }')).product.id as string;

describe('contracts', () => {
  let priceType: string; let drill: string; let cable: string; let wholesale: string; let buyer: string;
  beforeAll(async () => {
    priceType = (await api.mutate('createPriceType', { code: 'WHOLESALE', name: 'Wholesale', currency: 'EUR' }, 'priceType { id }')).priceType.id;
    drill = await product('Drill');
    cable = await product('Cable');
    wholesale = await givenAgreement('Wholesale terms', 'wholesale');
    buyer = await counterparty('wholesale');
  });

  const LINES = () => [
    { productId: drill, quantity: '2', unitPrice: '10' },
    { productId: cable, quantity: '1.5', unitPrice: '3.33' },
  ];

  /** A DRAFT contract `number` of `counterpartyId` under the wholesale agreement, with LINES(). */
  const givenContract = async (counterpartyId: string, number: string) => {
    const { payload, errors } = await run('createContract', { counterpartyId, number, date: '2026-01-31', agreementId: wholesale, lines: LINES() });
    expect(errors).toEqual([]);
    return payload.contract;
  };

  /** An ACTIVE TYPICAL agreement for `segment` with the wholesale terms: 30% prepaid on order, 70% 14 days after shipment, delivery in 30 days. */
  const givenAgreement = async (name: string, segment: string) => {
    const created = (await api.mutate('createTypicalAgreement', {
      name, segment,
      terms: {
        priceTypeId: priceType, currency: 'EUR', deliveryDays: 30,
        paymentSchedule: [
          { percent: '30', basis: 'ORDER', days: 0, prepayment: true },
          { percent: '70', basis: 'SHIPMENT', days: 14, prepayment: false },
        ],
      },
    }, 'agreement { id version }')).agreement;
    return (await api.mutate('activateAgreement', { id: created.id, expectedVersion: created.version }, 'agreement { id }')).agreement.id as string;
  };

  it('creates a DRAFT contract with computed amounts and the agreement currency', async () => {
    const { payload, errors } = await run('createContract', { counterpartyId: buyer, number: 'C-1', date: '2026-01-31', agreementId: wholesale, lines: LINES() });
    expect(errors).toEqual([]);
    expect(payload.contract).toMatchObject({
      number: 'C-1', date: '2026-01-31', status: 'DRAFT', currency: 'EUR', total: '25.00', version: 1, text: null,
      counterparty: { id: buyer }, agreement: { id: wholesale }, obligations: [],
      lines: [
        { lineNo: 1, quantity: '2.000', unitPrice: '10.00', amount: '20.00', product: { id: drill, name: 'Drill' } },
        { lineNo: 2, quantity: '1.500', unitPrice: '3.33', amount: '5.00', product: { id: cable, name: 'Cable' } },
      ],
    });
  });

  it('refuses bad input with the field at fault and writes nothing', async () => {
    const client = await counterparty('wholesale');
    await givenContract(client, 'R-1');
    const other = await counterparty('wholesale');
    const base = (await api.mutate('createTypicalAgreement', { name: 'Base', segment: 'dealers', terms: { priceTypeId: priceType, currency: 'EUR' } }, 'agreement { id }')).agreement.id;
    const foreign = (await api.mutate('createIndividualAgreement', { name: 'Theirs', counterpartyId: other, baseAgreementId: base }, 'agreement { id }')).agreement.id;
    const before = await rowCounts(client);
    const unknownProductId = toGlobalId('Product', 999999);
    const cases: Array<[Record<string, unknown>, unknown[][]]> = [
      [{ lines: [{ productId: unknownProductId, quantity: '1', unitPrice: '1' }] }, [['input.lines.0.productId', 'NOT_FOUND']]],
      [{ lines: [{ productId: drill, quantity: '1', unitPrice: '1' }, { productId: drill, quantity: '-1', unitPrice: '1' }] }, [['input.lines.1.quantity', 'OUT_OF_RANGE']]],
      [{ lines: [{ productId: drill, quantity: '0', unitPrice: '1' }] }, [['input.lines.0.quantity', 'OUT_OF_RANGE']]],
      [{ lines: [{ productId: drill, quantity: '1', unitPrice: '1' }, { productId: drill, quantity: '1', unitPrice: '1' }, { productId: drill, quantity: '1.2345', unitPrice: '1' }] }, [['input.lines.2.quantity', 'INVALID']]],
      [{ lines: [{ productId: drill, quantity: '1', unitPrice: '-0.01' }] }, [['input.lines.0.unitPrice', 'OUT_OF_RANGE']]],
      [{ lines: [{ productId: drill, quantity: '1', unitPrice: '1.001' }] }, [['input.lines.0.unitPrice', 'INVALID']]],
      [{ number: 'R-1' }, [['input.number', 'DUPLICATE']]],
      [{ agreementId: foreign }, [['input.agreementId', 'INVALID']]],
      [{ agreementId: base }, [['input.agreementId', 'INVALID']]],
      [{ agreementId: null, currency: null }, [['input.currency', 'REQUIRED']]],
      [{ validFrom: '2026-02-01', validTo: '2026-01-01' }, [['input.validTo', 'OUT_OF_RANGE']]],
    ];
    for (const [patch, expected] of cases) {
      const { errors, payload } = await run('createContract', { counterpartyId: client, number: `bad-${++counter}`, date: '2026-01-31', agreementId: wholesale, ...patch });
      expect(errors, JSON.stringify(patch)).toEqual(expected);
      expect(payload.contract).toBeNull();
    }
    // The currency scalar refuses a bad code in the variables before anything runs.
    const { result } = await run('createContract', { counterpartyId: client, number: 'bad-currency', date: '2026-01-31', currency: 'EURO' });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0].extensions?.field).toEqual(['input', 'currency']);
    expect(await rowCounts(client)).toEqual(before);
  });

  it('changes only DRAFT contracts; a lines list replaces all lines; posting generates the obligations once', async () => {
    const client = await counterparty('wholesale');
    const created = (await run('createContract', { counterpartyId: client, number: 'C-2', date: '2026-01-31', agreementId: wholesale, lines: LINES() })).payload.contract;
    const updated = await run('updateContract', { id: created.id, expectedVersion: 1, subject: 'Tools', lines: [{ productId: cable, quantity: '10', unitPrice: '10' }] });
    expect(updated.errors).toEqual([]);
    expect(updated.payload.contract).toMatchObject({ subject: 'Tools', total: '100.00', version: 2, lines: [{ lineNo: 1, amount: '100.00', product: { id: cable } }] });

    const posted = await run('postContract', { id: created.id, expectedVersion: 2 });
    expect(posted.errors).toEqual([]);
    expect(posted.payload.contract.status).toBe('ACTIVE');
    expect(posted.payload.contract.obligations).toEqual([
      { kind: 'PAYMENT', debtor: 'THEIRS', amount: '30.00', currency: 'EUR', dueDate: '2026-01-31', status: 'OPEN', contract: { id: created.id } },
      { kind: 'DELIVERY', debtor: 'OURS', amount: '100.00', currency: 'EUR', dueDate: '2026-03-02', status: 'OPEN', contract: { id: created.id } },
      { kind: 'PAYMENT', debtor: 'THEIRS', amount: '70.00', currency: 'EUR', dueDate: '2026-03-16', status: 'OPEN', contract: { id: created.id } },
    ]);

    const before = await rowCounts(client);
    const again = await run('postContract', { id: created.id, expectedVersion: 3 });
    expect(again.errors).toEqual([['input.id', 'INVALID_STATE']]);
    const change = await run('updateContract', { id: created.id, expectedVersion: 3, subject: 'Other' });
    expect(change.errors).toEqual([['input.id', 'INVALID_STATE']]);
    expect(await rowCounts(client)).toEqual(before);

    const stale = await run('closeContract', { id: created.id, expectedVersion: 1 });
    expect(errorCodes(stale.result)).toEqual(['CONFLICT']);
  });

  it('refuses to post a contract without lines or outside its agreement\'s validity, and writes nothing', async () => {
    const dated = (await api.mutate('createTypicalAgreement', {
      name: 'Dated terms', segment: 'dated', terms: { priceTypeId: priceType, currency: 'EUR', validFrom: '2026-06-01' },
    }, 'agreement { id version }')).agreement;
    const active = (await api.mutate('activateAgreement', { id: dated.id, expectedVersion: dated.version }, 'agreement { id }')).agreement.id;
    const client = await counterparty('dated');
    const early = (await run('createContract', { counterpartyId: client, number: 'E-1', date: '2026-05-31', agreementId: active, lines: LINES() })).payload.contract;
    const empty = (await run('createContract', { counterpartyId: client, number: 'E-2', date: '2026-06-01', agreementId: active, lines: [] })).payload.contract;
    const before = await rowCounts(client);
    for (const contract of [early, empty]) {
      const posted = await run('postContract', { id: contract.id, expectedVersion: contract.version });
      expect(posted.errors).toEqual([['input.id', 'INVALID_STATE']]);
    }
    expect(await rowCounts(client)).toEqual(before);
  });

  it('cancels a posted contract with its open generated obligations', async () => {
    const created = (await run('createContract', { counterpartyId: buyer, number: 'C-3', date: '2026-03-01', currency: 'usd', lines: [{ productId: drill, quantity: '1', unitPrice: '50' }] })).payload.contract;
    const posted = (await run('postContract', { id: created.id, expectedVersion: 1 })).payload.contract;
    expect(posted.obligations.map((o: { kind: string; amount: string; dueDate: string; currency: string }) => [o.kind, o.amount, o.dueDate, o.currency])).toEqual([
      ['DELIVERY', '50.00', '2026-03-01', 'USD'], ['PAYMENT', '50.00', '2026-03-01', 'USD'],
    ]);
    const cancelled = await run('cancelContract', { id: created.id, expectedVersion: 2 });
    expect(cancelled.errors).toEqual([]);
    expect(cancelled.payload.contract.status).toBe('CANCELLED');
    expect(cancelled.payload.contract.obligations.map((o: { status: string }) => o.status)).toEqual(['CANCELLED', 'CANCELLED']);
    expect((await run('cancelContract', { id: created.id, expectedVersion: 3 })).errors).toEqual([['input.id', 'INVALID_STATE']]);
  });

  it('refuses a template with an unknown placeholder and renders escaped text', async () => {
    const TEMPLATE = 'mutation($input: CreateContractTemplateInput!) { createContractTemplate(input: $input) { contractTemplate { id name body version } userErrors { field code message } } }';
    const bold = await counterparty('wholesale', 'Dnipro <b>Steel</b>');
    const before = await rowCounts(bold);
    const bad = (await api.request(TEMPLATE, { input: { name: 'Bad', body: 'Dear {{counterparty.name}}, call {{counterparty.phone}}' } })).data.createContractTemplate;
    expect(fieldsAndCodes(bad.userErrors)).toEqual([['input.body', 'INVALID']]);
    expect(bad.userErrors[0].message).toContain('{{counterparty.phone}}');
    expect(await rowCounts(bold)).toEqual(before);

    const template = (await api.request(TEMPLATE, { input: {
      name: 'Supply', body: '<h1>Contract {{contract.number}} of {{contract.date}}</h1><p>{{counterparty.name}}</p> {{contract.total}} {{contract.currency}}; {{terms.deliveryDays}} days; {{terms.paymentSchedule}}\n{{specification}}',
    } })).data.createContractTemplate.contractTemplate;
    const updatedTemplate = await api.request('mutation($input: UpdateContractTemplateInput!) { updateContractTemplate(input: $input) { contractTemplate { version } userErrors { field code } } }',
      { input: { id: template.id, expectedVersion: 1, body: `${template.body} {{nope}}` } });
    expect(fieldsAndCodes(updatedTemplate.data.updateContractTemplate.userErrors)).toEqual([['input.body', 'INVALID']]);

    const contract = (await run('createContract', { counterpartyId: bold, number: 'T-1', date: '2026-01-31', agreementId: wholesale, templateId: template.id, lines: [{ productId: drill, quantity: '2', unitPrice: '5' }] })).payload.contract;
    expect(contract.template).toEqual({ id: template.id });
    expect(contract.text).toContain('<h1>Contract T-1 of 2026-01-31</h1><p>Dnipro &lt;b&gt;Steel&lt;/b&gt;</p> 10.00 EUR; 30 days; 30.00% prepaid within 0 days of the order; 70.00% within 14 days of shipment');
    expect(contract.text).toContain('1  | Drill   | pcs  | 2.000    | 5.00  | 10.00');
    const templates = (await api.request('{ contractTemplates { name } }')).data.contractTemplates;
    expect(templates).toEqual([{ name: 'Supply' }]);
  });

  it('lets a VIEWER read but not write', async () => {
    const client = await counterparty('wholesale');
    await givenContract(client, 'V-0');
    const viewer = await api.keyFor('VIEWER');
    const before = await rowCounts(client);
    const { result } = await run('createContract', { counterpartyId: client, number: 'V-1', date: '2026-01-31', currency: 'EUR' }, viewer);
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    const template = await api.request('mutation { createContractTemplate(input: { name: "V", body: "x" }) { userErrors { code } } }', {}, { key: viewer });
    expect(errorCodes(template)).toEqual(['FORBIDDEN']);
    expect(await rowCounts(client)).toEqual(before);
    const read = await api.request('query($id: ID!) { counterparty(id: $id) { contracts { number } } }', { id: client }, { key: viewer });
    expect(read.errors).toBeUndefined();
    expect(read.data.counterparty.contracts.length).toBeGreaterThan(0);
  });

  it('reads nested fields with the same statements for 3 contracts as for 12', async () => {
    // An agreement of this test's own, so its contracts are the ones this test writes.
    const agreement = await givenAgreement('Nested terms', 'nested');
    // An ACTIVE contract `number` of `counterpartyId` under that agreement.
    const posted = async (counterpartyId: string, number: string) => {
      const contract = (await run('createContract', { counterpartyId, number, date: '2026-04-01', agreementId: agreement, lines: LINES() })).payload.contract;
      expect((await run('postContract', { id: contract.id, expectedVersion: 1 })).errors).toEqual([]);
    };
    const filler = await counterparty('nested');
    for (let i = 0; i < 12; i += 1) await posted(filler, `S-${i}`);
    // Another counterparty's ACTIVE contract (the 13th) and a DRAFT one, which the status filter leaves out.
    const another = await counterparty('nested');
    await posted(another, 'S-12');
    expect((await run('createContract', { counterpartyId: another, number: 'S-13', date: '2026-04-01', agreementId: agreement, lines: LINES() })).errors).toEqual([]);
    const QUERY = `query($first: Int!, $cp: ID!) { contracts(first: $first, where: { counterpartyId: $cp }) {
      edges { node { number lines { product { name } } obligations { amount } agreement { name } counterparty { name } } } } }`;
    const three = await api.request(QUERY, { first: 3, cp: filler });
    const twelve = await api.request(QUERY, { first: 12, cp: filler });
    expect(three.errors).toBeUndefined();
    expect(twelve.data.contracts.edges).toHaveLength(12);
    expect(twelve.data.contracts.edges[0].node.obligations).toHaveLength(3);
    expect(twelve.statements).toBe(three.statements);

    const byAgreement = await api.request('query($id: ID!) { agreement(id: $id) { contracts { id } } contracts(where: { agreementId: $id, statuses: [ACTIVE] }) { totalCount } }', { id: agreement });
    expect(byAgreement.data.contracts.totalCount).toBe(13);
    expect(byAgreement.data.agreement.contracts.length).toBeGreaterThanOrEqual(13);
  });
});
