import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../lib/global-id.js';
import { startTestApi, type TestApi } from '../../testing/api.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api?.stop(); });

const QUERY = `query($id: ID!) { orderAnalysis(orderId: $id) {
  orderId number date status currency counterpartyId counterpartyName agreementId contractId contractNumber total shippedAmount paidAmount
  lines { lineNo productId productName productType quantity shippedQuantity outstandingQuantity amount }
  shipments { id date amount fulfilledAmount }
  payments { id date amount fulfilledAmount }
  obligations { obligationId kind debtor description dueDate amount fulfilledAmount fulfilledByOrder outstandingAmount status overdue }
  settlements { outstandingPayment overduePayment shippedUnpaid outstandingShipment outstandingPrepayment }
} }`;

describe('order analysis', () => {
  it('takes an order apart in one statement: lines, shipments, payments, its contract\'s obligations and what it leaves owed', async () => {
    const counterpartyId = (await api.mutate('createCounterparty', { kind: 'ORGANIZATION', name: 'Analysed buyer' }, 'counterparty { id }')).counterparty.id;
    const drill = (await api.mutate('createProduct', { name: 'Analysed drill', type: 'GOODS', unit: 'pcs' }, 'product { id }')).product.id;
    const setup = (await api.mutate('createProduct', { name: 'Analysed setup', type: 'SERVICE', unit: 'h' }, 'product { id }')).product.id;
    const draft = (await api.mutate('createContract', {
      counterpartyId, number: 'AC-1', date: '2026-03-01', currency: 'EUR', lines: [{ productId: drill, quantity: '10', unitPrice: '100' }],
    }, 'contract { id version }')).contract;
    const contract = (await api.mutate('postContract', { id: draft.id, expectedVersion: draft.version }, 'contract { id obligations { id kind } }')).contract;
    const order = async (number: string, lines: object[]) => {
      const created = (await api.mutate('createOrder', {
        number, date: '2026-03-01', counterpartyId, contractId: contract.id, currency: 'EUR', expectedPaymentDate: '2026-03-10', lines,
      }, 'order { id version lines { id } }')).order;
      await api.mutate('postOrder', { id: created.id, expectedVersion: created.version }, 'order { id }');
      return created as { id: string; lines: { id: string }[] };
    };
    const analysed = await order('AO-1', [{ productId: drill, quantity: '6', price: '100' }, { productId: setup, quantity: '1.5', price: '20' }]);
    const other = await order('AO-2', [{ productId: drill, quantity: '1', price: '100' }]);
    await api.mutate('recordPayment', { orderId: other.id, date: '2026-03-02', amount: '50' }, 'payment { id }');
    const shipment = (await api.mutate('recordShipment', {
      orderId: analysed.id, date: '2026-03-02', lines: [{ orderLineId: analysed.lines[0].id, quantity: '2' }],
    }, 'shipment { id }')).shipment.id;
    const first = (await api.mutate('recordPayment', { orderId: analysed.id, date: '2026-03-03', amount: '250' }, 'payment { id }')).payment.id;
    const second = (await api.mutate('recordPayment', { orderId: analysed.id, date: '2026-03-04', amount: '100' }, 'payment { id }')).payment.id;

    const result = await api.request(QUERY, { id: analysed.id });
    expect(result.errors).toBeUndefined();
    const [delivery, payment] = contract.obligations as { id: string; kind: string }[];
    expect([delivery.kind, payment.kind]).toEqual(['DELIVERY', 'PAYMENT']);
    expect(result.data.orderAnalysis).toEqual({
      orderId: analysed.id, number: 'AO-1', date: '2026-03-01', status: 'POSTED', currency: 'EUR',
      counterpartyId, counterpartyName: 'Analysed buyer', agreementId: null, contractId: contract.id, contractNumber: 'AC-1',
      total: '630.00', shippedAmount: '200.00', paidAmount: '350.00',
      lines: [
        { lineNo: 1, productId: drill, productName: 'Analysed drill', productType: 'GOODS', quantity: '6.000', shippedQuantity: '2.000', outstandingQuantity: '4.000', amount: '600.00' },
        { lineNo: 2, productId: setup, productName: 'Analysed setup', productType: 'SERVICE', quantity: '1.500', shippedQuantity: '0.000', outstandingQuantity: '1.500', amount: '30.00' },
      ],
      shipments: [{ id: shipment, date: '2026-03-02', amount: '200.00', fulfilledAmount: '200.00' }],
      payments: [
        { id: first, date: '2026-03-03', amount: '250.00', fulfilledAmount: '250.00' },
        { id: second, date: '2026-03-04', amount: '100.00', fulfilledAmount: '100.00' },
      ],
      obligations: [
        {
          obligationId: delivery.id, kind: 'DELIVERY', debtor: 'OURS', description: 'Delivery under contract AC-1', dueDate: '2026-03-01',
          amount: '1000.00', fulfilledAmount: '200.00', fulfilledByOrder: '200.00', outstandingAmount: '800.00', status: 'PARTIALLY_FULFILLED', overdue: true,
        },
        {
          obligationId: payment.id, kind: 'PAYMENT', debtor: 'THEIRS', description: 'Payment under contract AC-1', dueDate: '2026-03-01',
          amount: '1000.00', fulfilledAmount: '400.00', fulfilledByOrder: '350.00', outstandingAmount: '600.00', status: 'PARTIALLY_FULFILLED', overdue: true,
        },
      ],
      settlements: { outstandingPayment: '280.00', overduePayment: '280.00', shippedUnpaid: '0.00', outstandingShipment: '430.00', outstandingPrepayment: '0.00' },
    });
    // One statement beyond what any request costs (its key's look-up).
    const bare = await api.request('{ __typename }');
    expect(result.statements).toBe(bare.statements + 1);
  });

  it('answers null for an order that does not exist, and refuses another type\'s id', async () => {
    const missing = await api.request(QUERY, { id: toGlobalId('Order', 987654) });
    expect(missing.data.orderAnalysis).toBeNull();
    const wrong = await api.request(QUERY, { id: toGlobalId('Contract', 1) });
    expect(wrong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
