import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderLines, orders, payments, shipmentLines, shipments } from '../../db/schema/index.js';
import { toGlobalId } from '../../lib/global-id.js';
import { errorCodes, fieldsAndCodes, startTestApi, type TestApi } from '../../testing/api.js';
import { expectPagingRefusals, expectSameItemsBothWays, PAGE_INFO } from '../../testing/paging.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api?.stop(); });

const FIELDS = `id number date status currency total expectedShipmentDate expectedPaymentDate prepaymentRequired
  shippedAmount paidAmount shipmentState paymentState outstandingShipment outstandingPayment version
  counterparty { id } agreement { id } contract { id }
  lines { id lineNo quantity price discountPercent amount shippedQuantity product { id name } }
  shipments { date amount lines { quantity orderLine { lineNo } } }
  payments { date amount }`;
const PAYLOADS: Record<string, string> = {
  recordShipment: 'shipment { id date amount order { id shippedAmount } lines { quantity orderLine { lineNo shippedQuantity } } }',
  recordPayment: 'payment { id date amount order { id paidAmount } }',
};
const mutation = (name: string) =>
  `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${PAYLOADS[name] ?? `order { ${FIELDS} }`} userErrors { field code message } } }`;
const run = async (name: string, input: Record<string, unknown>, key?: string) => {
  const result = await api.request(mutation(name), { input }, { key });
  const payload = result.data?.[name];
  return { result, payload, errors: payload ? fieldsAndCodes(payload.userErrors) : null };
};
const rowCounts = async () => ({
  orders: (await api.db.select({ n: count() }).from(orders))[0].n,
  lines: (await api.db.select({ n: count() }).from(orderLines))[0].n,
  shipments: (await api.db.select({ n: count() }).from(shipments))[0].n,
  shipmentLines: (await api.db.select({ n: count() }).from(shipmentLines))[0].n,
  payments: (await api.db.select({ n: count() }).from(payments))[0].n,
});
const orderById = async (id: string) => (await api.request(`query($id: ID!) { order(id: $id) { ${FIELDS} } }`, { id })).data.order;

let counter = 0;
const counterparty = async (segment: string | null) =>
  (await api.mutate('createCounterparty', { kind: 'ORGANIZATION', name: `Buyer ${++counter}`, segment }, 'counterparty { id }')).counterparty.id as string;

