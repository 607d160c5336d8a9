import { describe, expect, it } from 'vitest';
import type { Terms } from '../agreements/terms.js';
import {
  allowedDiscount, checkOrderTerms, discountedAmount, expectedPaymentDate, latestShipmentDate, prepaymentShare, type OrderToCheck,
} from './terms-check.js';

const terms = (patch: Partial<Terms> = {}): Terms => ({
  paymentSchedule: [
    { percent: '30.00', basis: 'ORDER', days: 0, prepayment: true },
    { percent: '70.00', basis: 'SHIPMENT', days: 14, prepayment: false },
  ],
  paymentMethod: null, priceTypeId: 1, currency: 'EUR', deliveryDays: 10, discountPercent: '5.00',
  validFrom: '2026-01-01', validTo: '2026-12-31', contractsRequired: false,
  groupDiscounts: [{ productGroupId: 7, discountPercent: '12.50', inherited: false }],
  ...patch,
});

const valid = (patch: Partial<OrderToCheck> = {}): OrderToCheck => ({
  date: '2026-03-01',
  expectedShipmentDate: '2026-03-11',
  currency: 'EUR',
  counterparty: { id: 1, segment: 'wholesale' },
  agreement: { id: 3, row: { kind: 'TYPICAL', status: 'ACTIVE', segment: 'wholesale', counterpartyId: null }, base: null, terms: terms() },
  contract: null,
  lines: [
    { price: '10.00', discountPercent: '5', productGroupId: null, priceInForce: '10.00' },
    { price: '4.50', discountPercent: '12.50', productGroupId: 7, priceInForce: '4.5' },
  ],
  ...patch,
});

/** The valid order's agreement with other terms, or with its row (and base) changed. */
const withTerms = (t: Terms) => ({ ...valid().agreement!, terms: t });
const withRow = (row: Partial<NonNullable<OrderToCheck['agreement']>['row']>, base: { status: 'ACTIVE' | 'CLOSED' | 'DRAFT' } | null = null) =>
  ({ ...valid().agreement!, row: { ...valid().agreement!.row, ...row }, base });

const codes = (order: OrderToCheck) => checkOrderTerms(order).map((e) => [e.field!.join('.'), e.code]);

