import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromHundredths, toHundredths } from '../../lib/money.js';
import { fieldsAndCodes, startTestApi, type TestApi } from '../../testing/api.js';

/**
 * One ledger of what is owed: the shipments and payments of orders under a contract fulfil the
 * contract's obligations, so `Counterparty.obligations` and `Counterparty.settlements` tell the
 * same debt (see "One ledger of what is owed" in README.md).
 */
let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api?.stop(); });

let counter = 0;
const run = async (name: string, input: Record<string, unknown>, selection: string) => {
  const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
  const result = await api.request(`mutation($input: ${type}!) { ${name}(input: $input) { ${selection} userErrors { field code message } } }`, { input });
  expect(result.errors).toBeUndefined();
  const payload = result.data[name];
  return { payload, errors: fieldsAndCodes(payload.userErrors) };
};

const OBLIGATIONS = `obligations { id version kind debtor status amount fulfilledAmount outstandingAmount dueDate
  fulfilments { date amount source shipment { id date amount } payment { id date amount } } }`;

interface Fulfilment { date: string; amount: string; source: string; shipment: { id: string } | null; payment: { id: string } | null }
interface Obligation {
  id: string; version: number; kind: string; debtor: string; status: string; amount: string; fulfilledAmount: string; outstandingAmount: string; dueDate: string;
  fulfilments: Fulfilment[];
}

const cents = (value: string) => toHundredths(value)!;
const sum = (values: readonly string[]) => values.reduce((total, value) => total + cents(value), 0n);