describe('orders', () => {
  let priceType: string; let tools: string; let drill: string; let cable: string;
  let wholesale: string; let strict: string; let buyer: string;

  const agreement = async (segment: string, terms: Record<string, unknown>) => {
    const created = (await api.mutate('createTypicalAgreement', {
      name: `${segment} terms`, segment,
      terms: {
        priceTypeId: priceType, currency: 'EUR', deliveryDays: 10, discountPercent: '5',
        paymentSchedule: [
          { percent: '30', basis: 'ORDER', days: 0, prepayment: true },
          { percent: '70', basis: 'SHIPMENT', days: 14, prepayment: false },
        ],
        ...terms,
      },
      groupDiscounts: [{ productGroupId: tools, discountPercent: '10' }],
    }, 'agreement { id version }')).agreement;
    return (await api.mutate('activateAgreement', { id: created.id, expectedVersion: created.version }, 'agreement { id }')).agreement.id as string;
  };

  beforeAll(async () => {
    priceType = (await api.mutate('createPriceType', { code: 'ORDERS', name: 'Orders wholesale', currency: 'EUR' }, 'priceType { id }')).priceType.id;
    tools = (await api.mutate('createProductGroup', { name: 'Tools' }, 'group { id }')).group.id;
    drill = (await api.mutate('createProduct', { name: 'Drill', type: 'GOODS', unit: 'pcs', groupId: tools }, 'product { id }')).product.id;
    cable = (await api.mutate('createProduct', { name: 'Cable', type: 'GOODS', unit: 'm' }, 'product { id }')).product.id;
    await api.mutate('setPrice', { productId: drill, priceTypeId: priceType, effectiveFrom: '2026-01-01', price: '100' }, 'price { id }');
    await api.mutate('setPrice', { productId: cable, priceTypeId: priceType, effectiveFrom: '2026-01-01', price: '10' }, 'price { id }');
    await api.mutate('setPrice', { productId: drill, priceTypeId: priceType, effectiveFrom: '2026-06-01', price: '120' }, 'price { id }');
    wholesale = await agreement('orders-wholesale', {});
    strict = await agreement('orders-strict', { validFrom: '2026-06-01', contractsRequired: true });
    buyer = await counterparty('orders-wholesale');
  });

  const LINES = () => [
    { productId: drill, quantity: '2', discountPercent: '10' },
    { productId: cable, quantity: '1.5', price: '10', discountPercent: '5' },
  ];
  const create = async (input: Record<string, unknown> = {}) => {
    const { payload, errors } = await run('createOrder', {
      number: `O-${++counter}`, date: '2026-03-01', counterpartyId: buyer, agreementId: wholesale, lines: LINES(), ...input,
    });
    expect(errors).toEqual([]);
    return payload.order;
  };
  const posted = async (input: Record<string, unknown> = {}) => {
    const order = await create(input);
    const { payload, errors } = await run('postOrder', { id: order.id, expectedVersion: order.version });
    expect(errors).toEqual([]);
    return payload.order;
  };

  it('creates a DRAFT order with the agreement price, exact amounts and default dates, and posts it', async () => {
    const order = await create();
    expect(order).toMatchObject({
      status: 'DRAFT', currency: 'EUR', total: '194.25', expectedShipmentDate: '2026-03-11', expectedPaymentDate: '2026-03-25',
      prepaymentRequired: '0.00', shipmentState: 'NONE', paymentState: 'NONE', outstandingPayment: '0.00',
      lines: [
        { lineNo: 1, quantity: '2.000', price: '100.00', discountPercent: '10.00', amount: '180.00', shippedQuantity: '0.000', product: { id: drill } },
        { lineNo: 2, quantity: '1.500', price: '10.00', discountPercent: '5.00', amount: '14.25', shippedQuantity: '0.000', product: { id: cable } },
      ],
    });
    const { payload, errors } = await run('postOrder', { id: order.id, expectedVersion: order.version });
    expect(errors).toEqual([]);
    // 30% of 194.25 = 58.275 → 58.28
    expect(payload.order).toMatchObject({ status: 'POSTED', prepaymentRequired: '58.28', outstandingPayment: '194.25', outstandingShipment: '194.25' });

    const again = await run('postOrder', { id: order.id, expectedVersion: payload.order.version });
    expect(again.errors).toEqual([['input.id', 'INVALID_STATE']]);
    const change = await run('updateOrder', { id: order.id, expectedVersion: payload.order.version, number: 'X' });
    expect(change.errors).toEqual([['input.id', 'INVALID_STATE']]);
    const stale = await run('postOrder', { id: order.id, expectedVersion: 1 });
    expect(errorCodes(stale.result)).toEqual(['CONFLICT']);
  });

  it('refuses a violating order with every violated rule named, and nothing changes', async () => {
    const retail = await counterparty('retail');
    const order = await create({
      counterpartyId: retail, agreementId: strict, expectedShipmentDate: '2026-04-01',
      lines: [{ productId: drill, quantity: '1', price: '99' }, { productId: cable, quantity: '1', discountPercent: '6' }],
    });
    const before = await rowCounts();
    const { payload, errors } = await run('postOrder', { id: order.id, expectedVersion: order.version });
    expect(payload.order).toBeNull();
    expect(errors).toEqual([
      ['order.agreement', 'AGREEMENT_NOT_FOR_COUNTERPARTY'],
      ['order.agreement', 'AGREEMENT_NOT_USABLE'],
      ['order.contract', 'CONTRACT_REQUIRED'],
      ['order.expectedShipmentDate', 'DELIVERY_TOO_LATE'],
      ['order.lines.0.price', 'PRICE_MISMATCH'],
      ['order.lines.1.discountPercent', 'DISCOUNT_EXCEEDED'],
    ]);
    expect(payload.userErrors.every((e: { message: string }) => e.message.length > 0)).toBe(true);
    expect(await orderById(order.id)).toMatchObject({ status: 'DRAFT', version: order.version, prepaymentRequired: '0.00' });
    expect(await rowCounts()).toEqual(before);

    // A contract that is not ACTIVE cannot carry an order.
    const contract = (await api.mutate('createContract', {
      counterpartyId: buyer, number: `C-${++counter}`, date: '2026-03-01', agreementId: wholesale, lines: [],
    }, 'contract { id }')).contract.id;
    const withContract = await create({ contractId: contract });
    const refused = await run('postOrder', { id: withContract.id, expectedVersion: withContract.version });
    expect(refused.errors).toEqual([['order.contract', 'CONTRACT_NOT_USABLE']]);
  });

  it('refuses bad input with the field at fault and writes nothing', async () => {
    const before = await rowCounts();
    const cases: Array<[Record<string, unknown>, unknown[][]]> = [
      [{ lines: [{ productId: toGlobalId('Product', 999999), quantity: '1', price: '1' }] }, [['input.lines.0.productId', 'NOT_FOUND']]],
      [{ lines: [{ productId: drill, quantity: '1' }, { productId: drill, quantity: '-1' }] }, [['input.lines.1.quantity', 'OUT_OF_RANGE']]],
      [{ lines: [{ productId: drill, quantity: '1.0001' }] }, [['input.lines.0.quantity', 'INVALID']]],
      [{ lines: [{ productId: drill, quantity: '1', price: '1.001' }] }, [['input.lines.0.price', 'INVALID']]],
      [{ lines: [{ productId: drill, quantity: '1', discountPercent: '100.01' }] }, [['input.lines.0.discountPercent', 'OUT_OF_RANGE']]],
      [{ lines: [{ productId: drill, quantity: '1' }], date: '2025-12-31' }, [['input.lines.0.price', 'REQUIRED']]],
      [{ agreementId: toGlobalId('Agreement', 999999) }, [['input.agreementId', 'NOT_FOUND']]],
      [{ counterpartyId: drill }, [['input.counterpartyId', 'WRONG_TYPE']]],
      [{ expectedShipmentDate: '2026-02-01' }, [['input.expectedShipmentDate', 'OUT_OF_RANGE']]],
    ];
    for (const [patch, expected] of cases) {
      const { errors, payload } = await run('createOrder', { number: `bad-${++counter}`, date: '2026-03-01', counterpartyId: buyer, agreementId: wholesale, lines: LINES(), ...patch });
      expect(errors, JSON.stringify(patch)).toEqual(expected);
      expect(payload.order).toBeNull();
    }
    const existing = await create();
    const duplicate = await run('createOrder', { number: existing.number, date: '2026-03-01', counterpartyId: buyer, agreementId: wholesale, lines: LINES() });
    expect(duplicate.errors).toEqual([['input.number', 'DUPLICATE']]);
    // The currency scalar refuses a bad code in the variables before anything runs.
    const { result } = await run('createOrder', { number: 'bad-currency', date: '2026-03-01', counterpartyId: buyer, agreementId: wholesale, currency: 'EURO', lines: LINES() });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(await rowCounts()).toEqual({ ...before, orders: before.orders + 1, lines: before.lines + 2 });
  });

  it('updates a DRAFT order, replacing its lines', async () => {
    const order = await create();
    const { payload, errors } = await run('updateOrder', {
      id: order.id, expectedVersion: order.version, expectedShipmentDate: '2026-03-05', lines: [{ productId: cable, quantity: '3' }],
    });
    expect(errors).toEqual([]);
    expect(payload.order).toMatchObject({ total: '30.00', version: order.version + 1, expectedShipmentDate: '2026-03-05', lines: [{ lineNo: 1, price: '10.00', amount: '30.00' }] });
  });

  it('ships only after the prepayment, never beyond the order, and pays never beyond the total', async () => {
    const draft = await create();
    const onDraft = await run('recordPayment', { orderId: draft.id, date: '2026-03-01', amount: '1' });
    expect(onDraft.errors).toEqual([['input.orderId', 'INVALID_STATE']]);

    const order = await posted();
    const [drillLine, cableLine] = order.lines.map((line: { id: string }) => line.id);
    const before = await rowCounts();
    const early = await run('recordShipment', { orderId: order.id, date: '2026-03-02', lines: [{ orderLineId: drillLine, quantity: '1' }] });
    expect(early.errors).toEqual([['input.orderId', 'PREPAYMENT_REQUIRED']]);
    const short = await run('recordPayment', { orderId: order.id, date: '2026-03-02', amount: '58.27' });
    expect(short.errors).toEqual([]);
    const stillEarly = await run('recordShipment', { orderId: order.id, date: '2026-03-02', lines: [{ orderLineId: drillLine, quantity: '1' }] });
    expect(stillEarly.errors).toEqual([['input.orderId', 'PREPAYMENT_REQUIRED']]);
    expect(await rowCounts()).toEqual({ ...before, payments: before.payments + 1 });

    expect((await run('recordPayment', { orderId: order.id, date: '2026-03-02', amount: '0.01' })).errors).toEqual([]);
    const shipped = await run('recordShipment', { orderId: order.id, date: '2026-03-03', lines: [{ orderLineId: drillLine, quantity: '1' }, { orderLineId: cableLine, quantity: '0.5' }] });
    expect(shipped.errors).toEqual([]);
    // 1 × 100 × 0.9 = 90.00; 0.5 × 10 × 0.95 = 4.75
    expect(shipped.payload.shipment).toMatchObject({ date: '2026-03-03', amount: '94.75', order: { shippedAmount: '94.75' } });

    const over = await run('recordShipment', { orderId: order.id, date: '2026-03-04', lines: [{ orderLineId: cableLine, quantity: '0.5' }, { orderLineId: drillLine, quantity: '1.001' }] });
    expect(over.errors).toEqual([['input.lines.1.quantity', 'OUT_OF_RANGE']]);
    const overpay = await run('recordPayment', { orderId: order.id, date: '2026-03-04', amount: '135.98' });
    expect(overpay.errors).toEqual([['input.amount', 'OUT_OF_RANGE']]);
    const bad = await run('recordPayment', { orderId: order.id, date: '2026-02-01', amount: '-1' });
    expect(bad.errors).toEqual([['input.date', 'OUT_OF_RANGE'], ['input.amount', 'OUT_OF_RANGE']]);
    const cancel = await run('cancelOrder', { id: order.id, expectedVersion: (await orderById(order.id)).version });
    expect(cancel.errors).toEqual([['input.id', 'INVALID_STATE']]);

    // The rest ships in full: the shipped amounts add up to exactly the total.
    await run('recordShipment', { orderId: order.id, date: '2026-03-05', lines: [{ orderLineId: drillLine, quantity: '1' }, { orderLineId: cableLine, quantity: '1' }] });
    expect(await orderById(order.id)).toMatchObject({
      shippedAmount: '194.25', paidAmount: '58.28', shipmentState: 'FULL', paymentState: 'PARTIAL',
      outstandingShipment: '0.00', outstandingPayment: '135.97',
      lines: [{ shippedQuantity: '2.000' }, { shippedQuantity: '1.500' }],
      payments: [{ amount: '58.27' }, { amount: '0.01' }],
      shipments: [{ amount: '94.75', lines: [{ quantity: '1.000', orderLine: { lineNo: 1 } }, { quantity: '0.500', orderLine: { lineNo: 2 } }] }, { amount: '99.50' }],
    });
  });

  it('cancels a DRAFT order and a POSTED one with nothing shipped or paid', async () => {
    const draft = await create();
    expect((await run('cancelOrder', { id: draft.id, expectedVersion: draft.version })).payload.order.status).toBe('CANCELLED');
    const order = await posted();
    const cancelled = await run('cancelOrder', { id: order.id, expectedVersion: order.version });
    expect(cancelled.payload.order).toMatchObject({ status: 'CANCELLED', outstandingPayment: '0.00' });
    const pay = await run('recordPayment', { orderId: order.id, date: '2026-03-02', amount: '1' });
    expect(pay.errors).toEqual([['input.orderId', 'INVALID_STATE']]);
  });

  it('never over-pays or over-ships under concurrent registrations', async () => {
    const order = await posted({ lines: [{ productId: cable, quantity: '10' }] });
    expect(order).toMatchObject({ total: '100.00', prepaymentRequired: '30.00' });
    const pays = await Promise.all(Array.from({ length: 10 }, () => run('recordPayment', { orderId: order.id, date: '2026-03-02', amount: '30' })));
    expect(pays.filter((p) => p.errors!.length === 0)).toHaveLength(3);
    expect(pays.filter((p) => p.errors!.length > 0).map((p) => p.errors)).toEqual(Array(7).fill([['input.amount', 'OUT_OF_RANGE']]));
    const line = order.lines[0].id;
    const ships = await Promise.all(Array.from({ length: 10 }, () => run('recordShipment', { orderId: order.id, date: '2026-03-03', lines: [{ orderLineId: line, quantity: '3' }] })));
    expect(ships.filter((s) => s.errors!.length === 0)).toHaveLength(3);
    expect(ships.filter((s) => s.errors!.length > 0).map((s) => s.errors)).toEqual(Array(7).fill([['input.lines.0.quantity', 'OUT_OF_RANGE']]));
    expect(await orderById(order.id)).toMatchObject({
      paidAmount: '90.00', shippedAmount: '90.00', lines: [{ shippedQuantity: '9.000' }],
    });
    const after = await orderById(order.id);
    expect(after.payments).toHaveLength(3);
    expect(after.shipments).toHaveLength(3);
  });

  it('sums a counterparty\'s settlements and lists its history newest first', async () => {
    const client = await counterparty('orders-wholesale');
    // Due 2026-01-29, long past; and one due far ahead.
    const old = await posted({ counterpartyId: client, date: '2026-01-05', lines: [{ productId: cable, quantity: '10' }] });
    const recent = await posted({ counterpartyId: client, date: '2026-03-01', expectedPaymentDate: '2099-01-01', lines: [{ productId: cable, quantity: '5' }] });
    await create({ counterpartyId: client, lines: [{ productId: cable, quantity: '7' }] }); // DRAFT: owes nothing
    await run('recordPayment', { orderId: old.id, date: '2026-01-06', amount: '40' });
    await run('recordShipment', { orderId: old.id, date: '2026-01-07', lines: [{ orderLineId: old.lines[0].id, quantity: '4' }] });
    await run('recordPayment', { orderId: recent.id, date: '2026-03-02', amount: '15' });
    const result = await api.request(`query($id: ID!) { node(id: $id) { ... on Counterparty {
      orders(first: 10) { totalCount edges { node { number status } } }
      settlements { receivable overdue history { kind date amount order { id } } } } } }`, { id: client });
    expect(result.errors).toBeUndefined();
    const { orders: list, settlements } = result.data.node;
    expect(list.totalCount).toBe(3);
    expect(settlements).toEqual({
      receivable: '95.00', // (100 − 40) + (50 − 15)
      overdue: '60.00',
      history: [
        { kind: 'PAYMENT', date: '2026-03-02', amount: '15.00', order: { id: recent.id } },
        { kind: 'SHIPMENT', date: '2026-01-07', amount: '40.00', order: { id: old.id } },
        { kind: 'PAYMENT', date: '2026-01-06', amount: '40.00', order: { id: old.id } },
      ],
    });
    const filtered = await api.request('query($where: OrderFilter) { orders(first: 10, where: $where) { edges { node { id } } } }',
      { where: { counterpartyId: client, statuses: ['POSTED'] } });
    expect(filtered.data.orders.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([recent.id, old.id]);
  });

  it('fetches order lines, shipments and payments by global id through node and nodes', async () => {
    const order = await posted({ lines: [{ productId: cable, quantity: '10' }] });
    const line = order.lines[0].id as string;
    const payment = (await run('recordPayment', { orderId: order.id, date: '2026-03-02', amount: '30' })).payload.payment;
    const shipment = (await run('recordShipment', { orderId: order.id, date: '2026-03-03', lines: [{ orderLineId: line, quantity: '2' }] })).payload.shipment;
    const fields = `id ... on OrderLine { lineNo quantity shippedQuantity product { id } }
      ... on Shipment { date amount order { id } lines { quantity orderLine { id } } }
      ... on Payment { date amount order { id } }`;
    const one = await api.request(`query($id: ID!) { node(id: $id) { __typename ${fields} } }`, { id: shipment.id });
    expect(one.errors).toBeUndefined();
    expect(one.data.node).toEqual({
      __typename: 'Shipment', id: shipment.id, date: '2026-03-03', amount: '20.00', order: { id: order.id }, lines: [{ quantity: '2.000', orderLine: { id: line } }],
    });
    const missing = toGlobalId('Payment', 2_000_000_000);
    const many = await api.request(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename ${fields} } }`, { ids: [line, payment.id, shipment.id, missing] });
    expect(many.errors).toBeUndefined();
    expect(many.data.nodes).toEqual([
      { __typename: 'OrderLine', id: line, lineNo: 1, quantity: '10.000', shippedQuantity: '2.000', product: { id: cable } },
      { __typename: 'Payment', id: payment.id, date: '2026-03-02', amount: '30.00', order: { id: order.id } },
      { __typename: 'Shipment', id: shipment.id, date: '2026-03-03', amount: '20.00', order: { id: order.id }, lines: [{ quantity: '2.000', orderLine: { id: line } }] },
      null,
    ]);
  });

  it('lets a VIEWER read but not write', async () => {
    const viewer = await api.keyFor('VIEWER');
    const order = await create();
    const result = await run('createOrder', { number: 'viewer', date: '2026-03-01', counterpartyId: buyer, agreementId: wholesale, lines: LINES() }, viewer);
    expect(errorCodes(result.result)).toEqual(['FORBIDDEN']);
    const post = await run('postOrder', { id: order.id, expectedVersion: order.version }, viewer);
    expect(errorCodes(post.result)).toEqual(['FORBIDDEN']);
    const pay = await run('recordPayment', { orderId: order.id, date: '2026-03-01', amount: '1' }, viewer);
    expect(errorCodes(pay.result)).toEqual(['FORBIDDEN']);
    const read = await api.request('query($id: ID!) { order(id: $id) { number } }', { id: order.id }, { key: viewer });
    expect(read.data.order.number).toBe(order.number);
  });

  it('reads orders, lines, products and settlements in statements that do not grow with the counterparties', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      const client = await counterparty('orders-wholesale');
      ids.push(client);
      await posted({ counterpartyId: client });
      await create({ counterpartyId: client, lines: [{ productId: cable, quantity: '1' }] });
    }
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Counterparty {
      orders(first: 5) { edges { node { lines { product { name } } } } } settlements { receivable } } } }`;
    const few = await api.request(query, { ids: ids.slice(0, 3) });
    const many = await api.request(query, { ids });
    expect(few.errors).toBeUndefined();
    expect(many.errors).toBeUndefined();
    expect(many.data.nodes).toHaveLength(8);
    expect(many.data.nodes[7].orders.edges).toHaveLength(2);
    expect(many.data.nodes[7].settlements.receivable).toBe('194.25');
    expect(many.statements).toBe(few.statements);
    const backward = query.replace('orders(first: 5)', 'orders(last: 5)');
    const [fewBack, manyBack] = [await api.request(backward, { ids: ids.slice(0, 3) }), await api.request(backward, { ids })];
    expect(manyBack.data.nodes[7].orders.edges).toHaveLength(2);
    expect([fewBack.statements, manyBack.statements]).toEqual([few.statements, few.statements]);

    // A counterparty's orders read backward are its orders read forward, page by page.
    const client = ids[0];
    for (const date of ['2026-02-01', '2026-02-03']) await create({ counterpartyId: client, date, lines: [{ productId: cable, quantity: '1' }] });
    const paged = {
      send: (variables: Record<string, unknown>) => api.request(`query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
        node(id: $id) { ... on Counterparty { orders(first: $first, after: $after, last: $last, before: $before) { edges { node { id } } ${PAGE_INFO} } } } }`,
      { id: client, ...variables }),
      path: ['node', 'orders'],
    };
    expect(await expectSameItemsBothWays(paged)).toHaveLength(4);
    await expectPagingRefusals(paged);
  });
});
