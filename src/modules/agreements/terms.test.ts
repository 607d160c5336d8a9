import { describe, expect, it } from 'vitest';
import type { AgreementRow } from '../../db/schema/index.js';
import { InputErrors } from '../../lib/user-errors.js';
import {
  canMoveTo, effectiveTerms, inheritedTerms, isUsableOn, missingForActivation, TERM_COLUMNS, TERM_NAMES, validateSchedule, validityInOrder,
} from './terms.js';

const none = Object.fromEntries(Object.values(TERM_COLUMNS).map((c) => [c, null])) as unknown as Pick<AgreementRow, (typeof TERM_COLUMNS)[keyof typeof TERM_COLUMNS]>;
const schedule = [{ percent: '100.00', basis: 'SHIPMENT' as const, days: 14, prepayment: false }];
const base = {
  ...none, kind: 'TYPICAL' as const, paymentSchedule: schedule, paymentMethod: 'BANK_TRANSFER' as const, priceTypeId: 1, currency: 'EUR',
  deliveryDays: 5, discountPercent: '3.00', validFrom: '2026-01-01', validTo: '2026-12-31', contractsRequired: true,
};
const overrides = {
  ...none, kind: 'INDIVIDUAL' as const, paymentSchedule: [{ percent: '100.00', basis: 'ORDER' as const, days: 0, prepayment: true }],
  paymentMethod: 'CASH' as const, priceTypeId: 2, currency: 'USD', deliveryDays: 0, discountPercent: '0.00',
  validFrom: '2026-02-01', validTo: '2026-03-01', contractsRequired: false,
};

describe('effective terms', () => {
  it('inherits every term an individual agreement leaves null', () => {
    const terms = effectiveTerms({ ...none, kind: 'INDIVIDUAL' }, [], base, []);
    for (const name of TERM_NAMES) expect(terms[TERM_COLUMNS[name]]).toEqual(base[TERM_COLUMNS[name]]);
    expect(inheritedTerms({ ...none, kind: 'INDIVIDUAL' })).toEqual(TERM_NAMES);
  });

  it('lets every term be overridden, including by falsy values (0, false)', () => {
    const terms = effectiveTerms(overrides, [], base, []);
    for (const name of TERM_NAMES) expect(terms[TERM_COLUMNS[name]]).toEqual(overrides[TERM_COLUMNS[name]]);
    expect(inheritedTerms(overrides)).toEqual([]);
  });

  it('names exactly the inherited terms', () => {
    expect(inheritedTerms({ ...base, kind: 'INDIVIDUAL', currency: null, contractsRequired: null })).toEqual(['CURRENCY', 'CONTRACTS_REQUIRED']);
    expect(inheritedTerms({ ...none, kind: 'TYPICAL' })).toEqual([]);
  });

  it('keeps a typical agreement\'s terms as they are', () => {
    expect(effectiveTerms({ ...none, kind: 'TYPICAL', currency: 'EUR' }, [], null, []).currency).toBe('EUR');
  });

  it('overrides group discounts per group and inherits the others', () => {
    const terms = effectiveTerms(
      { ...none, kind: 'INDIVIDUAL' },
      [{ productGroupId: 2, discountPercent: '7.50' }, { productGroupId: 4, discountPercent: '-1.00' }],
      base,
      [{ productGroupId: 1, discountPercent: '1.00' }, { productGroupId: 2, discountPercent: '2.00' }],
    );
    expect(terms.groupDiscounts).toEqual([
      { productGroupId: 1, discountPercent: '1.00', inherited: true },
      { productGroupId: 2, discountPercent: '7.50', inherited: false },
      { productGroupId: 4, discountPercent: '-1.00', inherited: false },
    ]);
  });
});