describe('checkOrderTerms', () => {
  it('passes an order within the terms', () => {
    expect(codes(valid())).toEqual([]);
  });

  it('PRICE_MISMATCH: a price other than the one in force, or none in force', () => {
    const lines = valid().lines;
    expect(codes(valid({ lines: [lines[0], { ...lines[1], price: '4.51' }] }))).toEqual([['order.lines.1.price', 'PRICE_MISMATCH']]);
    expect(codes(valid({ lines: [{ ...lines[0], priceInForce: null }] }))).toEqual([['order.lines.0.price', 'PRICE_MISMATCH']]);
  });

  it('DISCOUNT_EXCEEDED: above the group discount, else the overall one, else 0', () => {
    const lines = valid().lines;
    expect(codes(valid({ lines: [{ ...lines[0], discountPercent: '5.01' }, lines[1]] }))).toEqual([['order.lines.0.discountPercent', 'DISCOUNT_EXCEEDED']]);
    expect(codes(valid({ lines: [lines[0], { ...lines[1], discountPercent: '12.51' }] }))).toEqual([['order.lines.1.discountPercent', 'DISCOUNT_EXCEEDED']]);
    expect(codes(valid({ agreement: withTerms(terms({ discountPercent: null, groupDiscounts: [] })), lines: [{ ...lines[0], discountPercent: '0.01' }] })))
      .toEqual([['order.lines.0.discountPercent', 'DISCOUNT_EXCEEDED']]);
    expect(allowedDiscount(terms(), 7)).toBe(1250n);
    expect(allowedDiscount(terms(), 8)).toBe(500n);
    expect(allowedDiscount(terms({ discountPercent: null }), null)).toBe(0n);
    // A markup allows no discount, and an order without one still passes.
    expect(allowedDiscount(terms({ discountPercent: '-5.00', groupDiscounts: [] }), null)).toBe(0n);
    expect(codes(valid({ agreement: withTerms(terms({ discountPercent: '-5.00', groupDiscounts: [] })), lines: [{ ...lines[0], discountPercent: '0' }] }))).toEqual([]);
  });

  it('DELIVERY_TOO_LATE: after the order date plus the delivery days, or missing', () => {
    expect(codes(valid({ expectedShipmentDate: '2026-03-12' }))).toEqual([['order.expectedShipmentDate', 'DELIVERY_TOO_LATE']]);
    expect(codes(valid({ expectedShipmentDate: null }))).toEqual([['order.expectedShipmentDate', 'DELIVERY_TOO_LATE']]);
    expect(codes(valid({ expectedShipmentDate: null, agreement: withTerms(terms({ deliveryDays: null })) }))).toEqual([]);
  });

  it('AGREEMENT_NOT_USABLE: not ACTIVE, a CLOSED base, or outside the validity', () => {
    expect(codes(valid({ agreement: withRow({ status: 'DRAFT' }) }))).toEqual([['order.agreement', 'AGREEMENT_NOT_USABLE']]);
    expect(codes(valid({ date: '2025-12-31', expectedShipmentDate: '2026-01-01' }))).toEqual([['order.agreement', 'AGREEMENT_NOT_USABLE']]);
    expect(codes(valid({
      agreement: withRow({ kind: 'INDIVIDUAL', status: 'ACTIVE', segment: null, counterpartyId: 1 }, { status: 'CLOSED' }),
    }))).toEqual([['order.agreement', 'AGREEMENT_NOT_USABLE']]);
  });

  it('AGREEMENT_NOT_FOR_COUNTERPARTY: another segment, no segment, or another counterparty\'s INDIVIDUAL agreement', () => {
    expect(codes(valid({ counterparty: { id: 1, segment: 'retail' } }))).toEqual([['order.agreement', 'AGREEMENT_NOT_FOR_COUNTERPARTY']]);
    expect(codes(valid({ counterparty: { id: 1, segment: null } }))).toEqual([['order.agreement', 'AGREEMENT_NOT_FOR_COUNTERPARTY']]);
    const individual = { kind: 'INDIVIDUAL' as const, status: 'ACTIVE' as const, segment: null, counterpartyId: 2 };
    expect(codes(valid({ agreement: withRow(individual) }))).toEqual([['order.agreement', 'AGREEMENT_NOT_FOR_COUNTERPARTY']]);
    expect(codes(valid({ agreement: withRow({ ...individual, counterpartyId: 1 }), counterparty: { id: 1, segment: null } }))).toEqual([]);
  });

  it('CONTRACT_REQUIRED and CONTRACT_NOT_USABLE', () => {
    const required = withTerms(terms({ contractsRequired: true }));
    expect(codes(valid({ agreement: required }))).toEqual([['order.contract', 'CONTRACT_REQUIRED']]);
    const contract = { status: 'ACTIVE', counterpartyId: 1, agreementId: 3, currency: 'EUR', validFrom: null, validTo: null };
    expect(codes(valid({ agreement: required, contract }))).toEqual([]);
    for (const patch of [{ status: 'DRAFT' }, { counterpartyId: 2 }, { agreementId: 4 }, { agreementId: null }]) {
      expect(codes(valid({ contract: { ...contract, ...patch } })), JSON.stringify(patch)).toEqual([['order.contract', 'CONTRACT_NOT_USABLE']]);
    }
  });

  it('CONTRACT_NOT_IN_FORCE outside the contract\'s validity, CURRENCY_MISMATCH against the agreement and the contract', () => {
    const contract = { status: 'ACTIVE', counterpartyId: 1, agreementId: 3, currency: 'EUR', validFrom: '2026-03-01', validTo: '2026-03-31' };
    expect(codes(valid({ contract }))).toEqual([]);
    expect(codes(valid({ contract: { ...contract, validFrom: '2026-03-02' } }))).toEqual([['order.contract', 'CONTRACT_NOT_IN_FORCE']]);
    expect(codes(valid({ contract: { ...contract, validTo: '2026-02-28' } }))).toEqual([['order.contract', 'CONTRACT_NOT_IN_FORCE']]);
    expect(codes(valid({ contract: { ...contract, currency: 'USD' } }))).toEqual([['order.currency', 'CURRENCY_MISMATCH']]);
    expect(codes(valid({ currency: 'USD', contract }))).toEqual([['order.currency', 'CURRENCY_MISMATCH'], ['order.currency', 'CURRENCY_MISMATCH']]);
    // Terms without a currency take any.
    expect(codes(valid({ currency: 'USD', agreement: withTerms(terms({ currency: null })) }))).toEqual([]);
  });

  it('checks only the contract of an order without an agreement', () => {
    const lines = valid().lines.map((line) => ({ ...line, price: '1.00', discountPercent: '99', priceInForce: null }));
    expect(codes(valid({ agreement: null, expectedShipmentDate: null, lines }))).toEqual([]);
    const contract = { status: 'ACTIVE', counterpartyId: 1, agreementId: null, currency: 'EUR', validFrom: null, validTo: '2026-02-01' };
    expect(codes(valid({ agreement: null, contract }))).toEqual([['order.contract', 'CONTRACT_NOT_IN_FORCE']]);
    expect(codes(valid({ agreement: null, contract: { ...contract, validTo: null, agreementId: 3 } }))).toEqual([['order.contract', 'CONTRACT_NOT_USABLE']]);
    expect(codes(valid({ agreement: null, contract: { ...contract, validTo: null, currency: 'PLN' } }))).toEqual([['order.currency', 'CURRENCY_MISMATCH']]);
  });

  it('names every violated rule at once', () => {
    const lines = valid().lines;
    expect(codes(valid({
      counterparty: { id: 1, segment: 'retail' },
      agreement: { ...withRow({ status: 'CLOSED' }), terms: terms({ contractsRequired: true }) },
      expectedShipmentDate: '2026-04-01',
      lines: [{ ...lines[0], price: '9.99' }, { ...lines[1], discountPercent: '20' }],
    }))).toEqual([
      ['order.agreement', 'AGREEMENT_NOT_FOR_COUNTERPARTY'],
      ['order.agreement', 'AGREEMENT_NOT_USABLE'],
      ['order.contract', 'CONTRACT_REQUIRED'],
      ['order.expectedShipmentDate', 'DELIVERY_TOO_LATE'],
      ['order.lines.0.price', 'PRICE_MISMATCH'],
      ['order.lines.1.discountPercent', 'DISCOUNT_EXCEEDED'],
    ]);
  });
});