describe('one ledger of what is owed', () => {
  let priceType: string; let drill: string; let repair: string; let terms: string;
  /** An obligation fulfilled by payments and one by a shipment. */
  let reachedBoth: string[] = [];

  beforeAll(async () => {
    priceType = (await api.mutate('createPriceType', { code: 'LEDGER', name: 'Ledger prices', currency: 'EUR' }, 'priceType { id }')).priceType.id;
    drill = (await api.mutate('createProduct', { name: 'Ledger drill', type: 'GOODS', unit: 'pcs' }, 'product { id }')).product.id;
    repair = (await api.mutate('createProduct', { name: 'Ledger repair', type: 'SERVICE', unit: 'h' }, 'product { id }')).product.id;
    await api.mutate('setPrice', { productId: drill, priceTypeId: priceType, effectiveFrom: '2026-01-01', price: '100' }, 'price { id }');
    const created = (await api.mutate('createTypicalAgreement', {
      name: 'Ledger terms', segment: 'ledger',
      terms: {
        priceTypeId: priceType, currency: 'EUR', deliveryDays: 10,
        paymentSchedule: [
          { percent: '30', basis: 'ORDER', days: 0, prepayment: true },
          { percent: '70', basis: 'SHIPMENT', days: 14, prepayment: false },
        ],
      },
    }, 'agreement { id version }')).agreement;
    terms = (await api.mutate('activateAgreement', { id: created.id, expectedVersion: created.version }, 'agreement { id }')).agreement.id;
  });

  const buyer = async () =>
    (await api.mutate('createCounterparty', { kind: 'ORGANIZATION', name: `Ledger buyer ${++counter}`, segment: 'ledger' }, 'counterparty { id }')).counterparty.id as string;

  /** A posted contract of `drills` drills at 100 under the ledger terms (or none, in `currency`). */
  const contract = async (counterpartyId: string, lines: object[], extra: Record<string, unknown> = { agreementId: terms }) => {
    const draft = (await api.mutate('createContract', {
      counterpartyId, number: `LC-${++counter}`, date: '2026-03-01', lines, ...extra,
    }, 'contract { id version }')).contract;
    const posted = (await api.mutate('postContract', { id: draft.id, expectedVersion: draft.version }, 'contract { id obligations { kind amount dueDate } }')).contract;
    return posted as { id: string; obligations: { kind: string; amount: string; dueDate: string }[] };
  };

  const postedOrder = async (input: Record<string, unknown>) => {
    const { payload, errors } = await run('createOrder', { number: `LO-${++counter}`, date: '2026-03-01', ...input }, 'order { id version lines { id } }');
    expect(errors).toEqual([]);
    const posting = await run('postOrder', { id: payload.order.id, expectedVersion: payload.order.version }, 'order { id status total lines { id } }');
    expect(posting.errors).toEqual([]);
    return posting.payload.order as { id: string; total: string; lines: { id: string }[] };
  };

  const card = async (counterpartyId: string) => (await api.request(`query($id: ID!) { counterparty(id: $id) {
    settlements { receivable }
    orders(first: 100) { edges { node { id total paidAmount shippedAmount } } }
    ${OBLIGATIONS}
  } }`, { id: counterpartyId })).data.counterparty as {
    settlements: { receivable: string };
    orders: { edges: { node: { id: string; total: string; paidAmount: string; shippedAmount: string } }[] };
    obligations: Obligation[];
  };

  const pay = (orderId: string, date: string, amount: string) => run('recordPayment', { orderId, date, amount }, 'payment { id }');
  const ship = (orderId: string, date: string, orderLineId: string, quantity: string) =>
    run('recordShipment', { orderId, date, lines: [{ orderLineId, quantity }] }, 'shipment { id amount }');

  it('fulfils the contract\'s obligations oldest due first, each with a dated chronicle, in the posting\'s transaction', async () => {
    const counterpartyId = await buyer();
    const { id: contractId, obligations } = await contract(counterpartyId, [{ productId: drill, quantity: '10', unitPrice: '100' }]);
    expect(obligations.map((o) => [o.kind, o.amount, o.dueDate])).toEqual([
      ['PAYMENT', '300.00', '2026-03-01'], ['DELIVERY', '1000.00', '2026-03-11'], ['PAYMENT', '700.00', '2026-03-25'],
    ]);
    const order = await postedOrder({ counterpartyId, agreementId: terms, contractId, lines: [{ productId: drill, quantity: '10' }] });

    const first = await pay(order.id, '2026-03-02', '200');
    const second = await pay(order.id, '2026-03-03', '150.50');
    const shipped = await ship(order.id, '2026-03-05', order.lines[0].id, '4');
    expect([first.errors, second.errors, shipped.errors]).toEqual([[], [], []]);

    const { obligations: after, settlements } = await card(counterpartyId);
    const [prepayment, delivery, rest] = after;
    reachedBoth = [prepayment.id, delivery.id];
    expect(prepayment).toMatchObject({ kind: 'PAYMENT', status: 'FULFILLED', fulfilledAmount: '300.00', outstandingAmount: '0.00' });
    expect(prepayment.fulfilments).toEqual([
      { date: '2026-03-02', amount: '200.00', source: 'PAYMENT', shipment: null, payment: { id: first.payload.payment.id, date: '2026-03-02', amount: '200.00' } },
      { date: '2026-03-03', amount: '100.00', source: 'PAYMENT', shipment: null, payment: { id: second.payload.payment.id, date: '2026-03-03', amount: '150.50' } },
    ]);
    expect(rest).toMatchObject({ kind: 'PAYMENT', status: 'PARTIALLY_FULFILLED', fulfilledAmount: '50.50', outstandingAmount: '649.50' });
    expect(rest.fulfilments.map((f) => [f.date, f.amount, f.payment?.id])).toEqual([['2026-03-03', '50.50', second.payload.payment.id]]);
    expect(delivery).toMatchObject({ kind: 'DELIVERY', status: 'PARTIALLY_FULFILLED', fulfilledAmount: '400.00', outstandingAmount: '600.00' });
    expect(delivery.fulfilments).toEqual([
      { date: '2026-03-05', amount: '400.00', source: 'SHIPMENT', payment: null, shipment: { id: shipped.payload.shipment.id, date: '2026-03-05', amount: '400.00' } },
    ]);
    // The two views agree: what the settlements say is owed is what the payment obligations have open.
    expect(settlements.receivable).toBe('649.50');

    // A generated obligation is fulfilled by orders only, never by hand.
    const manual = await api.request(`mutation($input: RecordObligationFulfilmentInput!) { recordObligationFulfilment(input: $input) { userErrors { field code } } }`,
      { input: { id: rest.id, expectedVersion: rest.version, amount: '1' } });
    expect(manual.data.recordObligationFulfilment.userErrors).toEqual([{ field: ['input', 'id'], code: 'INVALID_STATE' }]);
  });

  it('records a fulfilment by hand as a dated entry of an obligation registered by hand', async () => {
    const counterpartyId = await buyer();
    const created = (await api.mutate('createObligation', {
      counterpartyId, kind: 'DOCUMENT', debtor: 'OURS', description: 'Certificates', amount: '10', currency: 'EUR',
    }, 'obligation { id version }')).obligation;
    const { payload, errors } = await run('recordObligationFulfilment', { id: created.id, expectedVersion: created.version, amount: '4', date: '2026-02-10' },
      'obligation { status fulfilledAmount fulfilments { date amount source shipment { id } payment { id } } }');
    expect(errors).toEqual([]);
    expect(payload.obligation).toEqual({
      status: 'PARTIALLY_FULFILLED', fulfilledAmount: '4.00', fulfilments: [{ date: '2026-02-10', amount: '4.00', source: 'MANUAL', shipment: null, payment: null }],
    });
  });

  it('owes a SERVICE for a specification of services only, fulfilled by shipping the service lines of an order without an agreement', async () => {
    const counterpartyId = await buyer();
    const { id: contractId, obligations } = await contract(counterpartyId, [{ productId: repair, quantity: '5', unitPrice: '40' }], { currency: 'EUR' });
    expect(obligations.map((o) => [o.kind, o.amount])).toEqual([['SERVICE', '200.00'], ['PAYMENT', '200.00']]);

    // No agreement: every line needs a price and the currency must be given.
    const bare = await run('createOrder', { number: `LO-${++counter}`, date: '2026-03-01', counterpartyId, lines: [{ productId: repair, quantity: '2' }] }, 'order { id }');
    expect(bare.errors).toEqual([['input.currency', 'REQUIRED'], ['input.lines.0.price', 'REQUIRED']]);

    const order = await postedOrder({ counterpartyId, contractId, currency: 'EUR', lines: [{ productId: repair, quantity: '2', price: '40' }] });
    const read = await api.request(`query($id: ID!) { order(id: $id) { agreement { id } prepaymentRequired } }`, { id: order.id });
    expect(read.data.order).toEqual({ agreement: null, prepaymentRequired: '0.00' });
    expect((await ship(order.id, '2026-03-04', order.lines[0].id, '1.5')).errors).toEqual([]);
    const [service, payment] = (await card(counterpartyId)).obligations;
    expect(service).toMatchObject({ kind: 'SERVICE', status: 'PARTIALLY_FULFILLED', fulfilledAmount: '60.00' });
    expect(service.fulfilments.map((f) => [f.date, f.amount, f.source])).toEqual([['2026-03-04', '60.00', 'SHIPMENT']]);
    expect(payment).toMatchObject({ kind: 'PAYMENT', status: 'OPEN', fulfilledAmount: '0.00' });
  });

  it('refuses to post an order in another currency than its agreement or contract, or outside the contract\'s validity', async () => {
    const counterpartyId = await buyer();
    const post = async (input: Record<string, unknown>) => {
      const created = await run('createOrder', { number: `LO-${++counter}`, date: '2026-03-01', counterpartyId, ...input }, 'order { id version }');
      expect(created.errors).toEqual([]);
      return run('postOrder', { id: created.payload.order.id, expectedVersion: created.payload.order.version }, 'order { status }');
    };
    const lines = [{ productId: drill, quantity: '1', price: '100' }];
    expect((await post({ agreementId: terms, currency: 'USD', lines })).errors).toEqual([['order.currency', 'CURRENCY_MISMATCH']]);

    const { id: later } = await contract(counterpartyId, lines.map((l) => ({ productId: l.productId, quantity: '1', unitPrice: '100' })),
      { currency: 'PLN', validFrom: '2026-04-01', validTo: '2026-12-31' });
    const refused = await post({ contractId: later, currency: 'EUR', lines });
    expect(refused.errors).toEqual([['order.contract', 'CONTRACT_NOT_IN_FORCE'], ['order.currency', 'CURRENCY_MISMATCH']]);
    expect(refused.payload.order).toBeNull();
    // An order without an agreement may not name a contract under one.
    const { id: underTerms } = await contract(counterpartyId, [{ productId: drill, quantity: '1', unitPrice: '100' }]);
    expect((await post({ contractId: underTerms, currency: 'EUR', lines })).errors).toEqual([['order.contract', 'CONTRACT_NOT_USABLE']]);
    expect((await post({ contractId: later, currency: 'PLN', date: '2026-04-01', lines })).errors).toEqual([]);
  });

  it('keeps obligations and settlements in agreement over random sequences of shipments and payments', async () => {
    // mulberry32: a small seeded generator, so a failing sequence can be replayed from its seed.
    const seed = 20261206;
    let state = seed;
    const random = () => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const between = (low: bigint, high: bigint) => low + BigInt(Math.floor(random() * Number(high - low + 1n)));

    const counterpartyId = await buyer();
    const { id: contractId } = await contract(counterpartyId, [{ productId: drill, quantity: '10', unitPrice: '100' }]);
    // Two orders under the contract that together make its total.
    const orders = [
      await postedOrder({ counterpartyId, agreementId: terms, contractId, lines: [{ productId: drill, quantity: '6' }] }),
      await postedOrder({ counterpartyId, agreementId: terms, contractId, lines: [{ productId: drill, quantity: '4' }] }),
    ];
    const model = orders.map((order) => ({ id: order.id, line: order.lines[0].id, total: cents(order.total), paid: 0n, shippedUnits: 0n, units: cents(order.total) / 10000n }));

    const check = async (step: string) => {
      const { obligations, settlements, orders: page } = await card(counterpartyId);
      const open = (kind: string) => sum(obligations.filter((o) => o.kind === kind && o.status !== 'CANCELLED').map((o) => o.outstandingAmount));
      const nodes = page.edges.map((e) => e.node);
      // The counterparty's orders are all under the contract and make its total, so:
      expect(fromHundredths(open('PAYMENT')), step).toBe(settlements.receivable);
      expect(open('DELIVERY'), step).toBe(nodes.reduce((total, o) => total + cents(o.total) - cents(o.shippedAmount), 0n));
      for (const node of nodes) {
        const known = model.find((m) => m.id === node.id)!;
        expect([cents(node.paidAmount), cents(node.shippedAmount)], step).toEqual([known.paid, known.shippedUnits * 10000n]);
      }
      for (const kind of ['PAYMENT', 'DELIVERY']) {
        const ofKind = obligations.filter((o) => o.kind === kind);
        ofKind.forEach((o, i) => {
          expect(cents(o.fulfilledAmount), `${step}: ${kind} ${i} is the sum of its fulfilments`).toBe(sum(o.fulfilments.map((f) => f.amount)));
          const expected = cents(o.fulfilledAmount) === 0n ? 'OPEN' : cents(o.fulfilledAmount) === cents(o.amount) ? 'FULFILLED' : 'PARTIALLY_FULFILLED';
          expect(o.status, step).toBe(expected);
          // Oldest due first: nothing reaches an obligation while an earlier one is still open.
          if (i > 0 && cents(o.fulfilledAmount) > 0n) expect(ofKind[i - 1].status, `${step}: ${kind} ${i} before ${i - 1}`).toBe('FULFILLED');
        });
      }
    };

    await check('start');
    for (let n = 0; n < 40; n++) {
      const order = model[Math.floor(random() * model.length)];
      const date = `2026-03-${String(2 + Math.floor(n / 2)).padStart(2, '0')}`;
      if (random() < 0.5) {
        const unpaid = order.total - order.paid;
        // Sometimes more than is unpaid: an over-payment is refused and changes nothing.
        const amount = between(1n, unpaid + 5000n);
        const { errors } = await pay(order.id, date, fromHundredths(amount));
        if (amount > unpaid) expect(errors, `step ${n}`).toEqual([['input.amount', 'OUT_OF_RANGE']]);
        else {
          expect(errors, `step ${n}`).toEqual([]);
          order.paid += amount;
        }
        await check(`step ${n}: pay ${fromHundredths(amount)} of ${order.id}`);
      } else {
        const left = order.units - order.shippedUnits;
        const units = between(1n, left + 1n);
        const prepaid = order.paid * 10n >= order.total * 3n;
        const { errors } = await ship(order.id, date, order.line, String(units));
        if (units > left) expect(errors, `step ${n}`).toEqual([['input.lines.0.quantity', 'OUT_OF_RANGE']]);
        else if (!prepaid) expect(errors, `step ${n}`).toEqual([['input.orderId', 'PREPAYMENT_REQUIRED']]);
        else {
          expect(errors, `step ${n}`).toEqual([]);
          order.shippedUnits += units;
        }
        await check(`step ${n}: ship ${units} of ${order.id}`);
      }
    }
    // The sequence reached both kinds of fulfilment.
    const { obligations } = await card(counterpartyId);
    expect(obligations.filter((o) => cents(o.fulfilledAmount) > 0n).map((o) => o.kind)).toEqual(expect.arrayContaining(['DELIVERY', 'PAYMENT']));
  });

  it('allocates concurrent payments of two orders under one contract without fulfilling anything twice', async () => {
    const counterpartyId = await buyer();
    const { id: contractId } = await contract(counterpartyId, [{ productId: drill, quantity: '10', unitPrice: '100' }]);
    const orders = [
      await postedOrder({ counterpartyId, agreementId: terms, contractId, lines: [{ productId: drill, quantity: '5' }] }),
      await postedOrder({ counterpartyId, agreementId: terms, contractId, lines: [{ productId: drill, quantity: '5' }] }),
    ];
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => pay(orders[i % 2].id, '2026-03-02', '110.01')));
    expect(results.map((r) => r.errors)).toEqual(Array.from({ length: 8 }, () => []));
    const { obligations, settlements } = await card(counterpartyId);
    const payments = obligations.filter((o) => o.kind === 'PAYMENT');
    expect(payments.map((o) => [o.fulfilledAmount, o.status])).toEqual([['300.00', 'FULFILLED'], ['580.08', 'PARTIALLY_FULFILLED']]);
    expect(sum(payments.flatMap((o) => o.fulfilments.map((f) => f.amount)))).toBe(88008n);
    expect(settlements.receivable).toBe('119.92');
  });

  it('reads the fulfilments of any number of obligations in the same statements', async () => {
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Obligation { id fulfilments { amount shipment { date } payment { date } } } } }`;
    const all = await api.request(`{ obligations(first: 100, where: { statuses: [PARTIALLY_FULFILLED, FULFILLED] }) { edges { node { id } } } }`);
    const ids: string[] = all.data.obligations.edges.map((e: { node: { id: string } }) => e.node.id);
    const few = await api.request(query, { ids: reachedBoth });
    const many = await api.request(query, { ids });
    expect(ids.length).toBeGreaterThan(4);
    const entries = (result: typeof few) => result.data.nodes.flatMap((n: { fulfilments: unknown[] }) => n.fulfilments).length;
    expect(entries(few)).toBe(3);
    expect(entries(many)).toBeGreaterThan(10);
    expect(many.statements).toBe(few.statements);
  });
});