describe('payment schedule', () => {
  const check = (stages: { percent: string; basis: 'ORDER' | 'SHIPMENT'; days: number; prepayment: boolean }[]) => {
    const errors = new InputErrors();
    const result = validateSchedule(errors.under(['terms']), ['paymentSchedule'], stages);
    return { result, errors: errors.list.map((e) => [e.field!.join('.'), e.code]) };
  };

  it('accepts 30% prepayment and 70% within 14 days after shipment', () => {
    expect(check([
      { percent: '30', basis: 'ORDER', days: 0, prepayment: true },
      { percent: '70', basis: 'SHIPMENT', days: 14, prepayment: false },
    ])).toEqual({ errors: [], result: [
      { percent: '30.00', basis: 'ORDER', days: 0, prepayment: true },
      { percent: '70.00', basis: 'SHIPMENT', days: 14, prepayment: false },
    ] });
  });

  it('sums exactly: 33.33 + 33.33 + 33.34 is 100, 33.33 × 3 is not', () => {
    const stage = (percent: string) => ({ percent, basis: 'SHIPMENT' as const, days: 10, prepayment: false });
    expect(check([stage('33.33'), stage('33.33'), stage('33.34')]).errors).toEqual([]);
    expect(check([stage('33.33'), stage('33.33'), stage('33.33')]).errors).toEqual([['input.terms.paymentSchedule', 'INVALID']]);
    expect(check([stage('0.1'), stage('0.2'), stage('99.7')]).errors).toEqual([]);
  });

  it('names each bad stage field', () => {
    expect(check([
      { percent: '0', basis: 'ORDER', days: 0, prepayment: false },
      { percent: '50.001', basis: 'SHIPMENT', days: 3651, prepayment: true },
      { percent: '100.01', basis: 'ORDER', days: -1, prepayment: false },
    ]).errors).toEqual([
      ['input.terms.paymentSchedule.0.percent', 'OUT_OF_RANGE'],
      ['input.terms.paymentSchedule.1.percent', 'INVALID'],
      ['input.terms.paymentSchedule.1.days', 'OUT_OF_RANGE'],
      ['input.terms.paymentSchedule.1.basis', 'INVALID'],
      ['input.terms.paymentSchedule.2.percent', 'OUT_OF_RANGE'],
      ['input.terms.paymentSchedule.2.days', 'OUT_OF_RANGE'],
    ]);
    expect(check([]).errors).toEqual([['input.terms.paymentSchedule', 'REQUIRED']]);
  });
});

describe('validity and status', () => {
  const active = { status: 'ACTIVE' as const };
  it('checks the date within open or closed ends', () => {
    const terms = { validFrom: '2026-01-01', validTo: '2026-01-31' };
    expect(isUsableOn(active, null, terms, '2025-12-31')).toBe(false);
    expect(isUsableOn(active, null, terms, '2026-01-01')).toBe(true);
    expect(isUsableOn(active, null, terms, '2026-01-31')).toBe(true);
    expect(isUsableOn(active, null, terms, '2026-02-01')).toBe(false);
    expect(isUsableOn(active, null, { validFrom: null, validTo: null }, '1999-01-01')).toBe(true);
    expect(isUsableOn(active, null, { validFrom: '2026-01-01', validTo: null }, '2999-01-01')).toBe(true);
    expect(isUsableOn(active, null, { validFrom: null, validTo: '2026-01-01' }, '2026-01-02')).toBe(false);
  });

  it('needs the agreement ACTIVE and its base not CLOSED', () => {
    const open = { validFrom: null, validTo: null };
    expect(isUsableOn({ status: 'DRAFT' }, null, open, '2026-01-01')).toBe(false);
    expect(isUsableOn({ status: 'CLOSED' }, null, open, '2026-01-01')).toBe(false);
    expect(isUsableOn(active, { status: 'DRAFT' }, open, '2026-01-01')).toBe(true);
    expect(isUsableOn(active, { status: 'CLOSED' }, open, '2026-01-01')).toBe(false);
  });

  it('orders validity ends', () => {
    expect(validityInOrder('2026-01-02', '2026-01-01')).toBe(false);
    expect(validityInOrder('2026-01-01', '2026-01-01')).toBe(true);
    expect(validityInOrder(null, '2026-01-01')).toBe(true);
  });

  it('moves DRAFT → ACTIVE → CLOSED only', () => {
    expect(canMoveTo('DRAFT', 'ACTIVE')).toBe(true);
    expect(canMoveTo('ACTIVE', 'CLOSED')).toBe(true);
    expect(canMoveTo('DRAFT', 'CLOSED')).toBe(false);
    expect(canMoveTo('CLOSED', 'ACTIVE')).toBe(false);
    expect(canMoveTo('ACTIVE', 'ACTIVE')).toBe(false);
  });

  it('needs a price type and a currency to activate', () => {
    expect(missingForActivation({ priceTypeId: null, currency: null })).toEqual(['PRICE_TYPE', 'CURRENCY']);
    expect(missingForActivation({ priceTypeId: 1, currency: 'EUR' })).toEqual([]);
  });
});