describe('amounts', () => {
  it('rounds quantity × price × (1 − discount) half-up to the cent, exactly', () => {
    expect(discountedAmount(2000n, 1000n, 0n)).toBe(2000n); // 2 × 10.00 = 20.00
    expect(discountedAmount(1000n, 1000n, 500n)).toBe(950n); // 10.00 − 5% = 9.50
    expect(discountedAmount(1000n, 1n, 5000n)).toBe(1n); // 0.01 × 0.5 = 0.005 → 0.01
    expect(discountedAmount(1000n, 1n, 5001n)).toBe(0n); // 0.0049990 → 0.00
    expect(discountedAmount(333n, 10n, 0n)).toBe(3n); // 0.333 × 0.10 = 0.0333 → 0.03
    expect(discountedAmount(3333n, 333n, 1250n)).toBe(971n); // 3.333 × 3.33 × 0.875 = 9.7115… → 9.71
    expect(discountedAmount(1000n, 999999n, 10000n)).toBe(0n); // 100% off
    // Beyond a float's precision: 999999999999.999 × 1.00 = 999999999999.999 → 1000000000000.00.
    expect(discountedAmount(999_999_999_999_999n, 100n, 0n)).toBe(100_000_000_000_000n);
    expect(discountedAmount(999_999_999_999_994n, 100n, 0n)).toBe(99_999_999_999_999n);
  });

  it('takes the prepayment stages\' share of the total, rounded to the cent', () => {
    const schedule = terms().paymentSchedule;
    expect(prepaymentShare(10000n, schedule)).toBe(3000n);
    expect(prepaymentShare(3333n, schedule)).toBe(1000n); // 33.33 × 30% = 9.999 → 10.00
    expect(prepaymentShare(10000n, null)).toBe(0n);
    expect(prepaymentShare(10001n, [{ percent: '33.33', basis: 'ORDER', days: 0, prepayment: true }, { percent: '66.67', basis: 'ORDER', days: 0, prepayment: true }])).toBe(10001n);
  });

  it('dates the delivery limit and the last payment', () => {
    expect(latestShipmentDate('2026-02-25', 5)).toBe('2026-03-02');
    expect(latestShipmentDate('2026-02-25', null)).toBeNull();
    expect(expectedPaymentDate('2026-03-01', '2026-03-11', terms().paymentSchedule)).toBe('2026-03-25');
    expect(expectedPaymentDate('2026-03-01', null, terms().paymentSchedule)).toBeNull();
    expect(expectedPaymentDate('2026-03-01', null, null)).toBeNull();
  });
});
